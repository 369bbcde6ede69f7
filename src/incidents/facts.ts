// Facts of one incident: every value a field takes, with the sources behind it, and whether they agree.
import type {
  Bound,
  Claim,
  ClaimOf,
  DocumentRecord,
  Evidence,
  Fact,
  FactValue,
  Kind,
} from "../contract/index.js";
import { describeValue } from "../claims/describe.js";
import { countInterval, datesAgree } from "./agree.js";

/** A claim with the document it came from. */
export type Sourced<K extends Kind = Kind> = {
  [P in K]: { doc: DocumentRecord; claim: ClaimOf<P> };
}[K];

export function evidenceOf({ doc, claim }: { doc: DocumentRecord; claim: Claim }): Evidence {
  return {
    doc: doc.id,
    path: doc.path,
    text: claim.text,
    sentence: claim.sentence,
    start: claim.start,
    end: claim.end,
    line: claim.line,
    modality: claim.modality,
  };
}

export const ofKind = <K extends Kind>(items: readonly Sourced[], kind: K): Sourced<K>[] =>
  items.filter((s) => s.claim.kind === kind) as Sourced<K>[];

/**
 * Group sourced claims into values by a key; the value shown is the first source's.
 * Values keep the order of first mention (documents in path order, claims by offset).
 */
export function valuesBy<K extends Kind>(
  items: readonly { doc: DocumentRecord; claim: ClaimOf<K> }[],
  key: (c: ClaimOf<K>) => string,
  value: (c: ClaimOf<K>) => FactValue["value"],
  display: (c: ClaimOf<K>) => string = (c) => describeValue(c as Claim),
): FactValue[] {
  const byKey = new Map<string, FactValue>();
  for (const item of items) {
    const k = key(item.claim);
    const existing = byKey.get(k);
    if (existing) existing.sources.push(evidenceOf(item));
    else
      byKey.set(k, {
        value: value(item.claim),
        display: display(item.claim),
        sources: [evidenceOf(item)],
      });
  }
  return [...byKey.values()];
}

export function docsOf(values: readonly FactValue[]): string[] {
  const docs = new Set<string>();
  for (const v of values) for (const s of v.sources) docs.add(s.doc);
  return [...docs].sort();
}

/** A value of the affected field as countInterval's arguments. */
export function countOf(v: FactValue): [number, Bound] {
  const { count, bound } = v.value as { count: number; bound: Bound };
  return [count, bound];
}

/**
 * True when every pair of counts agrees. Each count stands for an interval (countInterval), and
 * intervals on a line meet pairwise exactly when the highest start is at most the lowest end:
 * one pass over the distinct values, not a comparison of every pair of claims.
 */
export function countsAllAgree(values: readonly FactValue[]): boolean {
  let maxLow = -Infinity;
  let minHigh = Infinity;
  for (const v of values) {
    const [low, high] = countInterval(...countOf(v));
    if (low > maxLow) maxLow = low;
    if (high < minHigh) minHigh = high;
  }
  return maxLow <= minHigh;
}

/**
 * True when every pair of dates agrees (one contains the other). Dates that contain one
 * another pairwise are all prefixes of the longest of them: one pass over the distinct dates.
 */
export function datesAllAgree(dates: readonly string[]): boolean {
  let longest = "";
  for (const d of dates) if (d.length > longest.length) longest = d;
  return dates.every((d) => datesAgree(d, longest));
}

export function affectedFact(items: readonly Sourced[]): Fact | null {
  const affected = ofKind(items, "affected");
  if (!affected.length) return null;
  const values = valuesBy(
    affected,
    (c) => `${c.value.count} ${c.value.bound}`,
    (c) => ({ count: c.value.count, bound: c.value.bound }),
  );
  return { field: "affected", agree: countsAllAgree(values), values, docs: docsOf(values) };
}

export const DATE_FIELDS = {
  breachDate: ["breach_start", "breach"],
  detected: ["detected"],
  disclosed: ["disclosed"],
} as const;

