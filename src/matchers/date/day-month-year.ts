// "30 November 2019", "1st of March 2021", "12 Feb. 2019"
import { defineMatcher } from "../../rules/index.js";
import { MONTH, namedMonthDate, YEAR_END } from "./_shared.js";

const PATTERN = new RegExp(
  String.raw`(?<![\d.,/])\b(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?(${MONTH}),?\s{1,3}(\d{4})${YEAR_END}(?![-/.,]\d)`,
  "g",
);
const GROUPS = { day: 1, month: 2, year: 3 };

export default defineMatcher({
  id: "date.day-month-year",
  kind: "date",
  description: "A day, a month name and a four-digit year, in the European order.",
  pattern: PATTERN,
  triggers: [":month"],
  extract: (m, ctx) => namedMonthDate(m, ctx, GROUPS),
  examples: {
    valid: [
      {
        text: "---\npublished: 2024-03-20\n---\nThe company announced on 14 March 2024 that 4,000 customers were affected.",
        match: "14 March 2024",
        value: { date: "2024-03-14", grain: "day", yearInferred: false, event: "other" },
        refined: { event: "disclosed" },
      },
      {
        text: "---\npublished: 2021-04-01\n---\nThe attackers gained entry on the 1st of March 2021, investigators said.",
        match: "1st of March 2021",
        value: { date: "2021-03-01", grain: "day" },
      },
      {
        text: "---\npublished: 2020-10-17\n---\nThe ICO fined the airline on 16 October 2020.",
        match: "16 October 2020",
        value: { date: "2020-10-16", event: "other" },
        refined: { event: "penalty" },
      },
    ],
    invalid: [
      "The data of 30 November users was taken.",
      "It holds 12 May 20 records.",
      "On 31 April 2020 nothing happened.",
    ],
  },
});
