// Summary-level scoring against fact files (CLAIMS.md, "Fact files"): pure functions, no I/O.
//
// Each fact is scored on the documents whose fact file gives it (and, for data precision, whose
// summary names a category), one right-or-wrong per document:
//   affected      summary.affected.count within ± tolerance × the gold count
//   breachDate    summary.breachDate.date starts with the gold date ("2018-07-15" for "2018-07")
//   dataPrecision every category the summary lists is in the gold: the `dataExposed` list
//                 (HIBP) or, for coarse VERIS codes (`dataVarieties`), a category that code
//                 covers (Personal: name, email, phone, address, national_id, date_of_birth,
//                 order_history; Medical: health and the patient's identifiers, name, email,
//                 phone, address, national_id, date_of_birth; Payment: payment, card_number;
//                 Bank: payment; Credentials: credentials, password). `other` is left out on both sides: no
//                 catalogue codes it. Scored only where the summary lists a category.
//   dataRecall    every category in `dataMentioned` (the gold categories whose words the text
//                 uses) is in summary.dataExposed. Scored where dataMentioned is non-empty.
//   actorVariety  summary.actorVariety equals the gold (internal, external, partner)
//   victim        summary.victim names the gold victim: either contains the other once case,
//                 punctuation and words like Inc, Co, The are set aside, or one is an acronym
//                 of the other's capitalised words ("VA"). Reported, but not part of the overall figure,
//                 which CLAIMS.md defines over the four facts above.
//   victimInText  victim, counted only over the documents whose text holds the gold victim's
//                 name (case and runs of spaces folded): the others cannot be right. Not in the
//                 overall figure either.
import type { Summary } from "../contract/index.js";
import { ratio, type Tally } from "./claims.js";

export interface FactFile {
  doc: string;
  facts: {
    victim?: string;
    affected?: { count: number; tolerance?: number };
    breachDate?: { date: string; grain?: string };
    dataExposed?: string[];
    dataVarieties?: string[];
    dataMentioned?: string[];
    actorVariety?: string | null;
  };
}

export const FACTS = [
  "affected",
  "breachDate",
  "dataPrecision",
  "dataRecall",
  "actorVariety",
  "victim",
  "victimInText",
] as const;
export type Fact = (typeof FACTS)[number];
/** Facts in the overall accuracy (CLAIMS.md's four; dataExposed counts twice: P and R). */
export const OVERALL_FACTS: readonly Fact[] = [
  "affected",
  "breachDate",
  "dataPrecision",
  "dataRecall",
  "actorVariety",
];

/** A person's identifiers: VERIS files them under Personal, and under Medical for a patient. */
const IDENTIFIERS = ["name", "address", "national_id", "date_of_birth", "email", "phone"] as const;

/**
 * VERIS's coarse data varieties and the contract categories each covers (CLAIMS.md, "Fact
 * files"): `Medical` is medical records, protected health information, which holds the
 * patient's identifiers.
 */
export const VARIETY_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  Personal: [...IDENTIFIERS, "order_history"],
  Medical: ["health", ...IDENTIFIERS],
  Payment: ["payment", "card_number"],
  Bank: ["payment"],
  Credentials: ["credentials", "password"],
};

export interface FactMiss {
  doc: string;
  fact: Fact;
  gold: unknown;
  predicted: unknown;
}

export interface FactScore {
  documents: number;
  byFact: Record<Fact, Tally>;
  /** Micro accuracy over every (document, fact) scored, victim aside. */
  overall: Tally;
  misses: FactMiss[];
}

/** The categories a fact file's gold allows, or null when it says nothing about data. */
export function allowedCategories(facts: FactFile["facts"]): Set<string> | null {
  if (facts.dataExposed) return new Set(facts.dataExposed);
  if (facts.dataVarieties)
    return new Set(facts.dataVarieties.flatMap((v) => VARIETY_CATEGORIES[v] ?? []));
  return null;
}

/** Words that do not tell one organisation from another. */
const NAME_NOISE = new Set([
  "the",
  "co",
  "corp",
  "corporation",
  "inc",
  "llc",
  "ltd",
  "plc",
  "company",
  "group",
]);

/** "Walgreen Co" → "walgreen"; "Washington Post Co/The" → "washingtonpost". */
export function victimKey(name: string): string {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !NAME_NOISE.has(w))
    .join("");
}

