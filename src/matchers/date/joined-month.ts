// "03-MAR-2019", "14/Mar/2019", "14-Mar-19", "2019-Apr-02", "Mar-2019": a month name joined to
// its day and year by hyphens, slashes or dots, in any case.
import { defineMatcher } from "../../rules/index.js";
import { ANY_CASE_MONTH, fullYear } from "./_forms.js";
import { dateValue, monthOf, plausibleYear, validDay } from "./_shared.js";

const M = String.raw`(${ANY_CASE_MONTH})\.?`;
const PATTERN = new RegExp(
  String.raw`(?<![\w./-])(?:(\d{1,2})([-/.])${M}\2(\d{4}|\d\d)|(\d{4})([-/.])${M}\6(\d{1,2})|${M}[-/](\d{4}))(?![\w/]|[-.]\d)`,
  "g",
);

export default defineMatcher({
  id: "date.joined-month",
  kind: "date",
  description: "A month name joined to a day and year by hyphens, slashes or dots (03-MAR-2019).",
  triggers: [":month"],
  pattern: PATTERN,
  extract(m, ctx) {
    let y: number;
    let word: string;
    let d: number | null;
    if (m[1]) [d, word, y] = [Number(m[1]), m[3]!, fullYear(m[4]!, ctx)];
    else if (m[5]) [y, word, d] = [Number(m[5]), m[7]!, Number(m[8])];
    else [d, word, y] = [null, m[9]!, Number(m[10])];
    const mo = monthOf(word);
    if (mo === null || !plausibleYear(y, ctx)) return null;
    if (d !== null && !validDay(y, mo, d)) return null;
    return dateValue(y, mo, d, false);
  },
  examples: {
    valid: [
      {
        text: "The log shows the first login from the attacker on 03-MAR-2019.",
        match: "03-MAR-2019",
        value: { date: "2019-03-03", grain: "day", yearInferred: false },
      },
      {
        text: "The intrusion began on 14/Mar/2019, the report said.",
        match: "14/Mar/2019",
        value: { date: "2019-03-14", grain: "day", event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "Servers were breached on 14-Mar-19 according to the filing.",
        match: "14-Mar-19",
        value: { date: "2019-03-14", grain: "day", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "The leak was discovered on 2019-Apr-02.",
        match: "2019-Apr-02",
        value: { date: "2019-04-02", grain: "day", event: "other" },
        refined: { event: "detected" },
      },
      {
        text: "The data was stolen in Mar-2019.",
        match: "Mar-2019",
        value: { date: "2019-03", grain: "month", event: "other" },
        refined: { event: "breach" },
      },
    ],
    invalid: [
      "See https://example.com/14/Mar/2019/story for more.",
      "The 31-Feb-2019 entry was a typo.",
      "Part number 12-MAR-20191 was recalled.",
      "Model X-Mar-2019b shipped.",
    ],
  },
});
