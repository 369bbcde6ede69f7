// A count, a name with "of", "and" or "for" inside it, then the noun: "1,200 Bank of Avalon
// customers", "843 Blue Cross and Blue Shield of Westland members", "310 University of
// Northland students". (A name without such a word is read by affected.number-noun.)
import { NUMBER_SOURCE, parseNumber } from "../../lexicon/numbers.js";
import { UNIT_NOUN_SOURCE } from "../../lexicon/units.js";
import { defineMatcher } from "../../rules/index.js";
import { affectedValue, NOT_BEFORE, notAffected } from "./_phrase.js";

/** A capitalised word of a name: "Blue", "AT&T", "St.", "O'Neil". */
const CAP = String.raw`[A-Z][\w&.'’-]*\s+`;
/** Case-sensitive: the name is told apart by its capitals. */
const PATTERN = new RegExp(
  String.raw`${NOT_BEFORE}(${NUMBER_SOURCE})\s+((?:${CAP}){1,4}(?:(?:of|and|for|&|de)\s+(?:the\s+)?(?:${CAP}){1,4}){1,3})(${UNIT_NOUN_SOURCE})(?:['’]s?)?(?![A-Za-z\d])`,
  "g",
);
const NUMBER = 1;
const NAME = 2;
const NOUN = 3;

export default defineMatcher({
  id: "affected.brand-of-noun",
  kind: "affected",
  description:
    "A count, an organisation's name with 'of' / 'and' inside it, then a people noun: '843 Bank of Avalon customers'.",
  pattern: PATTERN,
  triggers: ["of", "and", "for", "de"],
  extract(m, { sentence }) {
    if (notAffected(sentence.text, m.index, m[NUMBER]!, m[NAME]!, m[NOUN]!)) return null;
    return affectedValue(parseNumber(m[NUMBER]!), m[NOUN]!);
  },
  examples: {
    valid: [
      {
        text: "A total of 912 Blue Cross and Blue Shield of Westland members had their data viewed.",
        match: "912 Blue Cross and Blue Shield of Westland members",
        value: { count: 912, bound: "exact", unit: "users" },
      },
      {
        text: "The laptop held files on 4,300 University of Northland students.",
        match: "4,300 University of Northland students",
        value: { count: 4300, unit: "people" },
      },
      {
        text: "Roughly 2.5 million Bank of Avalon customers were told to change passwords.",
        match: "2.5 million Bank of Avalon customers",
        value: { count: 2_500_000, unit: "customers" },
      },
    ],
    invalid: [
      "In 2014 University of Northland students were told.",
      "He sold 40 Bank of Avalon shares to customers.",
      "a country of 30 million Republic of Westland citizens",
      "3 Bank of Avalon employees were fired.",
    ],
  },
});
