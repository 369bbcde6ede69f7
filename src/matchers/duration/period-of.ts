// "over a period of 18 months", "over a 22-month period", "a 24-hour period", "the course of two years"
import { defineMatcher } from "../../rules/index.js";
import { FILLER, NUMBER, UNIT, durationValue, isoOf } from "./_shared.js";
import { SPAN_UNITS } from "../../lexicon/dates.js";

const PATTERN = new RegExp(
  String.raw`\b(?:(?:period|span|course)\s{1,3}of\s{1,3}${FILLER}?(${NUMBER})\s{1,3}(${UNIT})|(?:a|an)\s{1,3}(${NUMBER})[\s-]{1,2}(${UNIT})\s{1,3}(?:period|span|window|stretch|timeframe|time frame))\b`,
  "gi",
);
const AMOUNT = 1,
  UNIT_WORD = 2,
  AMOUNT_BEFORE = 3,
  UNIT_BEFORE = 4;

export default defineMatcher({
  id: "duration.period-of",
  kind: "duration",
  description: "A period named with its length: 'a period of 18 months', 'a 22-month period'.",
  pattern: PATTERN,
  triggers: Object.keys(SPAN_UNITS),
  extract(m, ctx) {
    const iso = m[AMOUNT]
      ? isoOf(m[AMOUNT], m[UNIT_WORD]!)
      : isoOf(m[AMOUNT_BEFORE]!, m[UNIT_BEFORE]!);
    return durationValue(iso, ctx, m.index, m.index + m[0].length);
  },
  examples: {
    valid: [
      {
        text: "The former employee extracted data over a period of 18 months.",
        match: "period of 18 months",
        value: { iso: "P18M", bound: "exact", event: "other" },
        refined: { event: "access" },
      },
      {
        text: "The insurer failed to detect 9 separate break-ins over a 15-month period.",
        match: "a 15-month period",
        value: { iso: "P15M", event: "other" },
        refined: { event: "undetected" },
      },
      {
        text: "A laptop holding staff records was unaccounted for over a 24-hour period.",
        match: "a 24-hour period",
        value: { iso: "P1D", event: "other" },
      },
      {
        text: "Statements were posted to the wrong homes over an eight-day period.",
        match: "an eight-day period",
        value: { iso: "P8D" },
      },
    ],
    invalid: [
      "The regulator issued fines totalling £4 million in the past three years.",
      "Customers get identity protection for a period of two years.",
      "The company will retain records for a period of seven years.",
      "Over an extended period, data was extracted.",
    ],
  },
});
