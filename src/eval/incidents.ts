// Incident-level scoring against an incident file (`incidents.gold.json`, or a single incident
// as `incident.gold.json`): pure functions, no I/O.
//
//   victim  each document's summary.victim names its incident's victim or a name in `accept`
//           (compared as subjects are: case, spaces, hyphens, a trailing period and a legal
//           suffix folded); a round-up (`noSingleVictim`) is right with null or an accepted name
//   pairs   two documents the gold puts in one incident, put together by `breach`: precision
//           and recall over such pairs
//   exact   gold incidents reproduced exactly (one incident, exactly their documents)
//   merged  incidents `breach` built from the documents of two or more gold incidents
import type { DocumentRecord } from "../contract/index.js";
import { buildIncidents } from "../incidents/index.js";
import { ratio, subjectKey, type Tally } from "./claims.js";

export interface GoldIncident {
  victim: string;
  accept: string[];
  docs: string[];
}

export interface IncidentFile {
  file: string;
  incidents: GoldIncident[];
  /** Round-ups of many breaches: no single victim, no incident with other documents. */
  noSingleVictim: { docs: string[]; accept: string[] };
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const strings = (x: unknown): string[] =>
  Array.isArray(x) ? x.filter((s): s is string => typeof s === "string") : [];

/**
 * An incident file, or null when the JSON is not one: `{incidents: [{victim, accept, docs}],
 * noSingleVictim: {docs, accept}}`, or one incident `{victim, sources}`.
 */
export function parseIncidentFile(json: unknown, file: string): IncidentFile | null {
  if (!isObject(json)) return null;
  const none = isObject(json.noSingleVictim) ? json.noSingleVictim : {};
  const noSingleVictim = { docs: strings(none.docs), accept: strings(none.accept) };
  if (Array.isArray(json.incidents)) {
    const incidents = json.incidents.filter(isObject).map((i) => ({
      victim: typeof i.victim === "string" ? i.victim : "",
      accept: strings(i.accept),
      docs: strings(i.docs ?? i.sources),
    }));
    return { file, incidents, noSingleVictim };
  }
  if (typeof json.victim === "string" && Array.isArray(json.sources))
    return {
      file,
      incidents: [
        { victim: json.victim, accept: strings(json.accept), docs: strings(json.sources) },
      ],
      noSingleVictim,
    };
  return null;
}

/** Every document an incident file names. */
export const incidentDocs = (f: IncidentFile): string[] => [
  ...f.incidents.flatMap((i) => i.docs),
  ...f.noSingleVictim.docs,
];

export const INCIDENT_FIGURES = ["victim", "pairPrecision", "pairRecall", "exact"] as const;
export type IncidentFigure = (typeof INCIDENT_FIGURES)[number];

export interface IncidentMiss {
  what: "victim" | "split" | "merged";
  /** The document (victim) or the gold incident's victim (split, merged). */
  about: string;
  gold: unknown;
  predicted: unknown;
}

export interface IncidentScore {
  documents: number;
  victim: Tally;
  pairs: {
    gold: number;
    predicted: number;
    found: number;
    precision: number | null;
    recall: number | null;
  };
  /** Gold incidents reproduced exactly. */
  exact: Tally;
  /** Incidents built from documents of two or more gold incidents. */
  merged: number;
  misses: IncidentMiss[];
}

/** A figure of the score by its flag name. */
export function incidentFigure(s: IncidentScore, f: IncidentFigure): number | null {
  switch (f) {
    case "victim":
      return s.victim.accuracy;
    case "pairPrecision":
      return s.pairs.precision;
    case "pairRecall":
      return s.pairs.recall;
    case "exact":
      return s.exact.accuracy;
  }
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
function pairsOf(groups: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const g of groups)
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) out.add(pairKey(g[i]!, g[j]!));
  return out;
}

/** Score the documents found (in path order) against the incident files. */
export function scoreIncidents(
  files: readonly IncidentFile[],
  records: ReadonlyMap<string, DocumentRecord>,
): IncidentScore {
  const misses: IncidentMiss[] = [];
  const victim = { scored: 0, correct: 0 };
  const goldOf = new Map<string, number>();
  const gold: GoldIncident[] = [];
  const scoreVictim = (doc: string, names: readonly string[], nullOk: boolean) => {
    const record = records.get(doc);
    if (!record) return;
    const got = record.summary.victim;
    const keys = new Set(names.map(subjectKey));
    const ok = got === null ? nullOk : keys.has(subjectKey(got));
    victim.scored++;
    if (ok) victim.correct++;
    else
      misses.push({ what: "victim", about: doc, gold: nullOk ? null : names[0], predicted: got });
  };
  for (const f of files) {
    for (const i of f.incidents) {
      const docs = i.docs.filter((d) => records.has(d));
      for (const d of docs) {
        scoreVictim(d, [i.victim, ...i.accept], false);
        goldOf.set(d, gold.length);
      }
      if (docs.length) gold.push({ ...i, docs });
    }
    for (const d of f.noSingleVictim.docs) scoreVictim(d, f.noSingleVictim.accept, true);
  }
  const scoredDocs = new Set([...files.flatMap(incidentDocs)].filter((d) => records.has(d)));
  const ordered = [...records.values()]
    .filter((r) => scoredDocs.has(r.id))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const built = buildIncidents(ordered).map((i) => i.sources);

  const goldPairs = pairsOf(gold.map((g) => g.docs));
  const builtPairs = pairsOf(built);
  let found = 0;
  for (const p of builtPairs) if (goldPairs.has(p)) found++;

  const exact = { scored: gold.length, correct: 0 };
  for (const g of gold) {
    const want = [...g.docs].sort().join("\u0000");
    if (built.some((b) => [...b].sort().join("\u0000") === want)) exact.correct++;
    else
      misses.push({
        what: "split",
        about: g.victim,
        gold: g.docs,
        predicted: built.filter((b) => b.some((d) => g.docs.includes(d))),
      });
  }
  let merged = 0;
  for (const b of built) {
    const of = new Set(b.map((d) => goldOf.get(d)).filter((x) => x !== undefined));
    if (of.size > 1) {
      merged++;
      misses.push({
        what: "merged",
        about: [...of].map((x) => gold[x]!.victim).join(" + "),
        gold: null,
        predicted: b,
      });
    }
  }
  return {
    documents: scoredDocs.size,
    victim: { ...victim, accuracy: ratio(victim.correct, victim.scored) },
    pairs: {
      gold: goldPairs.size,
      predicted: builtPairs.size,
      found,
      precision: ratio(found, builtPairs.size),
      recall: ratio(found, goldPairs.size),
    },
    exact: { ...exact, accuracy: ratio(exact.correct, exact.scored) },
    merged,
    misses,
  };
}
