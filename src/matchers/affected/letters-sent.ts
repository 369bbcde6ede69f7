// "360 letters were sent to patients", "the bank mailed 2,100 notices to customers": a count of
// the letters sent to those affected is a count of them.
import { NUMBER_SOURCE, parseNumber } from "../../lexicon/numbers.js";
import { defineMatcher } from "../../rules/index.js";
import { affectedValue, HEAD_SOURCE, modifiers, NOT_BEFORE, notAffected } from "./_phrase.js";

const LETTERS = String.raw`(?:(?:notification|breach|notice|warning)\s+)?(?:letters|notices|notifications|e-?mails)`;
const SENT = String.raw`(?:(?:were|was|have\s+been|had\s+been|will\s+be|are\s+being|being)\s+)?(?:sent|mailed|posted|issued|e-?mailed)(?:\s+out)?`;
const PATTERN = new RegExp(
  String.raw`${NOT_BEFORE}(${NUMBER_SOURCE})\s+${LETTERS}\s+${SENT}\s+to\s+(?:the\s+|all\s+)?(${modifiers(2)})${HEAD_SOURCE}`,
  "gi",
);
const NUMBER = 1;
const MODIFIERS = 2;
const NOUN = 3;

export default defineMatcher({
  id: "affected.letters-sent",
  kind: "affected",
  description:
    "A count of letters or notices sent to people: '360 letters were sent to patients' counts the patients.",
  pattern: PATTERN,
  triggers: ["sent", "mailed", "posted", "issued", "emailed"],
  extract(m, { sentence }) {
    if (notAffected(sentence.text, m.index, m[NUMBER]!, m[MODIFIERS]!, m[NOUN]!)) return null;
    const number = m[NUMBER]!;
    const value = affectedValue(parseNumber(number), m[NOUN]!);
    return value ? [{ value, start: m.index, end: m.index + number.length }] : null;
  },
  examples: {
    valid: [
      {
        text: "A spokeswoman said 587 letters were sent to patients of the practice.",
        match: "587",
        value: { count: 587, bound: "exact", unit: "people" },
      },
      {
        text: "By Friday 2,100 breach notices had been mailed to affected customers.",
        match: "2,100",
        value: { count: 2100, unit: "customers" },
      },
    ],
    invalid: [
      "In 2019 letters were sent to patients.",
      "The firm sent 3 letters to the regulator.",
      "500 letters were sent to the wrong address.",
    ],
  },
});
