// "last month", "last year", "earlier this year", "late last year", "yesterday": anchored on the
// document's own date; with no date, no claim
import { RELATIVE_DATES } from "../../lexicon/dates.js";
import { defineMatcher } from "../../rules/index.js";
import { PART, alternation, dateValue, reference } from "./_shared.js";

const PATTERN = new RegExp(
  String.raw`\b(?:${PART})?(${alternation(Object.keys(RELATIVE_DATES))})\b(?!'s\s+(?:report|survey|study))`,
  "gi",
);
const PHRASE = 1;

export default defineMatcher({
  id: "date.relative",
  kind: "date",
  description: "A date relative to the document's date: last month, last year, earlier this year.",
  pattern: PATTERN,
  triggers: ["year", "month", "yesterday"],
  extract(m, ctx) {
    const ref = reference(ctx);
    if (ref === null) return null; // no anchor, no claim
    const rel = RELATIVE_DATES[m[PHRASE]!.toLowerCase().replace(/\s+/g, " ")];
    if (!rel) return null;
    if (rel.grain === "year") {
      return dateValue(ref.y + rel.offset, null, null, true);
    }
    if (ref.m === null) return null;
    if (rel.grain === "month") {
      const index = ref.y * 12 + (ref.m - 1) + rel.offset;
      return dateValue(Math.floor(index / 12), (index % 12) + 1, null, true);
    }
    if (ref.d === null) return null;
    const day = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + rel.offset));
    return dateValue(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), true);
  },
  examples: {
    valid: [
      {
        text: "---\npublished: 2024-01-15\n---\nThe retailer disclosed the breach last month.",
        match: "last month",
        value: { date: "2023-12", grain: "month", yearInferred: true, event: "other" },
        refined: { event: "disclosed" },
      },
      {
        text: "---\npublished: 2013-11-20\n---\nAn intrusion at the dating service earlier this year exposed 42 million records.",
        match: "earlier this year",
        value: { date: "2013", grain: "year", yearInferred: true, event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "---\npublished: 2015-03-02\n---\nThe data breach occurred late last year, the company said.",
        match: "late last year",
        value: { date: "2014", grain: "year", yearInferred: true, event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "---\npublished: 2020-03-01\n---\nThe hospital notified patients yesterday.",
        match: "yesterday",
        value: { date: "2020-02-29", grain: "day", yearInferred: true, event: "other" },
        refined: { event: "disclosed" },
      },
    ],
    invalid: [
      "The ride-hailing company said the breach occurred last year.",
      "---\npublished: 2020-03-01\n---\nThe firm said it is reviewing last week's logs now and today.",
    ],
  },
});
