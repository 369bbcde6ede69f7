// "May 3", "Oct. 15", "July 31st": a day without a year, which the document's date supplies
import { defineMatcher } from "../../rules/index.js";
import { MONTH, dateValue, inferYear, monthOf, reference, validDay } from "./_shared.js";

const PATTERN = new RegExp(
  String.raw`\b(${MONTH})\s{1,3}(\d{1,2})(?:st|nd|rd|th)?\b(?![,\s]{0,3}\d|[.:/-]\d|\s{0,2}%)`,
  "g",
);
const MONTH_WORD = 1,
  DAY = 2;

export default defineMatcher({
  id: "date.month-day",
  kind: "date",
  description: "A month name and a day with no year; the year comes from the document's date.",
  pattern: PATTERN,
  triggers: [":month"],
  extract(m, ctx) {
    const ref = reference(ctx);
    const mo = monthOf(m[MONTH_WORD]!);
    const d = Number(m[DAY]);
    if (ref === null || mo === null) return null; // no anchor, no claim
    const y = inferYear(ref, mo, d);
    if (!validDay(y, mo, d)) return null;
    return dateValue(y, mo, d, true);
  },
  examples: {
    valid: [
      {
        text: "Thursday, Mar 14, 2024\n\nThe intrusion, which investigators believe began as early as Oct. 9, was found by an outside auditor.",
        match: "Oct. 9",
        value: { date: "2023-10-09", grain: "day", yearInferred: true, event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "---\npublished: 2018-02-12\n---\nThe clinic became aware of the missing laptop on Nov. 20 after a tip.",
        match: "Nov. 20",
        value: { date: "2017-11-20", grain: "day", yearInferred: true, event: "other" },
        refined: { event: "detected" },
      },
      {
        text: "---\npublished: 2019-08-02\n---\nThe retailer said it notified customers on July 31st.",
        match: "July 31st",
        value: { date: "2019-07-31", yearInferred: true, event: "other" },
        refined: { event: "disclosed" },
      },
    ],
    invalid: [
      "Investigators said the intrusion began as early as Oct. 9 and went unnoticed.",
      "Thursday, Mar 14, 2024\n\nIn May 2019 the firm grew.",
      "Thursday, Mar 14, 2024\n\nSales were up 12 percent and May 5% lower.",
      "Thursday, Mar 14, 2024\n\nThe company may 24 hours later respond.",
    ],
  },
});
