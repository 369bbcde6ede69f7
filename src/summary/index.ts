// Stage: summary. A document's claims → one spreadsheet row (CLAIMS.md, "The summary").
import type { Claim, ClaimOf, DataCategory, Kind, Summary } from "../contract/index.js";
import type { SourceDoc } from "../document/index.js";
import { victimOfClaims } from "../refiners/victim.js";
import { around, isSuperseded, isTotal } from "./total.js";
import { actorVarietyOf } from "./variety.js";

const ofKind = <K extends Kind>(claims: readonly Claim[], kind: K) =>
  claims.filter((c): c is ClaimOf<K> => c.kind === kind);

const BOUND_RANK = { exact: 0, approx: 1, at_least: 2, at_most: 2 } as const;
/** Counts of people or their accounts say who was affected; records and other units less so. */
const UNIT_RANK = { people: 0, customers: 0, users: 0, accounts: 0, other: 1, records: 2 } as const;
/** "2.2 million unique email addresses": a de-duplicated count is the count of the affected. */
const DEDUPLICATED = /\b(?:unique|distinct|individual)\b/i;
/** The same said after a sum in parentheses: "notified 3,100 (1,200 + 1,900) unique members". */
export const DEDUPLICATED_AFTER = /^\s*\([^()]{1,60}\)\s+(?:unique|distinct)\b/i;

/** Whether a claim counts de-duplicated people or addresses. */
function isDeduplicated(c: ClaimOf<"affected">): boolean {
  if (DEDUPLICATED.test(c.text)) return true;
  const words = around(c, 0, 90);
  return words !== null && DEDUPLICATED_AFTER.test(words.after);
}

/**
 * A part of the total: "of whom 2,000 had SSNs exposed", "among them 300 employees". (Not
 * "including 2.1M unique email addresses": a catalogue gives its de-duplicated count so.)
 */
