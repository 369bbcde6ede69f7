// "the total of affected accounts now stands at about 4.2 million", "the count rose to 1.1
// million", "an initial estimate of 80 million": a count with no noun after it, named by the
// total or estimate it is.
import { CURRENCY_WORD_SOURCE } from "../../lexicon/currency.js";
import { NUMBER_SOURCE, parseNumber } from "../../lexicon/numbers.js";
import { defineMatcher } from "../../rules/index.js";
import { NOT_BEFORE } from "./_phrase.js";

/** What is counted, between "total" and its verb: "affected accounts", "of victims". */
const COUNTED = String.raw`(?:\s+(?:of\s+)?(?:affected|impacted|breached|compromised|exposed|stolen|leaked|victims?|customers?|users?|accounts?|people|individuals|records|members|patients|subscribers))`;
const TOTAL = String.raw`(?:total|tally|count|number|figure|toll)${COUNTED}{0,3}\s+(?:(?:now|has|had|was|were|has\s+been|had\s+been)\s+)?(?:(?:later|since|now|then|subsequently)\s+)?(?:stands?|stood|rose|risen|climbed|grew|grown|reached|jumped|increased|totals?|totall?ed|revised(?:\s+upwards?)?|raised|updated)(?:\s+(?:at|to))?`;
const ESTIMATE = String.raw`(?:(?:initial|original|earlier|first|previous|preliminary|revised|new|updated)\s+(?:estimate|count|tally|figure)s?\s+of|(?:revised|new|updated|final|latest)\s+(?:estimate|count|tally|figure|total)\s+(?:is|was|now\s+stands\s+at|stands\s+at)|(?:initially|originally|first|previously|earlier)\s+(?:estimated|put|thought)\s+(?:at|to\s+be))`;
const HEDGE = String.raw`(?:(?:about|approximately|around|roughly|some|nearly|almost|over|more\s+than|an\s+estimated|just\s+over|just\s+under)\s+)?`;
const PATTERN = new RegExp(
  String.raw`\b(?:${TOTAL}|${ESTIMATE})\s+${HEDGE}${NOT_BEFORE}(${NUMBER_SOURCE})(?![\d.,]*\d)`,
  "gi",
);
const NUMBER = 1;
/** Money, a share or a rate is no count. */
const NOT_COUNT_AFTER = new RegExp(
  String.raw`^\s?(?:%|percent|per\s?cent|times|-fold|(?:${CURRENCY_WORD_SOURCE})(?![A-Za-z]))`,
  "i",
);
/** The sentence must be about a breach or those it touched. */
const ABOUT_BREACH =
  /\b(?:breach\w*|hack\w*|affected|impacted|exposed|compromised|leak\w*|victims?|stolen|accounts?|customers?|people|users?|records|individuals|patients)\b/i;
/** Smaller counts are more often other tallies (of incidents, of servers). */
const MIN_COUNT = 1000;

export default defineMatcher({
  id: "affected.total-at",
  kind: "affected",
  description:
    "A count with no noun, named as a total or an estimate: 'the total stands at 4.2 million'.",
  triggers: [
    "total*",
    "tally",
    "count",
    "number",
    "estimate*",
    "figure*",
    "toll",
    "put",
    "thought",
  ],
  pattern: PATTERN,
  extract(m, { sentence }) {
    const text = sentence.text;
    const start = m.index + m[0].length - m[NUMBER]!.length;
    const end = m.index + m[0].length;
    if (!ABOUT_BREACH.test(text)) return null;
    if (NOT_COUNT_AFTER.test(text.slice(end, end + 20))) return null;
    const count = parseNumber(m[NUMBER]!);
    if (count === null || !Number.isInteger(count) || count < MIN_COUNT) return null;
    return [{ value: { count, bound: "exact", unit: "other" }, start, end }];
  },
  examples: {
    valid: [
      {
        text: "The total of affected accounts now stands at approximately 4.2 million, the retailer said.",
        match: "4.2 million",
        value: { count: 4_200_000, bound: "exact", unit: "other" },
        refined: { bound: "approx" },
      },
      {
        text: "The breach hit 90 million people, nearly twice the initial estimate of 50 million.",
        match: "50 million",
        value: { count: 50_000_000, bound: "exact" },
      },
      {
        text: "The number of victims has risen to 1.3 million since the hack was found.",
        match: "1.3 million",
        value: { count: 1_300_000 },
      },
      {
        text: "The figure rose to 19,500 after a second review of the breach.",
        match: "19,500",
        value: { count: 19_500 },
      },
      {
        text: "Initially estimated at 1.2 million, the number of affected users was later revised to 2.6 million.",
        match: "2.6 million",
        value: { count: 2_600_000 },
      },
      {
        text: "Initially estimated at 1.2 million, the number of affected users was later revised to 2.6 million.",
        match: "1.2 million",
        value: { count: 1_200_000 },
      },
      {
        text: "Once duplicates were removed from the list of affected members, the new total is 4,810.",
        match: "4,810",
        value: { count: 4810 },
      },
    ],
    invalid: [
      "The total rose to $4 million in fines after the breach.",
      "The new total is 1,200 stores after the merger.",
      "The death toll rose to 1,200 after the quake.",
      "The number of affected stores rose to 12 after the breach.",
      "The total stands at 4.2 million for the quarter's sales.",
      "Shares of the hacked firm rose to 35 percent of the total count of 12,000 trades.",
    ],
  },
});
