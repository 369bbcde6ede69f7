// Claim-level scoring against gold files (CLAIMS.md, "Gold files"): pure functions, no I/O.
//
// Per document and kind, claims are reduced to SETS OF KEYS, so several mentions of one fact
// count once on either side. Claims whose keys overlap (an actor named once in full and once by
// its alias) form one entity. A gold entity is found when some predicted entity shares a key with
// it. Predicted entities that find the same gold entity count once (an actor extracted once as
// "ICO" and once in full is one fact); a predicted entity that finds none is an extra.
//   found     = gold entities found (the size of the intersection of the key sets)
//   predicted = found + extras
//   precision = found / predicted;  recall = found / gold;  F1 their harmonic mean
import { KINDS, type Kind } from "../contract/index.js";

/** A claim as the scorer sees it: a gold claim (only kind, value, text required) or an extracted one. */
export interface ScoredClaim {
  kind: Kind;
  value: Record<string, unknown>;
  text: string;
  start?: number;
  end?: number;
  line?: number;
  subject?: string | null;
  modality?: string;
  rule?: string;
}

export interface DocClaims {
  doc: string;
  gold: readonly ScoredClaim[];
  predicted: readonly ScoredClaim[];
}

/** Fields of a matched pair scored as attribute accuracy, where the gold gives them. */
export const ATTRIBUTES = [
  "bound",
  "event",
  "role",
  "involvement",
  "status",
  "modality",
  "subject",
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];
const CLAIM_LEVEL: ReadonlySet<Attribute> = new Set(["modality", "subject"]);

export interface Counts {
  /** Gold entities (distinct keys). */
  gold: number;
  /** Predicted entities (distinct keys): those found in the gold, plus the extras. */
  predicted: number;
  /** Gold entities found. */
  found: number;
}

export interface Scores extends Counts {
  /** null when nothing was predicted. */
  precision: number | null;
  /** null when the gold has nothing. */
  recall: number | null;
  /** null when both sides are empty. */
  f1: number | null;
}

export interface Tally {
  scored: number;
  correct: number;
  accuracy: number | null;
}

export interface Miss {
  doc: string;
  /** `missed`: in the gold, not extracted; `extra`: extracted, not in the gold. */
  type: "missed" | "extra";
  kind: Kind;
  key: string;
  text: string;
  line: number | null;
  rule: string | null;
}

export interface AttributeError {
  doc: string;
  kind: Kind;
  key: string;
  attribute: Attribute;
  gold: unknown[];
  predicted: unknown;
  text: string;
  line: number | null;
}

export interface ClaimScore {
  documents: number;
  byKind: Record<Kind, Scores>;
  overall: Scores;
  attributes: Record<Attribute, Tally & { byKind: Partial<Record<Kind, Tally>> }>;
  misses: Miss[];
  attributeErrors: AttributeError[];
}

/** Names compared case-, space-, hyphen- and trailing-period-insensitively (CLAIMS.md). */
export function normalizeName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s\-\u2010-\u2015_]+/gu, "")
    .replace(/\.$/u, "");
}

/**
 * Legal suffixes a subject is compared without (CLAIMS.md): "Inc.", "Corp.", "Co., Ltd.",
 * "LLC", "plc", "GmbH", "S.A." and their kin, one or several at the end of the name (lower
 * case, dots left out).
 */
const LEGAL_SUFFIXES = new Set([
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "co",
  "ltd",
  "limited",
  "llc",
  "llp",
  "plc",
  "gmbh",
  "ag",
  "sa",
  "nv",
  "bv",
  "pty",
  "ltda",
  "srl",
  "spa",
  "kk",
]);

export function subjectKey(s: string): string {
  const words = s.trim().split(/[\s,]+/u);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words.at(-1)!.toLowerCase().replace(/\./gu, "")))
    words.pop();
  return normalizeName(words.join(" "));
}

