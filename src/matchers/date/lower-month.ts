// "14th march, 2019", "march 14, 2019", "14 of march 2019", "april 2019": month names in lower
// case, held by a day and a year (or, for a month that is no ordinary word, a year).
import { defineMatcher } from "../../rules/index.js";
import { LOWER_MONTH, LOWER_SAFE_MONTH } from "./_forms.js";
import type { MatchContext } from "../../rules/index.js";
import {
  dateValue,
  inferYear,
  monthOf,
  plausibleYear,
  reference,
  validDay,
  type DateValue,
} from "./_shared.js";

/** "on march 14", "on the 15th of february": the year comes from the document's date. */
function withoutYear(
  m: RegExpExecArray,
  ctx: MatchContext,
  month: string,
  day: string,
): DateValue | null {
  const ref = reference(ctx);
  const mo = monthOf(month);
  const d = Number.parseInt(day, 10);
  if (ref === null || mo === null) return null; // no anchor, no claim
  const y = inferYear(ref, mo, d);
  if (!validDay(y, mo, d)) return null;
  return dateValue(y, mo, d, true);
}

const END = String.raw`\b(?![-/.,]\d)`;
/** Before a lower-case "may" or "march": a preposition makes it a month ("in march 2019"). */
const LEAD = String.raw`(?<=\b(?:in|on|since|during|by|from|until|till|before|after|of|early|mid|late)[\s-]{1,3})`;
const PATTERN = new RegExp(
  String.raw`(?<![\d.,/])\b(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?(${LOWER_MONTH}),?\s{1,3}(\d{4})${END}|\b(${LOWER_MONTH})\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})${END}|\b(${LOWER_SAFE_MONTH}),?\s{1,3}(?:of\s{1,3})?(\d{4})${END}|${LEAD}(${LOWER_MONTH}),?\s{1,3}(?:of\s{1,3})?(\d{4})${END}|${LEAD}(${LOWER_MONTH})\s{1,3}(\d{1,2})(?:st|nd|rd|th)?\b(?![,\s]{0,3}\d|[.:/-]\d|\s{0,2}%)|${LEAD}(?:the\s{1,3})?(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?(${LOWER_MONTH})(?![,\s]{0,3}\d|[.:/-]\d)`,
  "g",
);

export default defineMatcher({
  id: "date.lower-month",
  kind: "date",
  description:
    'A month name in lower case with a day and a year, or a year alone ("may" and "march" after a preposition).',
  triggers: [":month"],
  pattern: PATTERN,
  extract(m, ctx) {
    if (m[11]) return withoutYear(m, ctx, m[11], m[12]!);
    if (m[14]) return withoutYear(m, ctx, m[14], m[13]!);
    const [d, word, year] = m[1]
      ? [m[1], m[2]!, m[3]!]
      : m[4]
        ? [m[5]!, m[4], m[6]!]
        : m[7]
          ? [null, m[7], m[8]!]
          : [null, m[9]!, m[10]!];
    const mo = monthOf(word);
    const y = Number(year);
    if (mo === null || !plausibleYear(y, ctx)) return null;
    if (d !== null && !validDay(y, mo, Number(d))) return null;
    return dateValue(y, mo, d === null ? null : Number(d), false);
  },
  examples: {
    valid: [
      {
        text: "The clinic said the intrusion began on 14th march, 2019.",
        match: "14th march, 2019",
        value: { date: "2019-03-14", grain: "day", yearInferred: false, event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "the attack was detected on march 14, 2019 by staff",
        match: "march 14, 2019",
        value: { date: "2019-03-14", grain: "day", event: "other" },
        refined: { event: "detected" },
      },
      {
        text: "records were stolen on 2 of june 2021",
        match: "2 of june 2021",
        value: { date: "2021-06-02", grain: "day", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "The files were taken in march 2019, the firm said.",
        match: "march 2019",
        value: { date: "2019-03", grain: "month", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "---\npublished: 2019-06-01\n---\nThe breach was found on may 14 by an auditor.",
        match: "may 14",
        value: { date: "2019-05-14", grain: "day", yearInferred: true, event: "other" },
        refined: { event: "detected" },
      },
      {
        text: "---\npublished: 2019-06-01\n---\nThe leak began on the 15th of february, staff said.",
        match: "the 15th of february",
        value: { date: "2019-02-15", grain: "day", yearInferred: true, event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "customers were notified in april 2019",
        match: "april 2019",
        value: { date: "2019-04", grain: "month", event: "other" },
        refined: { event: "disclosed" },
      },
    ],
    invalid: [
      "The march 2019 protest was peaceful.",
      "---\npublished: 2019-06-01\n---\nStaff may 14 times a day check the logs.",
      "You may 2019 be affected.",
      "On 31 april 2020 nothing happened.",
      "The list held 12 jan 20 entries.",
    ],
  },
});
