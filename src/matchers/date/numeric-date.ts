// "7/29/2017", "10/03/2017", "29/07/2017" (day first only when the first number is over 12),
// "06/15/11" (a two-digit year: 70–99 → 19xx, else 20xx)
import { defineMatcher } from "../../rules/index.js";
import { dateValue, plausibleYear, validDay } from "./_shared.js";

const PATTERN = /(?<![\d/.:$£€-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/]|\.\d)/g;
const FIRST = 1,
  SECOND = 2,
  YEAR = 3;

export default defineMatcher({
  id: "date.numeric-date",
  kind: "date",
  description: "A numeric date with slashes, month first unless the first number cannot be one.",
  pattern: PATTERN,
  triggers: [":digit"],
  extract(m, ctx) {
    const a = Number(m[FIRST]);
    const b = Number(m[SECOND]);
    const written = Number(m[YEAR]);
    const y = m[YEAR]!.length === 2 ? (written >= 70 ? 1900 : 2000) + written : written;
    const [mo, d] = a > 12 ? [b, a] : [a, b];
    if (!validDay(y, mo, d) || !plausibleYear(y, ctx)) return null;
    return dateValue(y, mo, d, false);
  },
  examples: {
    valid: [
      {
        text: "The laptop was stolen from an employee's car on 7/29/2017.",
        match: "7/29/2017",
        value: { date: "2017-07-29", grain: "day", yearInferred: false, event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "Letters were mailed to patients on 29/07/2017.",
        match: "29/07/2017",
        value: { date: "2017-07-29", grain: "day", event: "other" },
        refined: { event: "disclosed" },
      },
      {
        text: "Incident Update 06/15/11: Due to the number of individuals affected, letters were mailed.",
        match: "06/15/11",
        value: { date: "2011-06-15", grain: "day", yearInferred: false },
      },
    ],
    invalid: [
      "The score was 4/5/2000000 in the table.",
      "Support is available 24/7/365.",
      "The vote was 3/4/5 in favour.",
      "See https://example.com/12/13/2019/page",
      "A ratio of 1/2/3 was used.",
    ],
  },
});
