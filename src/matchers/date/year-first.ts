// "2019 April 2", "2019 Apr 2nd", "2019 April": the year written before the month (and day).
import { defineMatcher } from "../../rules/index.js";
import { MONTH, dateValue, monthOf, plausibleYear, validDay } from "./_shared.js";

const PATTERN = new RegExp(
  String.raw`(?<![\d/.,-])\b((?:19|20)\d\d),?\s{1,3}(${MONTH})(?:\s{1,3}(\d{1,2})(?:st|nd|rd|th)?\b)?(?![-/.,:]?\d|\s{0,2}%)`,
  "g",
);

export default defineMatcher({
  id: "date.year-first",
  kind: "date",
  description: "A four-digit year, then a month name, then perhaps a day (2019 April 2).",
  triggers: [":month"],
  pattern: PATTERN,
  extract(m, ctx) {
    const y = Number(m[1]);
    const mo = monthOf(m[2]!);
    const d = m[3] ? Number(m[3]) : null;
    if (mo === null || !plausibleYear(y, ctx)) return null;
    if (d !== null && !validDay(y, mo, d)) return null;
    // "in 2019 May …" with no day: "May" may be the verb of the next clause.
    if (d === null && /^may\b/i.test(m[2]!)) return null;
    return dateValue(y, mo, d, false);
  },
  examples: {
    valid: [
      {
        text: "The attackers first accessed the servers on 2019 April 2, the filing says.",
        match: "2019 April 2",
        value: { date: "2019-04-02", grain: "day", yearInferred: false, event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "The breach was discovered in 2019 Apr by an auditor.",
        match: "2019 Apr",
        value: { date: "2019-04", grain: "month", event: "other" },
        refined: { event: "detected" },
      },
    ],
    invalid: [
      "In 2019 May be the year we fix this.",
      "Between 2018-2019 June sales fell.",
      "The 2019 Apr 31 entry was wrong.",
    ],
  },
});
