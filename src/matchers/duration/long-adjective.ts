// "two-year-long", "a five-month-long campaign", "an 18-month long intrusion", "a 3-month
// investigation"
import { defineMatcher } from "../../rules/index.js";
import { NUMBER, UNIT, durationValue, isoOf } from "./_shared.js";

/** Nouns a bare "3-month" describes as a span: "a 3-month investigation", "a 40-day outage". */
const SPAN_NOUN_WORDS = [
  "investigation",
  "probe",
  "inquiry",
  "outage",
  "intrusion",
  "breach",
  "attack",
  "campaign",
  "disruption",
  "shutdown",
  "operation",
  "delay",
];
const SPAN_NOUNS = `(?:${SPAN_NOUN_WORDS.join("|")})`;
const PATTERN = new RegExp(
  String.raw`\b(${NUMBER})-(${UNIT})(?:[\s-]long\b|(?=\s{1,3}(?:[\w-]+\s{1,3})?${SPAN_NOUNS}\b))`,
  "gi",
);
const AMOUNT = 1,
  UNIT_WORD = 2;

export default defineMatcher({
  id: "duration.long-adjective",
  kind: "duration",
  description:
    "A compound adjective of length: 'two-year-long', 'five-month long', 'a 3-month investigation'.",
  pattern: PATTERN,
  triggers: ["long", ...SPAN_NOUN_WORDS],
  extract(m, ctx) {
    if (/^an?$/i.test(m[AMOUNT]!)) return null; // "a-year-long" is not written
    return durationValue(isoOf(m[AMOUNT]!, m[UNIT_WORD]!), ctx, m.index, m.index + m[0].length);
  },
  examples: {
    valid: [
      {
        text: "The fine followed a 4-month joint investigation by the two regulators.",
        match: "4-month",
        value: { iso: "P4M", bound: "exact", event: "other" },
      },
      {
        text: "Investigators described a two-year-long campaign against the bank.",
        match: "two-year-long",
        value: { iso: "P2Y", bound: "exact", event: "other" },
      },
      {
        text: "The five-month-long intrusion went unnoticed by the retailer.",
        match: "five-month-long",
        value: { iso: "P5M", event: "other" },
        refined: { event: "undetected" },
      },
      {
        text: "An 18-month long breach exposed patient records.",
        match: "18-month long",
        value: { iso: "P18M", event: "other" },
        refined: { event: "access" },
      },
    ],
    invalid: [
      "The company unveiled a five-year plan.",
      "A months-long investigation followed.",
      "A year-long review found no misuse.",
    ],
  },
});
