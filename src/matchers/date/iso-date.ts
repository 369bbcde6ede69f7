// "2024-03-14", "2017-10-03T14:00Z"
import { defineMatcher } from "../../rules/index.js";
import { dateValue, plausibleYear, validDay } from "./_shared.js";

const PATTERN = /(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
const YEAR = 1,
  MONTH = 2,
  DAY = 3;

export default defineMatcher({
  id: "date.iso-date",
  kind: "date",
  description: "An ISO 8601 calendar date, year-month-day with hyphens.",
  pattern: PATTERN,
  extract(m, ctx) {
    const [y, mo, d] = [Number(m[YEAR]), Number(m[MONTH]), Number(m[DAY])];
    if (!validDay(y, mo, d) || !plausibleYear(y, ctx)) return null;
    return dateValue(y, mo, d, false);
  },
  examples: {
    valid: [
      {
        text: "---\npublished: 2024-03-20\n---\nBreach notification filed 2024-03-14 with the regulator.",
        match: "2024-03-14",
        value: { date: "2024-03-14", grain: "day", yearInferred: false, event: "disclosed" },
      },
      {
        text: "---\npublished: 2017-10-05\n---\nThe intrusion was detected at 2017-10-03T14:00Z by the SOC.",
        match: "2017-10-03",
        value: { date: "2017-10-03", grain: "day", event: "detected" },
      },
    ],
    invalid: ["Call 555-2024-03-14 for help.", "Order 2019-13-45 was shipped.", "ISBN 1234-56-78"],
  },
});
