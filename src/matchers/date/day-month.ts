// "24 June", "15th of October": a day without a year, which the document's date supplies
import { defineMatcher } from "../../rules/index.js";
import { MONTH, dateValue, inferYear, monthOf, reference, validDay } from "./_shared.js";

const PATTERN = new RegExp(
  String.raw`(?<![\d.,/$£€])\b(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?(${MONTH})(?![,\s]{0,3}\d)`,
  "g",
);
const DAY = 1,
  MONTH_WORD = 2;

export default defineMatcher({
  id: "date.day-month",
  kind: "date",
  description: "A day and a month name with no year; the year comes from the document's date.",
  pattern: PATTERN,
  triggers: [":month"],
  extract(m, ctx) {
    const ref = reference(ctx);
    const mo = monthOf(m[MONTH_WORD]!);
    const d = Number(m[DAY]);
    if (ref === null || mo === null || d < 1) return null;
    const y = inferYear(ref, mo, d);
    if (!validDay(y, mo, d)) return null;
    return dateValue(y, mo, d, true);
  },
  examples: {
    valid: [
      {
        text: "---\npublished: 2021-09-01\n---\nThe company discovered the intrusion on 9 June and informed the regulator.",
        match: "9 June",
        value: { date: "2021-06-09", grain: "day", yearInferred: true, event: "other" },
        refined: { event: "detected" },
      },
      {
        text: "---\npublished: 2021-02-01\n---\nThe insurer revealed on the 15th of December that files were taken.",
        match: "15th of December",
        value: { date: "2020-12-15", yearInferred: true, event: "other" },
        refined: { event: "disclosed" },
      },
    ],
    invalid: [
      "The insurer revealed on 15 December that files were taken.",
      "---\npublished: 2021-02-01\n---\nIt said 12 May 2020 was the day.",
      "---\npublished: 2021-02-01\n---\nIt scored 9 out of 10 in May.",
    ],
  },
});
