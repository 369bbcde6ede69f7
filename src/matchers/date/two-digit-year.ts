// "Oct 3, 97", "Oct 3, '97", "3 Oct 97", "October 3rd '19": a month name and a day with a
// two-digit year. Without an apostrophe the two digits are a year only where a clause could
// end after them ("On March 5, 12 employees …" is a day and a count).
import { defineMatcher } from "../../rules/index.js";
import { fullYear } from "./_forms.js";
import { MONTH, dateValue, monthOf, plausibleYear, validDay } from "./_shared.js";

const YY = String.raw`(['’]\d\d|\d\d)\b(?![-/.,:]\d|\s{0,2}%)`;
const PATTERN = new RegExp(
  String.raw`\b(${MONTH})\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}${YY}|(?<![\d.,/])\b(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(${MONTH}),?\s{1,3}${YY}`,
  "g",
);
/** What may follow a bare two-digit year: the end of a clause, or a word that opens one. */
const CLAUSE_END =
  /^(?:\s{0,3}(?:[.;:)!?\]"”,]|$)|\s{1,3}(?:and|when|after|before|at|in|on|by|but|to|until|while|as|the|a|an|from|through)\b)/i;

export default defineMatcher({
  id: "date.two-digit-year",
  kind: "date",
  description: "A month name and a day with a two-digit year (Oct 3, 97; 3 Oct '97).",
  triggers: [":month"],
  pattern: PATTERN,
  extract(m, ctx) {
    const [word, day, yy] = m[1] ? [m[1], m[2]!, m[3]!] : [m[5]!, m[4]!, m[6]!];
    const end = m.index + m[0].length;
    if (!/^['’]/.test(yy) && !CLAUSE_END.test(ctx.sentence.text.slice(end, end + 12))) return null;
    const mo = monthOf(word);
    const y = fullYear(yy, ctx);
    const d = Number(day);
    if (mo === null || !plausibleYear(y, ctx) || !validDay(y, mo, d)) return null;
    return dateValue(y, mo, d, false);
  },
  examples: {
    valid: [
      {
        text: "The company said the intrusion began on Oct 3, 97.",
        match: "Oct 3, 97",
        value: { date: "1997-10-03", grain: "day", yearInferred: false, event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "Tapes went missing on 3 Oct '97 and were never found.",
        match: "3 Oct '97",
        value: { date: "1997-10-03", grain: "day", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "---\npublished: 2019-11-02\n---\nCustomers were notified on October 3rd, 19 when the review ended.",
        match: "October 3rd, 19",
        value: { date: "2019-10-03", grain: "day", event: "other" },
        refined: { event: "disclosed" },
      },
    ],
    invalid: [
      "On March 5, 12 employees were told to leave.",
      "By Oct 3, 45 patients had been notified.",
      "On 30 Feb '19 nothing happened.",
    ],
  },
});
