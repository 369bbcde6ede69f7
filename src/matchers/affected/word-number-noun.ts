// "nine patients", "thirty thousand customers", "half a million accounts", "two dozen employees".
import { parseNumberWords, WORD_NUMBER_SOURCE } from "../../lexicon/numbers.js";
import { defineMatcher } from "../../rules/index.js";
import { affectedValue, HEAD_SOURCE, modifiers, notAffected } from "./_phrase.js";

const PATTERN = new RegExp(
  String.raw`\b(?<!-)(${WORD_NUMBER_SOURCE})(?:\s?-\s?|\s+)(${modifiers(3)})${HEAD_SOURCE}`,
  "gi",
);
const NUMBER = 1;
const MODIFIERS = 2;
const NOUN = 3;

/** "one customer", "an employee": a single person is an anecdote, not a breach count. */
const MIN_COUNT = 2;

export default defineMatcher({
  id: "affected.word-number-noun",
  kind: "affected",
  description:
    "A number in words (nine, thirty thousand, half a million), then a people or record noun.",
  pattern: PATTERN,
  triggers: [":number-word"],
  extract(m, { sentence }) {
    if (notAffected(sentence.text, m.index, m[NUMBER]!, m[MODIFIERS]!, m[NOUN]!)) return null;
    const count = parseNumberWords(m[NUMBER]!);
    if (count === null || count < MIN_COUNT) return null;
    return affectedValue(count, m[NOUN]!);
  },
  examples: {
    valid: [
      {
        text: "The files of nine patients were found in a dumpster.",
        match: "nine patients",
        value: { count: 9, bound: "exact", unit: "people" },
      },
      {
        text: "roughly thirty thousand customers received letters",
        match: "thirty thousand customers",
        value: { count: 30_000, bound: "exact", unit: "customers" },
      },
      {
        text: "The message board held over half a million accounts with their usernames.",
        match: "half a million accounts",
        value: { count: 500_000, bound: "exact", unit: "accounts" },
      },
      {
        text: "A million users had their passwords reset.",
        match: "A million users",
        value: { count: 1_000_000, unit: "users" },
      },
      {
        text: "the records of two hundred and fifty students",
        match: "two hundred and fifty students",
        value: { count: 250, unit: "people" },
      },
      {
        text: "Twenty-five employees' W-2 forms were emailed to a scammer.",
        match: "Twenty-five employees'",
        value: { count: 25, unit: "people" },
      },
    ],
    invalid: [
      "one customer complained to the regulator",
      "putting millions of customers at risk",
      "tens of thousands of users",
      "a country of fifty million people",
      "one of the customers",
    ],
  },
});
