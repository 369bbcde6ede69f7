// "between 1 and 15 March 2023", "from 3 to 9 June 2021": the first day of a range that shares
// its month and year with the second (the second is date.day-month-year's)
import { defineMatcher } from "../../rules/index.js";
import { MONTH, dateValue, monthOf, plausibleYear, validDay } from "./_shared.js";

const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
const PATTERN = new RegExp(
  String.raw`\b(?:[Bb]etween|[Ff]rom)\s{1,3}(\d{1,2})${ORDINAL}\s{1,3}(?:and|to|until|through)\s{1,3}(\d{1,2})${ORDINAL}\s{1,3}(?:of\s{1,3})?(${MONTH}),?\s{1,3}(\d{4})\b(?![-/.,]\d)`,
  "g",
);
const FIRST = 1,
  SECOND = 2,
  MONTH_WORD = 3,
  YEAR = 4;

export default defineMatcher({
  id: "date.day-range",
  kind: "date",
  description: "The first day of a range of days in one month: 'between 1 and 15 March 2023'.",
  pattern: PATTERN,
  triggers: [":month"],
  extract(m, ctx) {
    const mo = monthOf(m[MONTH_WORD]!);
    const d = Number(m[FIRST]);
    const y = Number(m[YEAR]);
    if (mo === null || !plausibleYear(y, ctx) || !validDay(y, mo, d)) return null;
    if (!validDay(y, mo, Number(m[SECOND])) || Number(m[SECOND]) <= d) return null;
    const start = m[0].indexOf(m[FIRST]!) + m.index;
    const end = start + m[FIRST]!.length;
    return [{ value: dateValue(y, mo, d, false), start, end }];
  },
  examples: {
    valid: [
      {
        text: "Unauthorised access to the payroll system occurred between 1 and 15 March 2023, the retailer said.",
        match: "1",
        value: { date: "2023-03-01", grain: "day", yearInferred: false, event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "The council said staff emailed the spreadsheet to the wrong list from 3 to 9 June 2021.",
        match: "3",
        value: { date: "2021-06-03", grain: "day", event: "other" },
      },
    ],
    invalid: [
      "Between 15 and 1 March 2023 makes no sense.",
      "Between 5 and 10 of the 40 servers were affected in March 2023.",
      "The store opens between 9 and 5 on weekdays.",
    ],
  },
});
