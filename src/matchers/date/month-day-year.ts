// "Mar 14, 2024", "November 30 2019", "Sept. 7, 2017", "October 3rd, 2017"
import { defineMatcher } from "../../rules/index.js";
import { MONTH, namedMonthDate, YEAR_END } from "./_shared.js";

const PATTERN = new RegExp(
  String.raw`\b(${MONTH})\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})${YEAR_END}(?![-/.,]\d)`,
  "g",
);
const GROUPS = { day: 2, month: 1, year: 3 };

export default defineMatcher({
  id: "date.month-day-year",
  kind: "date",
  description: "A month name, a day and a four-digit year, in the American order.",
  pattern: PATTERN,
  triggers: [":month"],
  extract: (m, ctx) => namedMonthDate(m, ctx, GROUPS),
  examples: {
    valid: [
      {
        text: "Thursday, Mar 14, 2024 9:10 am ET3min read\n\nThe retailer confirmed the breach.",
        match: "Mar 14, 2024",
        value: { date: "2024-03-14", grain: "day", yearInferred: false, event: "other" },
        refined: { event: "published" },
      },
      {
        text: "---\npublished: 2019-06-01\n---\nThe intrusion was discovered on May 14, 2019, when odd logins were noticed.",
        match: "May 14, 2019",
        value: { date: "2019-05-14", grain: "day", event: "other" },
        refined: { event: "detected" },
      },
      {
        text: "---\npublished: 2019-09-25\n---\nThe leak was first reported on Sept. 12, 2019, by the lender.",
        match: "Sept. 12, 2019",
        value: { date: "2019-09-12", grain: "day", event: "other" },
        refined: { event: "disclosed" },
      },
      {
        text: "---\npublished: 2017-08-01\n---\nTwo USB hard drives were stolen from a contract employee on July 18, 2017.",
        match: "July 18, 2017",
        value: { date: "2017-07-18", grain: "day", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "---\npublished: 2024-04-01\n---\nHackers first accessed the network on March 3rd, 2024 through a phishing email.",
        match: "March 3rd, 2024",
        value: { date: "2024-03-03", grain: "day", event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "---\npublished: 2024-01-05\n---\nThe regulator fined the company on December 12, 2023 for the lapse.",
        match: "December 12, 2023",
        value: { date: "2023-12-12", grain: "day", event: "other" },
        refined: { event: "penalty" },
      },
      {
        text: "---\npublished: 2023-05-20\n---\nA researcher alerted the clinic, which secured the database on May 3, 2023.",
        match: "May 3, 2023",
        value: { date: "2023-05-03", grain: "day", event: "other" },
        refined: { event: "breach_end" },
      },
    ],
    invalid: [
      "The meeting is at 9:10 am ET.",
      "Release notes for version 30.2025 were published.",
      "The theft happened on February 30, 2019.",
      "We received a call on Mar 14.",
    ],
  },
});
