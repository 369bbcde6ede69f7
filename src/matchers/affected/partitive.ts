// "468 of its clients", "13.2 million of the 18 million registered users",
// "up to 22 million of its user IDs": the part is the count, the noun comes after the whole.
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
        text: "The clinic sent an email out to 468 of its clients without using BCC.",
        match: "468 of its clients",
        value: { count: 468, bound: "exact", unit: "customers" },
      },
      {
        text: "personal information of 13.2 million of the 18 million registered users was stolen",
        match: "13.2 million of the 18 million registered users",
        value: { count: 13_200_000, unit: "users" },
      },
      {
        text: "it suspected that up to 22 million of its user IDs may have been leaked",
        match: "22 million of its user IDs",
        value: { count: 22_000_000, bound: "exact", unit: "accounts" },
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
