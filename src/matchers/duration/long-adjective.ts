// "two-year-long", "a five-month-long campaign", "an 18-month long intrusion"
import { defineMatcher } from "../../rules/index.js";
import { NUMBER, UNIT, durationValue, isoOf } from "./_shared.js";

const PATTERN = new RegExp(String.raw`\b(${NUMBER})-(${UNIT})[\s-]long\b`, "gi");
const AMOUNT = 1,
  UNIT_WORD = 2;

export default defineMatcher({
  id: "duration.long-adjective",
  kind: "duration",
  description: "A compound adjective of length: 'two-year-long', 'five-month long'.",
  pattern: PATTERN,
  triggers: ["long"],
  extract(m, ctx) {
    if (/^an?$/i.test(m[AMOUNT]!)) return null; // "a-year-long" is not written
    return durationValue(isoOf(m[AMOUNT]!, m[UNIT_WORD]!), ctx, m.index, m.index + m[0].length);
  },
  examples: {
    valid: [
      {
        text: "Investigators described a two-year-long campaign against the bank.",
        match: "two-year-long",
        value: { iso: "P2Y", bound: "exact", event: "other" },
      },
      {
        text: "The five-month-long intrusion went unnoticed by the retailer.",
        match: "five-month-long",
        value: { iso: "P5M", event: "undetected" },
      },
      {
        text: "An 18-month long breach exposed patient records.",
        match: "18-month long",
        value: { iso: "P18M", event: "access" },
      },
    ],
    invalid: [
      "The company unveiled a five-year plan.",
      "A months-long investigation followed.",
      "A year-long review found no misuse.",
    ],
  },
});
