// One person whose data was exposed, as incident reports put it: "Veteran A's name and SSN",
// "results from a scan for one patient", "a single customer's card details". A count of one
// is the total only when the text gives no other count (summary/index.ts ranks it last).
import { escape } from "../../lexicon/regex.js";
import { PERSON_DATA_NOUNS, SINGLE_PERSON_NOUNS } from "../../lexicon/units.js";
import { defineMatcher } from "../../rules/index.js";

/** A word with its first letter in either case ("[Pp]atient"): the pattern is case-sensitive. */
const eitherCase = (w: string) =>
  /^[a-z]/.test(w) ? `[${w[0]!.toUpperCase()}${w[0]}]${escape(w.slice(1))}` : escape(w);
const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => eitherCase(w).replaceAll(" ", String.raw`\s+`))
    .join("|");
const PERSON = alt(SINGLE_PERSON_NOUNS);
const DATA = alt(PERSON_DATA_NOUNS);
const ONE = String.raw`(?:[Oo]ne|[Aa]\s+single|[Oo]nly\s+one)`;

/**
 * Case-sensitive, so that the letter of "Veteran A's" is a capital. Three forms: a person named
 * by a letter, then their data; "one patient's" data; data "for / of / on one patient".
 */
const PATTERN = new RegExp(
  String.raw`\b(?:(?:${PERSON})\s+[A-Z]|${ONE}\s+(?:${PERSON}))['’]s\s+(?:[\w-]+\s+){0,2}?(?:${DATA})\b|\b(?:${DATA})\s+(?:[\w-]+\s+){0,5}?(?:for|of|on|about|from|pertaining\s+to|belonging\s+to)\s+${ONE}\s+(?:${PERSON})\b(?!['’])`,
  "g",
);

export default defineMatcher({
  id: "affected.single-person",
  kind: "affected",
  description:
    "One person whose data was exposed: 'Patient B's name', 'the records of one patient'.",
  pattern: PATTERN,
  triggers: [":capital", "one", "single"],
  extract() {
    return { count: 1, bound: "exact", unit: "people" };
  },
  examples: {
    valid: [
      {
        text: "The clinic posted Patient B's name and date of birth on a shared drive.",
        match: "Patient B's name",
        value: { count: 1, bound: "exact", unit: "people" },
      },
      {
        text: "A nurse mailed a disc with scan results for one patient to the wrong hospital.",
        match: "results for one patient",
        value: { count: 1, unit: "people" },
      },
      {
        text: "The audit found employees had opened employee C's personnel record.",
        match: "employee C's personnel record",
        value: { count: 1, unit: "people" },
      },
    ],
    invalid: [
      "One patient complained to the board.",
      "It is available to one person and potentially to many.",
      "Patient B's husband called the clinic.",
      "one of the customers",
      "A patient's name was read aloud.",
    ],
  },
});
