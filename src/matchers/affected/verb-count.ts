// A count with no noun after a verb of harm or notice, or a running total:
// "impacting 52,076.", "notified 3,641 (1 deceased)", "affecting more than 300,000,",
// "bringing the total to over 22M."
import { NUMBER_SOURCE, parseNumber } from "../../lexicon/numbers.js";
import { defineMatcher } from "../../rules/index.js";
import { notAffected } from "./_phrase.js";

const VERB = String.raw`(?:affect(?:ed|ing|s)?|impact(?:ed|ing|s)?|notif(?:ied|ying|ies|y)|expos(?:ed|es|ing)|compromis(?:ed|es|ing)|the\s+total(?:\s+[a-z]+){0,5}?\s+to)`;
const HEDGE = String.raw`(?:(?:about|approximately|around|roughly|some|nearly|almost|over|more\s+than|up\s+to|at\s+least|an\s+estimated)\s+)?`;
/** The number ends the phrase: punctuation, or a preposition that starts a new one. */
const END = String.raw`(?=\s*(?:[.,;:()]|$)|\s+(?:in|when|after|since|across|between|from|as|and|so\s+far)\b)`;

const PATTERN = new RegExp(String.raw`\b${VERB}\s+${HEDGE}(${NUMBER_SOURCE})${END}`, "gi");
const NUMBER = 1;

export default defineMatcher({
  id: "affected.verb-count",
  kind: "affected",
  description:
    "A bare count after affected / impacted / notified / exposed, or after 'the total ... to'.",
  pattern: PATTERN,
  triggers: [":digit"],
  extract(m, { sentence }) {
    const number = m[NUMBER]!;
    const start = m.index + m[0].length - number.length;
    if (notAffected(sentence.text, start, number, "")) return null;
    const count = parseNumber(number);
    if (count === null || !Number.isInteger(count) || count <= 0) return null;
    return [{ value: { count, bound: "exact", unit: "other" }, start, end: start + number.length }];
  },
  examples: {
    valid: [
      {
        text: "The clinic's breach was listed with HHS as impacting 41,318.",
        match: "41,318",
        value: { count: 41_318, bound: "exact", unit: "other" },
      },
      {
        text: "The agency notified 3,641 (1 deceased) of the disclosure.",
        match: "3,641",
        value: { count: 3641 },
      },
      {
        text: "A further 9M were added in July, bringing the total to over 22M.",
        match: "22M",
        value: { count: 22_000_000, bound: "exact" },
      },
      {
        text: "another 40k rows surfaced later, bringing the total size of the leak to 95k.",
        match: "95k",
        value: { count: 95_000 },
      },
    ],
    invalid: [
      "The outage affected 3 states.",
      "It affected 20% of stores.",
      "exposed 13GB of data",
      "impacted in 2019, the firm said",
      "the total cost rose to $5 million.",
    ],
  },
});