/** Initials of the capitalised words: "United States Department of Veterans Affairs" → "USDVA". */
function initials(name: string): string {
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

const isAcronym = (s: string) => /^\p{Lu}{2,6}$/u.test(s.replace(/\./g, ""));

/**
 * Same victim: equal keys (a plural `s` aside), one key of 4 or more letters inside the other,
 * or an acronym found in
 * the other's initials ("VA" for "United States Department of Veterans Affairs").
 */
export function victimMatches(gold: string, predicted: string | null): boolean {
  if (!predicted) return false;
  const g = victimKey(gold);
  const p = victimKey(predicted);
  if (!g || !p) return false;
  const strip = (x: string) => x.replace(/s$/u, "");
  if (strip(g) === strip(p)) return true;
  // containment only for keys long enough not to be found by chance inside another name
  if (Math.min(g.length, p.length) >= 4 && (g.includes(p) || p.includes(g))) return true;
  const acronym = (short: string, long: string) =>
    isAcronym(short) && initials(long).includes(short.replace(/\./g, ""));
  return acronym(predicted.trim(), gold) || acronym(gold.trim(), predicted);
}

export interface FactInput {
  gold: FactFile;
  summary: Summary;
  /** The document's text, for victimInText (left out: not scored). */
  text?: string;
}

const foldText = (s: string) => s.toLowerCase().replace(/\s+/gu, " ");

/** Score each document's summary against its fact file. */
export function scoreFacts(docs: readonly FactInput[]): FactScore {
  const tallies = Object.fromEntries(FACTS.map((f) => [f, { scored: 0, correct: 0 }])) as Record<
    Fact,
    { scored: number; correct: number }
  >;
  const misses: FactMiss[] = [];
  for (const { gold, summary, text } of docs) {
    const f = gold.facts;
    const score = (fact: Fact, ok: boolean, g: unknown, p: unknown) => {
      tallies[fact].scored += 1;
      if (ok) tallies[fact].correct += 1;
      else misses.push({ doc: gold.doc, fact, gold: g, predicted: p });
    };
    if (f.affected) {
      const count = summary.affected?.count ?? null;
      const tolerance = f.affected.tolerance ?? 0;
      const ok =
        count !== null && Math.abs(count - f.affected.count) <= tolerance * f.affected.count;
      score("affected", ok, f.affected.count, count);
    }
    if (f.breachDate) {
      const date = summary.breachDate?.date ?? null;
      score(
        "breachDate",
        date !== null && date.startsWith(f.breachDate.date),
        f.breachDate.date,
        date,
      );
    }
    const allowed = allowedCategories(f);
    const given = summary.dataExposed.filter((c) => c !== "other");
    if (allowed && given.length > 0) {
      const wrong = given.filter((c) => !allowed.has(c));
      score(
        "dataPrecision",
        wrong.length === 0,
        f.dataExposed ?? f.dataVarieties,
        wrong.length ? `${given.join(", ")} (not in gold: ${wrong.join(", ")})` : given,
      );
    }
    const mentioned = (f.dataMentioned ?? []).filter((c) => c !== "other");
    if (mentioned.length > 0) {
      const missing = mentioned.filter((c) => !summary.dataExposed.includes(c as never));
      score(
        "dataRecall",
        missing.length === 0,
        mentioned,
        missing.length ? `${given.join(", ") || "none"} (missing: ${missing.join(", ")})` : given,
      );
    }
    if (f.actorVariety) {
      score(
        "actorVariety",
        summary.actorVariety === f.actorVariety,
        f.actorVariety,
        summary.actorVariety,
      );
    }
    if (f.victim) {
      const ok = victimMatches(f.victim, summary.victim);
      score("victim", ok, f.victim, summary.victim);
      if (text && foldText(text).includes(foldText(f.victim)))
        score("victimInText", ok, f.victim, summary.victim);
    }
  }
  const byFact = Object.fromEntries(
    FACTS.map((f) => [
      f,
      { ...tallies[f], accuracy: ratio(tallies[f].correct, tallies[f].scored) },
    ]),
  ) as Record<Fact, Tally>;
  const scored = OVERALL_FACTS.reduce((n, f) => n + tallies[f].scored, 0);
  const correct = OVERALL_FACTS.reduce((n, f) => n + tallies[f].correct, 0);
  return {
    documents: docs.length,
    byFact,
    overall: { scored, correct, accuracy: ratio(correct, scored) },
    misses,
  };
}
