// "2019-06": a year and a padded month with a hyphen. "2011-12" is a span of years (a fiscal
// year, a season) when the second number can be the next year's last two digits: not read.
import { defineMatcher } from "../../rules/index.js";
import { dateValue, plausibleYear } from "./_shared.js";

const PATTERN = /(?<![\d/.:-])((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![\d-]|[.:/]\d|\s{0,2}%)/g;

export default defineMatcher({
  id: "date.iso-month",
  kind: "date",
  description: "A year and a padded month joined by a hyphen (2019-06), not a span of years.",
  triggers: [":digit"],
  pattern: PATTERN,
  extract(m, ctx) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo > y % 100 || !plausibleYear(y, ctx)) return null;
    return dateValue(y, mo, null, false);
  },
  examples: {
    valid: [
      {
        text: "The company said the breach began on 2019-06.",
        match: "2019-06",
        value: { date: "2019-06", grain: "month", yearInferred: false, event: "other" },
        refined: { event: "breach_start" },
      },
    ],
    invalid: [
      "Revenue for fiscal 2011-12 fell.",
      "The 2005-06 season was long.",
      "Call 2019-06-1234 now.",
      "Order 2019-13 shipped.",
    ],
  },
});
