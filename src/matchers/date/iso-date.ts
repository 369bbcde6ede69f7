// "2024-03-14", "2017-10-03T14:00Z", and the same order with dots or slashes ("2024.03.14",
// "2024/03/14", as East Asian sites print it)
import { defineMatcher } from "../../rules/index.js";
import { dateValue, plausibleYear, validDay } from "./_shared.js";

const PATTERN =
  /(?<![\d/.-])(\d{4})(?:-(\d{2})-(\d{2})(?![\d-])|\.(\d{2})\.(\d{2})(?!\d|\.\d)|\/(\d{2})\/(\d{2})(?![\d/]))/g;
const YEAR = 1;
/** The month and day groups of each separator: hyphens, dots, slashes. */
const GROUPS = [
  [2, 3],
  [4, 5],
  [6, 7],
] as const;

export default defineMatcher({
  id: "date.iso-date",
  kind: "date",
  description: "A calendar date year-month-day, with hyphens (ISO 8601), dots or slashes.",
  pattern: PATTERN,
  triggers: [":digit"],
  extract(m, ctx) {
    const [mg, dg] = GROUPS.find(([g]) => m[g] !== undefined)!;
    const [y, mo, d] = [Number(m[YEAR]), Number(m[mg]), Number(m[dg])];
    if (!validDay(y, mo, d) || !plausibleYear(y, ctx)) return null;
    return dateValue(y, mo, d, false);
  },
  examples: {
    valid: [
      {
        text: "---\npublished: 2024-03-20\n---\nBreach notification filed 2024-03-14 with the regulator.",
        match: "2024-03-14",
        value: { date: "2024-03-14", grain: "day", yearInferred: false, event: "other" },
        refined: { event: "disclosed" },
      },
      {
        text: "---\npublished: 2017-10-05\n---\nThe intrusion was detected at 2017-10-03T14:00Z by the SOC.",
        match: "2017-10-03",
        value: { date: "2017-10-03", grain: "day", event: "other" },
        refined: { event: "detected" },
      },
      {
        text: "---\npublished: 2023-02-20\n---\nThe carrier reported the leak to the regulator on 2023.02.14, officials said.",
        match: "2023.02.14",
        value: { date: "2023-02-14", grain: "day", event: "other" },
        refined: { event: "disclosed" },
      },
      {
        text: "The intrusion was detected on 2021/11/30 by the security team.",
        match: "2021/11/30",
        value: { date: "2021-11-30", grain: "day", event: "other" },
        refined: { event: "detected" },
      },
    ],
    invalid: [
      "Call 555-2024-03-14 for help.",
      "Order 2019-13-45 was shipped.",
      "ISBN 1234-56-78",
      "Version 2023.02.14.1 of the app fixed it.",
      "The path 2023/02/14/index was removed.",
    ],
  },
});
