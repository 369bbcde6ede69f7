// Floors that turn `breach eval` into a gate: parse them from flags, check them against scores.
import { KINDS, type Kind } from "../contract/index.js";
import { ATTRIBUTES, type Attribute } from "./claims.js";
import { FACTS, type Fact } from "./facts.js";
import { INCIDENT_FIGURES, incidentFigure, type IncidentFigure } from "./incidents.js";
import type { EvalResult } from "./run.js";

export interface Floors {
  /** Micro F1 over every claim kind. */
  minF1?: number;
  /** F1 per kind; `*` is every kind the gold has. */
  minKindF1: { kind: Kind | "*"; floor: number }[];
  /** Overall fact accuracy. */
  minFacts?: number;
  /** Accuracy per fact. */
  minFact: { fact: Fact; floor: number }[];
  /** Attribute accuracy per attribute; `*` is every attribute scored. */
  minAttr: { attribute: Attribute | "*"; floor: number }[];
  /** Incident figures (victim, pairPrecision, pairRecall, exact); `*` is every one. */
  minIncident: { figure: IncidentFigure | "*"; floor: number }[];
}

/** A floor flag that cannot be read: a usage error. */
export class FloorError extends Error {}

export function parseFloor(flag: string, text: string): number {
  const x = Number(text);
  if (text.trim() === "" || !Number.isFinite(x) || x < 0 || x > 1)
    throw new FloorError(`${flag} ${JSON.stringify(text)}: a floor is a number from 0 to 1`);
  return x;
}

/** `0.8`, `affected=0.8` or `affected=0.8,date=0.5`, repeatable. */
function parseNamed<N extends string>(
  flag: string,
  specs: readonly string[],
  names: readonly N[],
): { name: N | "*"; floor: number }[] {
  const out: { name: N | "*"; floor: number }[] = [];
  for (const part of specs.flatMap((s) => s.split(","))) {
    const spec = part.trim();
    if (!spec) continue;
    const eq = spec.indexOf("=");
    if (eq < 0) {
      out.push({ name: "*", floor: parseFloor(flag, spec) });
      continue;
    }
    const name = spec.slice(0, eq).trim();
    if (!(names as readonly string[]).includes(name))
      throw new FloorError(`${flag} ${spec}: unknown name "${name}" (one of ${names.join(", ")})`);
    out.push({ name: name as N, floor: parseFloor(flag, spec.slice(eq + 1)) });
  }
  return out;
}

export interface FloorFlags {
  minF1?: string;
  minKindF1?: string[];
  minFacts?: string;
  minFact?: string[];
  minAttr?: string[];
  minIncident?: string[];
}

export function parseFloors(flags: FloorFlags): Floors {
  const facts = parseNamed("--min-fact", flags.minFact ?? [], FACTS);
  const star = facts.find((f) => f.name === "*");
  if (star) throw new FloorError("--min-fact takes fact=floor; use --min-facts for the overall");
  return {
    minF1: flags.minF1 === undefined ? undefined : parseFloor("--min-f1", flags.minF1),
    minKindF1: parseNamed("--min-kind-f1", flags.minKindF1 ?? [], KINDS).map((x) => ({
      kind: x.name,
      floor: x.floor,
    })),
    minFacts: flags.minFacts === undefined ? undefined : parseFloor("--min-facts", flags.minFacts),
    minFact: facts.map((x) => ({ fact: x.name as Fact, floor: x.floor })),
    minAttr: parseNamed("--min-attr", flags.minAttr ?? [], ATTRIBUTES).map((x) => ({
      attribute: x.name,
      floor: x.floor,
    })),
    minIncident: parseNamed("--min-incident", flags.minIncident ?? [], INCIDENT_FIGURES).map(
      (x) => ({ figure: x.name, floor: x.floor }),
    ),
  };
}

/** Scores are compared as printed (three decimals), so a floor copied from the table holds. */
export const shown = (x: number): number => Math.round(x * 1000) / 1000;
export const fmt = (x: number | null): string => (x === null ? "—" : x.toFixed(3));

/**
 * Every floor that is not met, as a sentence naming it. A floor on a figure the gold cannot give
 * (no claim gold for --min-f1, no fact files for --min-facts) is a usage error.
 */
