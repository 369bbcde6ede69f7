// A count after its noun, as a tally: "Home Care patients (23 total)", "members, 1,400 in
// total,". The noun before names what is counted; the count is the total (summary/total.ts).
import { NUMBER_SOURCE, parseNumber } from "../../lexicon/numbers.js";
import { defineMatcher } from "../../rules/index.js";
import { affectedValue, HEAD_SOURCE } from "./_phrase.js";

const HEDGE = String.raw`(?:(?:about|approximately|around|roughly|some|nearly|almost|over|more\s+than|at\s+least)\s+)?`;
const PATTERN = new RegExp(
  String.raw`${HEAD_SOURCE}(?:\s*\(\s*|,\s+)${HEDGE}(${NUMBER_SOURCE})\s+(?:total|in\s+total|in\s+all|altogether)\b`,
  "gi",
);
const NOUN = 1;
const NUMBER = 2;

export default defineMatcher({
  id: "affected.noun-total",
  kind: "affected",
  description:
    "A people or record noun, then its tally in parentheses or after a comma: 'patients (23 total)'.",
  pattern: PATTERN,
  triggers: ["total", "all", "altogether"],
  extract(m) {
    const number = m[NUMBER]!;
    const value = affectedValue(parseNumber(number), m[NOUN]!);
    if (!value) return null;
    const at = m[0].lastIndexOf(number);
    return [{ value, start: m.index + at, end: m.index + at + number.length }];
  },
  examples: {
    valid: [
      {
        text: "The folder held consent forms for Home Care patients (23 total) with full names.",
        match: "23",
        value: { count: 23, bound: "exact", unit: "people" },
      },
      {
        text: "The letters went to members, about 1,400 in total, on Friday.",
        match: "1,400",
        value: { count: 1400, unit: "users" },
        refined: { bound: "approx" },
      },
    ],
    invalid: [
      "patients (see total below)",
      "customers (20% total)",
      "The firm has 20 employees, 3 in total were fired.",
    ],
  },
});
