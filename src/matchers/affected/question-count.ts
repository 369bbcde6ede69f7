// A count that answers a question, as notices and explainers print it: "How many people were
// affected? About 4,000.", "How many victims? 12,500". The question names what is counted;
// the answer is the count (the sentence splitter may put the two in different sentences).
import { CURRENCY_WORD_SOURCE } from "../../lexicon/currency.js";
import { NUMBER_SOURCE, parseNumber } from "../../lexicon/numbers.js";
import { UNIT_NOUN_SOURCE, unitOf, type Unit } from "../../lexicon/units.js";
import { defineMatcher } from "../../rules/index.js";
import { NOT_BEFORE } from "./_phrase.js";

const HEDGE = String.raw`(?:(?:about|approximately|around|roughly|some|nearly|almost|over|more\s+than|up\s+to|at\s+least|an\s+estimated|just\s+(?:over|under))\s+)?`;
/** "A:", "Answer -" before the answer. */
const ANSWER_LABEL = String.raw`(?:(?:A|Answer)\s*[:.-]\s*)?`;

const PATTERN = new RegExp(
  String.raw`(?:^|\?)\s*${ANSWER_LABEL}${HEDGE}${NOT_BEFORE}(${NUMBER_SOURCE})(?![\d.,]*\d)`,
  "gi",
);
const NUMBER = 1;

/** The question right before the answer: "how many" and up to eight words, then "?". */
const QUESTION_BEFORE = new RegExp(
  String.raw`\bhow\s+many\s+((?:[\w'’-]+\s+){0,7}[\w'’-]+)\s*\?\s*${ANSWER_LABEL}${HEDGE}$`,
  "i",
);
/** What the question counts: a people or record noun, or those affected. */
const COUNTED = new RegExp(String.raw`\b(${UNIT_NOUN_SOURCE}|victims)(?![\w'’])`, "i");
const AFFECTED = /\b(?:affected|impacted|exposed|compromised|breached|notified)\b/i;
/** Money, a share, a span of time is no count. */
const NOT_COUNT_AFTER = new RegExp(
  String.raw`^\s?(?:%|percent|per\s?cent|times|years?|months?|weeks?|days?|hours?|(?:${CURRENCY_WORD_SOURCE})(?![A-Za-z]))`,
  "i",
);

export default defineMatcher({
  id: "affected.question-count",
  kind: "affected",
  description:
    "A count that answers a 'How many people / victims / records …?' question before it.",
  pattern: PATTERN,
  triggers: [":digit"],
  readsAround: true,
  extract(m, { doc, sentence }) {
    const number = m[NUMBER]!;
    const start = m.index + m[0].length - number.length;
    const end = m.index + m[0].length;
    const at = sentence.start + start;
    const question = QUESTION_BEFORE.exec(doc.text.slice(Math.max(0, at - 200), at));
    if (!question) return null;
    if (NOT_COUNT_AFTER.test(sentence.text.slice(end, end + 20))) return null;
    const noun = COUNTED.exec(question[1]!)?.[1];
    if (!noun && !AFFECTED.test(question[1]!)) return null;
    const count = parseNumber(number);
    if (count === null || !Number.isInteger(count) || count <= 0) return null;
    const unit: Unit = !noun || /^victims$/i.test(noun) ? "people" : (unitOf(noun) ?? "other");
    return [{ value: { count, bound: "exact", unit }, start, end }];
  },
  examples: {
    valid: [
      {
        text: "How many people were affected? About 4,000. The clinic is writing to each of them.",
        match: "4,000",
        value: { count: 4000, bound: "exact", unit: "people" },
        refined: { bound: "approx" },
      },
      {
        text: "Who was hit? Shoppers of the web store. How many victims? 12,500 What was taken? Card numbers.",
        match: "12,500",
        value: { count: 12_500, unit: "people" },
      },
      {
        text: "How many accounts were exposed? A: 86,000, the firm said.",
        match: "86,000",
        value: { count: 86_000, unit: "accounts" },
      },
    ],
    invalid: [
      "How many people were affected? Nobody knows yet.",
      "How many years did it go unnoticed? 3 years, the firm said.",
      "How much did it cost? 40,000 dollars.",
      "How many times a day do you check email? 12 Most of us do.",
      "Who is affected? 4,000 people in Ohio.",
    ],
  },
});
