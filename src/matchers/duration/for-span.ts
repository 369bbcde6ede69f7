// "for five months", "undetected for five months", "for a full five months", "for nearly a year"
import { defineMatcher } from "../../rules/index.js";
import { FILLER, NUMBER, UNIT, durationValue, isoOf } from "./_shared.js";
import { SPAN_UNITS } from "../../lexicon/dates.js";

const PATTERN = new RegExp(
  String.raw`\b(?:(?:undetected|unnoticed|undiscovered)\s{1,3})?for\s{1,3}${FILLER}?(${NUMBER})[\s-]{1,3}(?:(?:more|full|whole|long|straight|consecutive)\s{1,3})?(${UNIT})\b(?!-)`,
  "gi",
);
const AMOUNT = 1,
  UNIT_WORD = 2;

export default defineMatcher({
  id: "duration.for-span",
  kind: "duration",
  description: "A span after 'for' with a number and a unit: how long something lasted.",
  pattern: PATTERN,
  triggers: Object.keys(SPAN_UNITS),
  extract(m, ctx) {
    const iso = isoOf(m[AMOUNT]!, m[UNIT_WORD]!);
    return durationValue(iso, ctx, m.index, m.index + m[0].length);
  },
  examples: {
    valid: [
      {
        text: "The intrusion, which began in early March, went undetected for seven months.",
        match: "undetected for seven months",
        value: { iso: "P7M", bound: "exact", event: "other" },
        refined: { event: "undetected" },
      },
      {
        text: "The hospital failed to recognise the compromise for a full four months.",
        match: "for a full four months",
        value: { iso: "P4M", event: "other" },
        refined: { event: "undetected" },
      },
      {
        text: "The break-in went unnoticed for one day until an admin rebooted the server.",
        match: "unnoticed for one day",
        value: { iso: "P1D", event: "other" },
        refined: { event: "undetected" },
      },
      {
        text: "The hackers had access to the network for three weeks.",
        match: "for three weeks",
        value: { iso: "P3W", event: "other" },
        refined: { event: "access" },
      },
      {
        text: "Attackers had access to the school district's email system for 11 days.",
        match: "for 11 days",
        value: { iso: "P11D", event: "other" },
        refined: { event: "access" },
      },
      {
        text: "The client files stayed online for nearly a year.",
        match: "for nearly a year",
        value: { iso: "P1Y", event: "other" },
        refined: { event: "access" },
      },
      {
        text: "The file was posted on the town website for 72 hours.",
        match: "for 72 hours",
        value: { iso: "P3D" },
      },
    ],
    invalid: [
      "The attackers were inside the network for months.",
      "Affected customers are offered free credit monitoring for one year.",
      "He was sentenced to probation for one year.",
      "The firm was fined three times in the past five years.",
      "The file sat in a lavatory for 2 hours.",
      "The five-year plan was approved.",
    ],
  },
});
