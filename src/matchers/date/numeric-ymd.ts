// "2019/04/02", "2019.04.02", "2019-4-2": a numeric date written year first (always then month,
// then day), with slashes, dots, or hyphens without padding.
import { defineMatcher } from "../../rules/index.js";
import { dateValue, plausibleYear, validDay } from "./_shared.js";

const PATTERN = /(?<![\d/.:-])(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?![\d%]|[/.-]\d)/g;
/** Version numbers are no dates: "version 2019.04.02", "v2019.4.1". */
const VERSION_BEFORE = /\b(?:v|ver\.?|version|build|release|firmware)\s{0,2}$/i;

export default defineMatcher({
  id: "date.numeric-ymd",
  kind: "date",
  description: "A numeric date written year first with slashes, dots or unpadded hyphens.",
  triggers: [":digit"],
  pattern: PATTERN,
  extract(m, ctx) {
    // Padded with hyphens, it is an ISO date (date.iso-date reads it).
    if (m[2] === "-" && m[3]!.length === 2 && m[4]!.length === 2) return null;
    if (VERSION_BEFORE.test(ctx.sentence.text.slice(Math.max(0, m.index - 12), m.index)))
      return null;
    const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (!validDay(y, mo, d) || !plausibleYear(y, ctx)) return null;
    return dateValue(y, mo, d, false);
  },
  examples: {
    valid: [
      {
        text: "The intrusion was detected on 2019/04/02 by the security team.",
        match: "2019/04/02",
        value: { date: "2019-04-02", grain: "day", yearInferred: false, event: "other" },
        refined: { event: "detected" },
      },
      {
        text: "Customers were notified on 2019.04.02 by letter.",
        match: "2019.04.02",
        value: { date: "2019-04-02", grain: "day", event: "other" },
        refined: { event: "disclosed" },
      },
      {
        text: "The breach began on 2019-4-2, the company said.",
        match: "2019-4-2",
        value: { date: "2019-04-02", grain: "day", event: "other" },
        refined: { event: "breach_start" },
      },
    ],
    invalid: [
      "Upgrade to version 2019.04.02 now.",
      "The ISO form 2019-04-02 is read elsewhere.",
      "The range 2019/13/45 is no date.",
      "Address 2019.4.2.1 was scanned.",
    ],
  },
});
