// "lasted three weeks", "lasting two months", "spanning 18 months", "a breach lasting nearly a year"
import { defineMatcher } from "../../rules/index.js";
import { FILLER, NUMBER, UNIT, durationValue, isoOf } from "./_shared.js";
import { SPAN_UNITS } from "../../lexicon/dates.js";

const PATTERN = new RegExp(
  String.raw`\b(?:last(?:ed|ing|s)|spann(?:ed|ing)|spans|persist(?:ed|ing))\s{1,3}(?:about\s{1,3}|around\s{1,3})?${FILLER}?(${NUMBER})\s{1,3}(${UNIT})\b`,
  "gi",
);
const AMOUNT = 1,
  UNIT_WORD = 2;

export default defineMatcher({
  id: "duration.lasting",
  kind: "duration",
  description: "A span after a verb of lasting: 'lasted three weeks', 'spanning 18 months'.",
  pattern: PATTERN,
  triggers: Object.keys(SPAN_UNITS),
  extract(m, ctx) {
    return durationValue(isoOf(m[AMOUNT]!, m[UNIT_WORD]!), ctx, m.index, m.index + m[0].length);
  },
  examples: {
    valid: [
      {
        text: "The attack lasted three weeks before it was detected.",
        match: "lasted three weeks",
        value: { iso: "P3W", bound: "exact", event: "other" },
        refined: { event: "undetected" },
      },
      {
        text: "The intrusion, spanning 18 months, gave attackers access to payment systems.",
        match: "spanning 18 months",
        value: { iso: "P18M", event: "other" },
        refined: { event: "access" },
      },
      {
        text: "The intrusion lasted 11 days, during which the attackers copied student grades.",
        match: "lasted 11 days",
        value: { iso: "P11D", event: "other" },
        refined: { event: "access" },
      },
      {
        text: "Investigators said the cyberattack on the water utility lasted four days.",
        match: "lasted four days",
        value: { iso: "P4D", event: "other" },
        refined: { event: "access" },
      },
    ],
    invalid: [
      "The outage lasted hours.",
      "Free credit monitoring lasting two years is offered.",
      "The trial lasted two weeks.",
    ],
  },
});