/** The keys of a claim: one for every kind but actor (its name and each alias). */
export function keysOf(claim: ScoredClaim): string[] {
  const v = claim.value;
  switch (claim.kind) {
    case "affected":
      return [String(v.count)];
    case "date":
      return [`${String(v.date)} ${String(v.grain)}`];
    case "duration":
      return [String(v.iso)];
    case "actor": {
      const names = [v.name, ...(Array.isArray(v.aliases) ? v.aliases : [])];
      return [
        ...new Set(names.filter((n): n is string => typeof n === "string").map(normalizeName)),
      ].filter(Boolean);
    }
    case "penalty":
      return [`${String(v.amount)} ${String(v.currency)}`];
    case "data":
      return [`${String(v.category)} ${v.exposed === false ? "not-exposed" : "exposed"}`];
  }
}

/** How a key reads in a report: the actor's name as written, else the key. */
function labelOf(claim: ScoredClaim): string {
  return claim.kind === "actor" && typeof claim.value.name === "string"
    ? claim.value.name
    : keysOf(claim)[0]!;
}

export interface Entity {
  keys: Set<string>;
  claims: ScoredClaim[];
}

/** Group claims whose keys overlap (transitively) into entities, in order of first mention. */
export function entitiesOf(claims: readonly ScoredClaim[]): Entity[] {
  const entities: Entity[] = [];
  for (const claim of claims) {
    const keys = keysOf(claim);
    const hits = entities.filter((e) => keys.some((k) => e.keys.has(k)));
    if (hits.length === 0) {
      entities.push({ keys: new Set(keys), claims: [claim] });
      continue;
    }
    const [first, ...rest] = hits;
    for (const k of keys) first!.keys.add(k);
    first!.claims.push(claim);
    for (const other of rest) {
      for (const k of other.keys) first!.keys.add(k);
      first!.claims.push(...other.claims);
      entities.splice(entities.indexOf(other), 1);
    }
  }
  return entities;
}

const shares = (a: Entity, b: Entity) => [...a.keys].some((k) => b.keys.has(k));

export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

export function scoresOf(c: Counts): Scores {
  const precision = ratio(c.found, c.predicted);
  const recall = ratio(c.found, c.gold);
  const p = precision ?? 0;
  const r = recall ?? 0;
  const f1 = c.gold + c.predicted === 0 ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { ...c, precision, recall, f1 };
}

function attributeOf(claim: ScoredClaim, attr: Attribute): unknown {
  return CLAIM_LEVEL.has(attr)
    ? (claim as unknown as Record<string, unknown>)[attr]
    : claim.value[attr];
}

function sameAttribute(attr: Attribute, a: unknown, b: unknown): boolean {
  if (attr === "subject" && typeof a === "string" && typeof b === "string")
    return subjectKey(a) === subjectKey(b);
  if (attr === "role" && typeof a === "string" && typeof b === "string")
    return normalizeName(a) === normalizeName(b);
  return (a ?? null) === (b ?? null);
}

const overlaps = (a: ScoredClaim, b: ScoredClaim) =>
  a.start !== undefined &&
  a.end !== undefined &&
  b.start !== undefined &&
  b.end !== undefined &&
  a.start < b.end &&
  b.start < a.end;

const earliest = (claims: readonly ScoredClaim[]) =>
  [...claims].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity))[0]!;

/**
 * The predicted claim that stands for a matched pair: one whose span overlaps a gold mention
 * (compared with that mention), else the earliest predicted mention (compared with every value
 * the gold mentions give).
 */
function pairOf(gold: Entity, predicted: ScoredClaim[]) {
  for (const p of [...predicted].sort((a, b) => (a.start ?? 0) - (b.start ?? 0))) {
    const g = gold.claims.find((c) => overlaps(c, p));
    if (g) return { pred: p, gold: g };
  }
  return { pred: earliest(predicted), gold: null };
}

