// "31.10.2019", "04-02-2019", "10-31-2019": a numeric date with dots or hyphens and the year
// last. Dots are written day first; hyphens either way, so an order only the document can
// settle ("04-02-2019") follows its dateline or country, or keeps the year alone.
import { defineMatcher } from "../../rules/index.js";
import { dayAndMonth, fullYear } from "./_forms.js";
import { dateValue, plausibleYear, validDay } from "./_shared.js";

const PATTERN = /(?<![\d/.:$£€-])(\d{1,2})([.-])(\d{1,2})\2(\d{4}|\d\d)(?![\d%]|[/.-]\d)/g;
/** Version numbers are no dates: "version 1.10.2019". */
const VERSION_BEFORE = /\b(?:v|ver\.?|version|build|release|firmware)\s{0,2}$/i;

export default defineMatcher({
  id: "date.numeric-dmy",
  kind: "date",
  description:
    "A numeric date with dots or hyphens and the year last; an unsettled order keeps the year.",
  triggers: [":digit"],
  pattern: PATTERN,
  extract(m, ctx) {
    if (VERSION_BEFORE.test(ctx.sentence.text.slice(Math.max(0, m.index - 12), m.index)))
      return null;
    const [a, b] = [Number(m[1]), Number(m[3])];
    // A two-digit year only where the numbers themselves settle the order ("10-31-74").
    if (m[4]!.length === 2 && a <= 12 && b <= 12) return null;
    const y = fullYear(m[4]!, ctx);
    if (!plausibleYear(y, ctx) || a < 1 || b < 1 || a > 31 || b > 31) return null;
    const md = dayAndMonth(a, b, ctx, m[2] === "." ? "day" : null);
    if (md === null) return dateValue(y, null, null, false);
    if (!validDay(y, md.m, md.d)) return null;
    return dateValue(y, md.m, md.d, false);
  },
  examples: {
    valid: [
      {
        text: "The breach was discovered on 31.10.2019 by the hospital.",
        match: "31.10.2019",
        value: { date: "2019-10-31", grain: "day", yearInferred: false, event: "other" },
        refined: { event: "detected" },
      },
      {
        text: "The attack began on 10-31-2019, the company said.",
        match: "10-31-2019",
        value: { date: "2019-10-31", grain: "day", event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "The attack began on 04-02-2019, the company said.",
        match: "04-02-2019",
        value: { date: "2019", grain: "year", event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "The tapes went missing on 10-31-74, the archive said.",
        match: "10-31-74",
        value: { date: "1974-10-31", grain: "day", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "The Ohio clinic said the files were stolen on 04-02-2019.",
        match: "04-02-2019",
        value: { date: "2019-04-02", grain: "day", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "The Birmingham clinic in England said the files were stolen on 04-02-2019.",
        match: "04-02-2019",
        value: { date: "2019-02-04", grain: "day", event: "other" },
        refined: { event: "breach" },
      },
    ],
    invalid: [
      "Call 555-12-2019 for help.",
      "The scores were 45-50-2019 in the table.",
      "Version 1.10.2019 of the app shipped.",
      "The vote was 10-11-12 in the end.",
    ],
  },
});
