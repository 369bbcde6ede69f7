// A count, an aside in parentheses, then the noun: "about 800,000 (some 410,000 once
// duplicates are removed) past and present members", "3,100 (1,200 + 1,900) unique
// patients". The noun after the aside is what the count counts, and so is a count that opens
// the aside.
import { NUMBER_SOURCE, parseNumber } from "../../lexicon/numbers.js";
import { defineMatcher, type Hit } from "../../rules/index.js";
import { affectedValue, HEAD_SOURCE, modifiers, NOT_BEFORE, notAffected } from "./_phrase.js";

const PATTERN = new RegExp(
  String.raw`${NOT_BEFORE}(${NUMBER_SOURCE})\s+\(([^()]{1,80})\)\s+(${modifiers(4)})${HEAD_SOURCE}`,
  "gi",
);
const NUMBER = 1;
const ASIDE = 2;
const MODIFIERS = 3;
const NOUN = 4;

/** A count that opens the aside and is followed by words: "some 410,000 once …". */
const ASIDE_COUNT = new RegExp(
  String.raw`^(\s*(?:(?:about|approximately|around|roughly|some|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?)(${NUMBER_SOURCE})(?=\s+[a-z])`,
  "i",
);

export default defineMatcher({
  id: "affected.parenthetical-count",
  kind: "affected",
  description:
    "A count, an aside in parentheses, then a people or record noun; a count opening the aside counts the same.",
  pattern: PATTERN,
  triggers: [":digit"],
  extract(m, { sentence }) {
    const number = m[NUMBER]!;
    if (notAffected(sentence.text, m.index, number, m[MODIFIERS]!, m[NOUN]!)) return null;
    const hits: Hit<"affected">[] = [];
    const outer = affectedValue(parseNumber(number), m[NOUN]!);
    if (outer) hits.push({ value: outer, start: m.index, end: m.index + number.length });
    const aside = ASIDE_COUNT.exec(m[ASIDE]!);
    if (aside) {
      const inner = affectedValue(parseNumber(aside[2]!), m[NOUN]!);
      const start = m.index + m[0].indexOf("(") + 1 + aside[1]!.length;
      if (inner) hits.push({ value: inner, start, end: start + aside[2]!.length });
    }
    return hits.length ? hits : null;
  },
  examples: {
    valid: [
      {
        text: "Data on about 800,000 (some 410,000 once duplicates are removed) past and present members was offered for sale.",
        match: "800,000",
        value: { count: 800_000, bound: "exact", unit: "users" },
        refined: { bound: "approx" },
      },
      {
        text: "Data on about 800,000 (some 410,000 once duplicates are removed) past and present members was offered for sale.",
        match: "410,000",
        value: { count: 410_000, unit: "users" },
        refined: { bound: "approx" },
      },
      {
        text: "The agency will have notified 3,100 (1,200 + 1,900) unique patients by May.",
        match: "3,100",
        value: { count: 3100, unit: "people" },
      },
    ],
    invalid: [
      "In 2019 (the year of the breach) customers were told.",
      "It has 5 (five) employees.",
      "a country of 9 million (2020 census) people",
    ],
  },
});