export function dateFact(items: readonly Sourced[], field: keyof typeof DATE_FIELDS): Fact | null {
  const events: readonly string[] = DATE_FIELDS[field];
  const dates = ofKind(items, "date").filter((s) => events.includes(s.claim.value.event));
  if (!dates.length) return null;
  const values = valuesBy(
    dates,
    (c) => c.value.date,
    (c) => ({ date: c.value.date, grain: c.value.grain, yearInferred: c.value.yearInferred }),
  );
  const agree = datesAllAgree(values.map((v) => (v.value as { date: string }).date));
  return { field, agree, values, docs: docsOf(values) };
}

export function undetectedFact(items: readonly Sourced[]): Fact | null {
  const durations = ofKind(items, "duration").filter((s) => s.claim.value.event === "undetected");
  if (!durations.length) return null;
  const values = valuesBy(
    durations,
    (c) => c.value.iso,
    (c) => ({ iso: c.value.iso, bound: c.value.bound }),
  );
  return { field: "undetectedFor", agree: values.length === 1, values, docs: docsOf(values) };
}

/** One fact per data category: exposed by some sources, denied by others? */
export function dataFacts(items: readonly Sourced[]): Fact[] {
  const data = ofKind(items, "data");
  const categories = [...new Set(data.map((s) => s.claim.value.category))].sort();
  return categories.map((category) => {
    const values = valuesBy(
      data.filter((s) => s.claim.value.category === category),
      (c) => String(c.value.exposed),
      (c) => ({ category: c.value.category, exposed: c.value.exposed }),
      (c) => (c.value.exposed ? "exposed" : "not exposed"),
    );
    return { field: `data.${category}`, agree: values.length === 1, values, docs: docsOf(values) };
  });
}

export function penaltyFact(items: readonly Sourced[]): Fact | null {
  const penalties = ofKind(items, "penalty");
  if (!penalties.length) return null;
  const values = valuesBy(
    penalties,
    (c) => `${c.value.amount} ${c.value.currency}`,
    (c) => ({ amount: c.value.amount, currency: c.value.currency, status: c.value.status }),
  );
  // Several penalties are several facts, not a disagreement.
  return { field: "penalties", agree: true, values, docs: docsOf(values) };
}

/** A role word folded for comparison: "Chief Executive Officer" and "CEO" are one role. */
export function foldRole(role: string): string {
  const r = role
    .toLowerCase()
    .replace(/[^a-z ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const SAME: Record<string, string> = {
    "chief executive officer": "ceo",
    "chief executive": "ceo",
    "chief technology officer": "cto",
    "chief information security officer": "ciso",
    "chief financial officer": "cfo",
  };
  return SAME[r] ?? r;
}

/** Roles held inside the victim: with no employer named, the victim is taken as it. */
const INSIDE = new Set(["executive", "suspect", "victim"]);

/** Named people by role, per affiliation: the CEO, the President, the suspect. */
export function actorFacts(items: readonly Sourced[], victim: string): Fact[] {
  const people = ofKind(items, "actor").filter((s) => s.claim.value.role !== null);
  const byRole = new Map<string, { affiliation: string | null; group: Sourced<"actor">[] }>();
  for (const s of people) {
    const v = s.claim.value;
    const affiliation = v.affiliation ?? (INSIDE.has(v.involvement) ? victim : null);
    const key = `${foldRole(v.role!)}|${v.involvement}|${(affiliation ?? "").toLowerCase()}`;
    const entry = byRole.get(key) ?? { affiliation, group: [] };
    entry.group.push(s);
    byRole.set(key, entry);
  }
  return [...byRole.values()].map(({ affiliation, group }) => {
    const v = group[0]!.claim.value;
    const values = valuesBy(
      group,
      (c) => c.value.name.toLowerCase().replace(/[\s-]+/g, ""),
      (c) => ({ name: c.value.name, role: c.value.role, affiliation: c.value.affiliation }),
      (c) => c.value.name,
    );
    const field = `actor.${v.role}${affiliation ? ` (${affiliation})` : ""}`;
    return { field, agree: values.length === 1, values, docs: docsOf(values) };
  });
}
