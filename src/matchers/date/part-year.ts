// "Early 2025, …", "Late-2019 saw …": a part word before a year makes it a date by itself, with
// no preposition before it (date.year reads "in early 2025").
import { PART_WORDS } from "../../lexicon/dates.js";
import { defineMatcher } from "../../rules/index.js";
import { alternation, dateValue, plausibleYear } from "./_shared.js";

const PATTERN = new RegExp(
  String.raw`\b(?:${alternation(PART_WORDS)})[\s-]{1,2}((?:19[7-9]|20\d)\d)\b(?![-/.,:]\d|'s\b|s\b)`,
  "gi",
);

export default defineMatcher({
  id: "date.part-year",
  kind: "date",
  description: "A part word (early, mid, late, a season) and a four-digit year, with no lead word.",
  triggers: [":digit"],
  pattern: PATTERN,
  extract(m, ctx) {
    const y = Number(m[1]);
    if (!plausibleYear(y, ctx)) return null;
    return dateValue(y, null, null, false);
  },
  examples: {
    valid: [
      {
        text: "Early 2025, attackers stole the records of 40,000 customers.",
        match: "Early 2025",
        value: { date: "2025", grain: "year", yearInferred: false, event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "The company said the breach began mid-2019.",
        match: "mid-2019",
        value: { date: "2019", grain: "year", event: "other" },
        refined: { event: "breach_start" },
      },
    ],
    invalid: [
      "Late 1990s systems were hit.",
      "The early 2025-26 budget was cut.",
      "Summer 2150 plans.",
    ],
  },
});
