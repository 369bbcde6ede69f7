// "392 of its clients", "4.7 million of the 9 million registered users",
// "up to 31 million of its user IDs": the part is the count, the noun comes after the whole.
import { NUMBER_SOURCE, parseNumber } from "../../lexicon/numbers.js";
import { defineMatcher } from "../../rules/index.js";
import { affectedValue, HEAD_SOURCE, modifiers, NOT_BEFORE, notAffected } from "./_phrase.js";

const PATTERN = new RegExp(
  String.raw`${NOT_BEFORE}(${NUMBER_SOURCE})\s+of\s+(?:the|its|their|our|his|her)\s+(?:(?:${NUMBER_SOURCE})\s+)?(${modifiers(3)})${HEAD_SOURCE}`,
  "gi",
);
const NUMBER = 1;
const MODIFIERS = 2;
const NOUN = 3;

export default defineMatcher({
  id: "affected.partitive",
  kind: "affected",
  description:
    "A number, then 'of its / of the' and a people noun: the part of a whole that was hit.",
  pattern: PATTERN,
  triggers: [":digit"],
  extract(m, { sentence }) {
    if (notAffected(sentence.text, m.index, m[NUMBER]!, m[MODIFIERS]!, m[NOUN]!)) return null;
    return affectedValue(parseNumber(m[NUMBER]!), m[NOUN]!);
  },
  examples: {
    valid: [
      {
        text: "The salon mailed a newsletter to 392 of its clients in the open CC field.",
        match: "392 of its clients",
        value: { count: 392, bound: "exact", unit: "customers" },
      },
      {
        text: "account data of 4.7 million of the 9 million registered users was taken",
        match: "4.7 million of the 9 million registered users",
        value: { count: 4_700_000, unit: "users" },
      },
      {
        text: "the firm feared that up to 31 million of its user IDs could have leaked",
        match: "31 million of its user IDs",
        value: { count: 31_000_000, bound: "exact", unit: "accounts" },
      },
    ],
    invalid: [
      "20 percent of its customers",
      "one of its customers",
      "In 2019 of the customers",
      "2,000 of the company's shares",
    ],
  },
});
