// "April third, 2019", "April the third", "the twenty-first of May 2020": a day written as an
// ordinal word. Without a year it takes the year of the document's date.
import { defineMatcher } from "../../rules/index.js";
import { ORDINAL_DAY, ordinalDay } from "./_forms.js";
import {
  MONTH,
  dateValue,
  inferYear,
  monthOf,
  plausibleYear,
  reference,
  validDay,
} from "./_shared.js";

const YEAR = String.raw`(?:,?\s{1,3}(\d{4})\b(?![-/.,]\d))?`;
/** A day as a word, or as digits after "the" ("March the 14th") or before "day of". */
const ORD_OR_DIGITS = String.raw`(?:${ORDINAL_DAY}|\d{1,2}(?:st|nd|rd|th)?\b)`;
const PATTERN = new RegExp(
  String.raw`\b(${MONTH})\s{1,3}(?:the\s{1,3}(${ORD_OR_DIGITS})|(${ORDINAL_DAY}))(?![\s-]{1,3}(?:hand|half|quarter|largest|biggest|time|place|round|wave|tier|party)\b)${YEAR}|\b(?:[Tt]he\s{1,3})?(?:(${ORDINAL_DAY})\s{1,3}(?:day\s{1,3})?|(\d{1,2})(?:st|nd|rd|th)?\s{1,3}day\s{1,3})of\s{1,3}(${MONTH})${YEAR}`,
  "g",
);

export default defineMatcher({
  id: "date.ordinal-day",
  kind: "date",
  description:
    'A month name and a day as an ordinal word (April third, 2019) or "the 14th", "14th day of".',
  triggers: [":month"],
  pattern: PATTERN,
  extract(m, ctx) {
    const [word, ordinal, year] = m[1]
      ? [m[1], (m[2] ?? m[3])!, m[4]]
      : [m[7]!, (m[5] ?? m[6])!, m[8]];
    const mo = monthOf(word);
    const d = /^\d/.test(ordinal) ? Number.parseInt(ordinal, 10) : ordinalDay(ordinal);
    if (mo === null || d === null) return null;
    if (year) {
      const y = Number(year);
      if (!plausibleYear(y, ctx) || !validDay(y, mo, d)) return null;
      return dateValue(y, mo, d, false);
    }
    const ref = reference(ctx);
    if (ref === null) return null; // no anchor, no claim
    const y = inferYear(ref, mo, d);
    if (!validDay(y, mo, d)) return null;
    return dateValue(y, mo, d, true);
  },
  examples: {
    valid: [
      {
        text: "The company said the breach began on April third, 2019.",
        match: "April third, 2019",
        value: { date: "2019-04-03", grain: "day", yearInferred: false, event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "Hackers stole the files on the twenty-first of May 2020.",
        match: "the twenty-first of May 2020",
        value: { date: "2020-05-21", grain: "day", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "The intrusion began on March the 14th, 2019.",
        match: "March the 14th, 2019",
        value: { date: "2019-03-14", grain: "day", event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "The files were stolen on the 14th day of March, 2019.",
        match: "the 14th day of March, 2019",
        value: { date: "2019-03-14", grain: "day", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "---\npublished: 2019-06-01\n---\nStaff discovered the leak on April the third.",
        match: "April the third",
        value: { date: "2019-04-03", grain: "day", yearInferred: true, event: "other" },
        refined: { event: "detected" },
      },
    ],
    invalid: [
      "The company said it would report in April second-quarter results.",
      "It was the third of four attempts in March.",
      "Staff discovered the leak on April the third.",
    ],
  },
});