const emptyCounts = (): Counts => ({ gold: 0, predicted: 0, found: 0 });
const emptyTally = () => ({ scored: 0, correct: 0 });

/** Score documents' extracted claims against their gold claims. */
export function scoreClaims(docs: readonly DocClaims[]): ClaimScore {
  const counts = Object.fromEntries(KINDS.map((k) => [k, emptyCounts()])) as Record<Kind, Counts>;
  const attrs = Object.fromEntries(
    ATTRIBUTES.map((a) => [a, { ...emptyTally(), byKind: {} as Partial<Record<Kind, Tally>> }]),
  ) as Record<Attribute, { scored: number; correct: number; byKind: Partial<Record<Kind, Tally>> }>;
  const misses: Miss[] = [];
  const attributeErrors: AttributeError[] = [];

  for (const { doc, gold, predicted } of docs) {
    for (const kind of KINDS) {
      const g = entitiesOf(gold.filter((c) => c.kind === kind));
      const p = entitiesOf(predicted.filter((c) => c.kind === kind));
      const c = counts[kind];
      c.gold += g.length;
      for (const pe of p) {
        if (!g.some((ge) => shares(ge, pe))) {
          c.predicted += 1;
          const first = earliest(pe.claims);
          misses.push({
            doc,
            type: "extra",
            kind,
            key: labelOf(first),
            text: first.text,
            line: first.line ?? null,
            rule: first.rule ?? null,
          });
        }
      }
      for (const ge of g) {
        const matched = p.filter((pe) => shares(ge, pe)).flatMap((pe) => pe.claims);
        const first = earliest(ge.claims);
        if (matched.length === 0) {
          misses.push({
            doc,
            type: "missed",
            kind,
            key: labelOf(first),
            text: first.text,
            line: first.line ?? null,
            rule: null,
          });
          continue;
        }
        c.found += 1;
        c.predicted += 1;
        const pair = pairOf(ge, matched);
        for (const attr of ATTRIBUTES) {
          const source =
            pair.gold && attributeOf(pair.gold, attr) !== undefined ? [pair.gold] : ge.claims;
          const goldValues = [
            ...new Set(source.map((x) => attributeOf(x, attr)).filter((v) => v !== undefined)),
          ];
          if (goldValues.length === 0) continue;
          const predictedValue = attributeOf(pair.pred, attr);
          const ok = goldValues.some((v) => sameAttribute(attr, v, predictedValue));
          const tally = attrs[attr];
          const byKind = (tally.byKind[kind] ??= { ...emptyTally(), accuracy: null });
          tally.scored += 1;
          byKind.scored += 1;
          if (ok) {
            tally.correct += 1;
            byKind.correct += 1;
          } else {
            attributeErrors.push({
              doc,
              kind,
              key: labelOf(first),
              attribute: attr,
              gold: goldValues,
              predicted: predictedValue ?? null,
              text: pair.pred.text,
              line: pair.pred.line ?? null,
            });
          }
        }
      }
    }
  }

  const total = KINDS.reduce((t, k) => {
    const c = counts[k];
    return {
      gold: t.gold + c.gold,
      predicted: t.predicted + c.predicted,
      found: t.found + c.found,
    };
  }, emptyCounts());
  const attributes = Object.fromEntries(
    ATTRIBUTES.map((a) => {
      const t = attrs[a];
      const byKind = Object.fromEntries(
        Object.entries(t.byKind).map(([k, v]) => [
          k,
          { ...v, accuracy: ratio(v.correct, v.scored) },
        ]),
      );
      return [
        a,
        { scored: t.scored, correct: t.correct, accuracy: ratio(t.correct, t.scored), byKind },
      ];
    }),
  ) as ClaimScore["attributes"];
  return {
    documents: docs.length,
    byKind: Object.fromEntries(KINDS.map((k) => [k, scoresOf(counts[k])])) as Record<Kind, Scores>,
    overall: scoresOf(total),
    attributes,
    misses,
    attributeErrors,
  };
}
