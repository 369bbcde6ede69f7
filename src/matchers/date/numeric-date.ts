// "7/29/2017", "29/07/2017", "10/03/2017" (an order only one reading allows, else the
// document's dateline or country, else the year alone),
// "06/15/11" (a two-digit year: 70–99 → 19xx, else 20xx)
import { defineMatcher } from "../../rules/index.js";
import { dayAndMonth } from "./_forms.js";
import { dateValue, plausibleYear, validDay } from "./_shared.js";

const PATTERN = /(?<![\d/.:$£€-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/]|\.\d)/g;
const FIRST = 1,
  SECOND = 2,
  YEAR = 3;

export default defineMatcher({
  id: "date.numeric-date",
  kind: "date",
  description: "A numeric date with slashes, in the order the numbers or the document settle.",
  pattern: PATTERN,
  triggers: [":digit"],
  extract(m, ctx) {
    const a = Number(m[FIRST]);
    const b = Number(m[SECOND]);
    const written = Number(m[YEAR]);
    const y = m[YEAR]!.length === 2 ? (written >= 70 ? 1900 : 2000) + written : written;
    if (!plausibleYear(y, ctx) || a < 1 || b < 1 || a > 31 || b > 31) return null;
    // An order only the document can settle ("4/10/2019") follows its dateline or country, or
    // keeps the year alone.
    const md = dayAndMonth(a, b, ctx);
    if (md === null) return dateValue(y, null, null, false);
    if (!validDay(y, md.m, md.d)) return null;
    return dateValue(y, md.m, md.d, false);
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
        text: "Status Update 09/22/13: Given how many people were affected, notices were posted.",
        match: "09/22/13",
        value: { date: "2013-09-22", grain: "day", yearInferred: false },
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
