// "7/2023", "04/2019": a month and year with a slash, as incident records write them
import { defineMatcher } from "../../rules/index.js";
import { dateValue, plausibleYear } from "./_shared.js";

const PATTERN = /(?<![\d/.:$£€-])(\d{1,2})\/(\d{4})(?![\d/]|\.\d)/g;
const MONTH = 1,
  YEAR = 2;

export default defineMatcher({
  id: "date.numeric-month-year",
  kind: "date",
  description: "A month number and a four-digit year separated by a slash.",
  pattern: PATTERN,
  triggers: [":digit"],
  extract(m, ctx) {
    const mo = Number(m[MONTH]);
    const y = Number(m[YEAR]);
    if (mo < 1 || mo > 12 || !plausibleYear(y, ctx)) return null;
    return dateValue(y, mo, null, false);
  },
  examples: {
    valid: [
      {
        text: '"category": "Hacking",\n"date": "7/2023",\n"records": "1200",',
        match: "7/2023",
        value: { date: "2023-07", grain: "month", yearInferred: false, event: "other" },
      },
      {
        text: "The intrusion was discovered in 03/2019 during an audit.",
        match: "03/2019",
        value: { date: "2019-03", grain: "month", event: "other" },
        refined: { event: "detected" },
      },
    ],
    invalid: [
      "The drive held 24/7 footage of 1/1000 samples.",
      "It scored 13/2020 on the test.",
      "Visit example.com/7/2023/story for details.",
    ],
  },
});