const PART_BEFORE =
  /\b(?:of\s+(?:whom|which|them|those|these)|among\s+(?:them|whom|those|these))\s+(?:[\w,'’-]+\s+){0,3}$/i;

/**
 * A part in one place: "of Westland, where 300 growers had their details published" (a place
 * named, then "where" and the count). Case-sensitive: the place is told by its capital.
 */
export const PLACE_PART_BEFORE =
  /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+where\s+(?:(?:about|some|nearly|almost|over|more\s+than|roughly|around)\s+)?$/;

/** Whether an affected claim counts a part of what another claim counts. */
function isPart(c: ClaimOf<"affected">): boolean {
  const words = around(c, 60, 0);
  return words !== null && (PART_BEFORE.test(words.before) || PLACE_PART_BEFORE.test(words.before));
}

/**
 * The victim's own affected count, the most precise of several: parts and estimates since
 * revised set aside while another count is left; then a count of more than one person before
 * a single person, de-duplicated before raw ("7 million unique email addresses" over "46
 * million user accounts"), the total or revised figure the text marks before side figures
 * (summary/total.ts), people and accounts before records, a count given twice before one given
 * once, exact before bounded, then the first mentioned. (Hedged counts are not put last: "may
 * have reached as many as 8 million accounts" is often the count; and ranking by significant
 * digits, or taking the largest, picked side figures and other incidents' counts on VCDB.)
 */
export function bestAffected(claims: readonly ClaimOf<"affected">[]): ClaimOf<"affected"> | null {
  // The total, not a part of it, nor a count the text only speculates about, while another
  // claim is left (CLAIMS.md, "The summary").
  const wholes = claims.filter((c) => !isPart(c));
  if (wholes.length > 0 && wholes.length < claims.length) claims = wholes;
  // Nor an estimate the text says was revised since ("initially put at 1.2 million").
  const current = claims.filter((c) => !isSuperseded(c));
  if (current.length > 0 && current.length < claims.length) claims = current;
  // A count the text gives more than once ("about 1,600 patients" in the lead and again in
  // the body) is the total, over a side figure given once.
  const mentions = new Map<number, number>();
  for (const c of claims) mentions.set(c.value.count, (mentions.get(c.value.count) ?? 0) + 1);
  const repeated = (c: ClaimOf<"affected">) => Number((mentions.get(c.value.count) ?? 0) > 1);
  const ranked = claims
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        Number(a.c.value.count === 1) - Number(b.c.value.count === 1) ||
        Number(isDeduplicated(b.c)) - Number(isDeduplicated(a.c)) ||
        Number(isTotal(b.c)) - Number(isTotal(a.c)) ||
        UNIT_RANK[a.c.value.unit] - UNIT_RANK[b.c.value.unit] ||
        repeated(b.c) - repeated(a.c) ||
        BOUND_RANK[a.c.value.bound] - BOUND_RANK[b.c.value.bound] ||
        a.i - b.i,
    );
  return ranked[0]?.c ?? null;
}

export function summarize(claims: readonly Claim[], doc?: SourceDoc): Summary {
  // The victim the subject refiner decided, read back from the claims (refiners/victim.ts).
  const victim = victimOfClaims(claims);
  const about = (c: Claim) =>
    c.modality !== "negated" && (c.subject === victim || (victim === null && c.subject === null));
  const own = claims.filter(about);

  const affected = bestAffected(ofKind(own, "affected"))?.value;

  const dates = ofKind(own, "date");
  const point = (d: ClaimOf<"date">) => ({ date: d.value.date, grain: d.value.grain });
  const earliest = (hits: ClaimOf<"date">[]) =>
    [...hits].sort((a, b) => (a.value.date < b.value.date ? -1 : 1))[0];
  /** The same date said more precisely elsewhere ("2014" in a title, "February 2014" below). */
  const sharpest = (d: ClaimOf<"date">, hits: ClaimOf<"date">[]) =>
    hits.reduce(
      (best, h) =>
        h.value.date.length > best.value.date.length && h.value.date.startsWith(best.value.date)
          ? h
          : best,
      d,
    );
  const dateOf = (...events: string[]) => {
    for (const event of events) {
      const hits = dates.filter((d) => d.value.event === event);
      if (hits.length)
        return point(sharpest(event === "breach_start" ? earliest(hits)! : hits[0]!, hits));
    }
    return null;
  };
  /**
   * When the breach happened, as CLAIMS.md defines it: the victim's breach start (the
   * earliest, when sources suspect several), else the date it happened. A detection or
   * disclosure date is not a breach date: those have their own fields.
   */
  const breachDate = () => dateOf("breach_start", "breach");

  const data = ofKind(own, "data");
  const categories = (exposed: boolean) =>
    [
      ...new Set(data.filter((d) => d.value.exposed === exposed).map((d) => d.value.category)),
    ].sort() as DataCategory[];

  const seenPenalty = new Set<string>();
  const penalties = ofKind(own, "penalty")
    .filter((p) => {
      const key = `${p.value.amount} ${p.value.currency}`;
      if (seenPenalty.has(key)) return false;
      seenPenalty.add(key);
      return true;
    })
    .sort((a, b) => usd(b) - usd(a))
    .map((p) => ({
      amount: p.value.amount,
      currency: p.value.currency,
      status: p.value.status,
      converted: p.value.converted,
    }));

  // The people and bodies of this incident: not another incident's victim in a comparison.
  const seenActor = new Set<string>();
  const actors = ofKind(claims, "actor")
    .filter((a) => a.subject === victim || a.subject === null)
    .filter((a) => {
      const key = a.value.name.toLowerCase();
      if (seenActor.has(key)) return false;
      seenActor.add(key);
      return true;
    })
    .map((a) => ({ name: a.value.name, role: a.value.role, involvement: a.value.involvement }));

  return {
    victim,
    affected: affected
      ? { count: affected.count, bound: affected.bound, unit: affected.unit }
      : null,
    breachDate: breachDate(),
    detected: dateOf("detected"),
    disclosed: dateOf("disclosed"),
    undetectedFor:
      ofKind(own, "duration").find((d) => d.value.event === "undetected")?.value.iso ?? null,
    dataExposed: categories(true),
    dataNotExposed: categories(false),
    penalties,
    actorVariety: actorVarietyOf(claims, victim, doc),
    actors,
  };
}

/** A penalty's size for ordering: its USD conversion when given, else its amount. */
function usd(p: ClaimOf<"penalty">): number {
  if (p.value.currency === "USD") return p.value.amount;
  return p.value.converted?.currency === "USD" ? p.value.converted.amount : p.value.amount;
}
