// "3.1 million current members and 9.4 million former ones": a count whose noun is "ones"
// counts what the count before it in the sentence counts.
import { NUMBER_SOURCE, parseNumber } from "../../lexicon/numbers.js";
import { defineMatcher } from "../../rules/index.js";
import { affectedValue, HEAD_SOURCE, modifiers, NOT_BEFORE, notAffected } from "./_phrase.js";

const PATTERN = new RegExp(
  String.raw`${NOT_BEFORE}(${NUMBER_SOURCE})\s+(${modifiers(2)})ones\b`,
  "gi",
);
const NUMBER = 1;
const MODIFIERS = 2;

/** The counted noun phrase the "ones" stand for: a count and its noun earlier in the sentence. */
const ANTECEDENT = new RegExp(
  String.raw`${NOT_BEFORE}(?:${NUMBER_SOURCE})\s+(?:${modifiers(5)})${HEAD_SOURCE}`,
  "gi",
);
/** How far back the antecedent may be. */
const REACH = 160;

export default defineMatcher({
  id: "affected.count-ones",
  kind: "affected",
  description:
    "A count of 'ones' ('9.4 million former ones'), counting the noun of the count before it.",
  pattern: PATTERN,
  triggers: ["ones"],
  extract(m, { sentence }) {
    const text = sentence.text;
    const from = Math.max(0, m.index - REACH);
    let noun: string | undefined;
    for (const a of text.slice(from, m.index).matchAll(ANTECEDENT)) noun = a[1];
    if (!noun) return null;
    if (notAffected(text, m.index, m[NUMBER]!, m[MODIFIERS]!, noun)) return null;
    return affectedValue(parseNumber(m[NUMBER]!), noun);
  },
  examples: {
    valid: [
      {
        text: "The files held data on 3.1 million current members and 9.4 million former ones.",
        match: "9.4 million former ones",
        value: { count: 9_400_000, bound: "exact", unit: "users" },
      },
      {
        text: "It exposed 12,000 active accounts and 40,000 inactive ones.",
        match: "40,000 inactive ones",
        value: { count: 40_000, unit: "accounts" },
      },
    ],
    invalid: [
      "The firm replaced 300 old servers with 200 new ones.",
      "Of the 4 breaches, 2 were serious ones.",
    ],
  },
});
