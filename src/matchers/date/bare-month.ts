// "in March", "dated back to July", "since early June": a month alone, the year from the document
import { MONTHS } from "../../lexicon/dates.js";
import { defineMatcher } from "../../rules/index.js";
import { MONTH, PART, alternation, dateValue, inferYear, monthOf, reference } from "./_shared.js";

const FULL_MONTH = `(?:${Object.keys(MONTHS)
  .filter((w) => w.length > 3)
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  .join("|")})`;
const LEAD_WORDS = [
  "in",
  "since",
  "until",
  "during",
  "from",
  "between",
  "by",
  "back to",
  "through",
];
/** Leads in lower case, and capitalised where they open a sentence ("Between March and …"). */
const LEADS = alternation([
  ...LEAD_WORDS,
  ...LEAD_WORDS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
]);
const PATTERN = new RegExp(
  String.raw`\b(?:${LEADS})\s{1,3}((?:${PART})?)(${FULL_MONTH})\b(?![,\s]{0,3}\d|\.\d|-)`,
  "g",
);
const PART_WORD = 1,
  MONTH_WORD = 2;
/**
 * "April and June, 2014", "from early March to late May 2022": the year written after a
 * second month belongs to both.
 */
const SHARED_YEAR = new RegExp(
  String.raw`^\s{0,2}(?:and|or|to|through|-|–)\s{1,3}(?:${PART})?${MONTH},?\s{1,3}(\d{4})\b`,
);

export default defineMatcher({
  id: "date.bare-month",
  kind: "date",
  description: "A capitalised month name after a preposition, with no day or year beside it.",
  pattern: PATTERN,
  triggers: [":month"],
  extract(m, ctx) {
    const mo = monthOf(m[MONTH_WORD]!);
    if (mo === null) return null;
    const start = m.index + m[0].length - m[MONTH_WORD]!.length - m[PART_WORD]!.length;
    const end = m.index + m[0].length;
    const shared = SHARED_YEAR.exec(ctx.sentence.text.slice(end, end + 40));
    if (shared) {
      return [{ value: dateValue(Number(shared[1]), mo, null, false), start, end }];
    }
    const ref = reference(ctx);
    if (ref === null) return null; // no anchor, no claim
    const y = inferYear(ref, mo, null);
    return [{ value: dateValue(y, mo, null, true), start, end }];
  },
  examples: {
    valid: [
      {
        text: "---\npublished: 2021-05-20\n---\nThe retailer admitted to a large intrusion it dated back to March.",
        match: "March",
        value: { date: "2021-03", grain: "month", yearInferred: true, event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "---\npublished: 2021-02-03\n---\nThe firm said attackers had been inside its network since early November.",
        match: "early November",
        value: { date: "2020-11", grain: "month", yearInferred: true, event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "The intrusions occurred in April and August, 2012, the insurer believes.",
        match: "April",
        value: { date: "2012-04", grain: "month", yearInferred: false, event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "Intruders accessed the credit union's online banking portal between March and June 2021, it said.",
        match: "March",
        value: { date: "2021-03", grain: "month", yearInferred: false, event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "Between August and October 2022, skimming code on the checkout page copied card details.",
        match: "August",
        value: { date: "2022-08", grain: "month", yearInferred: false, event: "other" },
        refined: { event: "breach_start" },
      },
    ],
    invalid: [
      "The breach was discovered in March.",
      "---\npublished: 2021-05-20\n---\nThe files may be in May 2020 order.",
      "---\npublished: 2021-05-20\n---\nInvestigators said data may have been taken.",
    ],
  },
});