export function checkFloors(result: EvalResult, floors: Floors): string[] {
  const failures: string[] = [];
  const below = (label: string, flag: string, score: number | null, floor: number) => {
    if (score === null || shown(score) < floor)
      failures.push(`${label} ${fmt(score)} is below the floor ${floor} (${flag})`);
  };
  const needClaims = floors.minF1 !== undefined || floors.minKindF1.length || floors.minAttr.length;
  if (needClaims && !result.claims)
    throw new FloorError(
      `--min-f1, --min-kind-f1 and --min-attr need claim gold (*.gold.json) in ${result.gold}`,
    );
  const needFacts = floors.minFacts !== undefined || floors.minFact.length;
  if (needFacts && !result.facts)
    throw new FloorError(
      `--min-facts and --min-fact need fact files (*.facts.json) in ${result.gold}`,
    );
  if (floors.minIncident.length && !result.incidents)
    throw new FloorError(
      `--min-incident needs an incident file (incidents.gold.json) in ${result.gold}`,
    );
  const incidents = result.incidents;
  if (incidents)
    for (const { figure, floor } of floors.minIncident) {
      const figures = figure === "*" ? INCIDENT_FIGURES : [figure];
      for (const f of figures)
        below(`incidents ${f}`, "--min-incident", incidentFigure(incidents, f), floor);
    }
  const claims = result.claims;
  if (claims) {
    if (floors.minF1 !== undefined)
      below("claims F1 (micro)", "--min-f1", claims.overall.f1, floors.minF1);
    for (const { kind, floor } of floors.minKindF1) {
      const kinds = kind === "*" ? KINDS.filter((k) => claims.byKind[k].gold > 0) : [kind];
      for (const k of kinds) below(`${k} F1`, "--min-kind-f1", claims.byKind[k].f1, floor);
    }
    for (const { attribute, floor } of floors.minAttr) {
      const attrs =
        attribute === "*" ? ATTRIBUTES.filter((a) => claims.attributes[a].scored > 0) : [attribute];
      for (const a of attrs)
        below(`${a} accuracy`, "--min-attr", claims.attributes[a].accuracy, floor);
    }
  }
  const facts = result.facts;
  if (facts) {
    if (floors.minFacts !== undefined)
      below("facts accuracy (overall)", "--min-facts", facts.overall.accuracy, floors.minFacts);
    for (const { fact, floor } of floors.minFact)
      below(`${fact} accuracy`, "--min-fact", facts.byFact[fact].accuracy, floor);
  }
  return failures;
}

/**
 * The floor flags that the current scores just meet, as printed: overall, each kind with gold,
 * each fact scored. `breach eval … $(breach eval … --print-floors)` then passes until a score drops.
 */
export function floorsOf(result: EvalResult): string {
  const flags: string[] = [];
  const claims = result.claims;
  if (claims) {
    if (claims.overall.f1 !== null) flags.push(`--min-f1 ${fmt(claims.overall.f1)}`);
    const kinds = KINDS.filter((k) => claims.byKind[k].f1 !== null && claims.byKind[k].gold > 0);
    if (kinds.length)
      flags.push(`--min-kind-f1 ${kinds.map((k) => `${k}=${fmt(claims.byKind[k].f1)}`).join(",")}`);
  }
  const facts = result.facts;
  if (facts) {
    if (facts.overall.accuracy !== null) flags.push(`--min-facts ${fmt(facts.overall.accuracy)}`);
    const scored = FACTS.filter((f) => facts.byFact[f].accuracy !== null);
    if (scored.length)
      flags.push(
        `--min-fact ${scored.map((f) => `${f}=${fmt(facts.byFact[f].accuracy)}`).join(",")}`,
      );
  }
  const incidents = result.incidents;
  if (incidents) {
    const scored = INCIDENT_FIGURES.filter((f) => incidentFigure(incidents, f) !== null);
    if (scored.length)
      flags.push(
        `--min-incident ${scored.map((f) => `${f}=${fmt(incidentFigure(incidents, f))}`).join(",")}`,
      );
  }
  return flags.join(" ");
}
