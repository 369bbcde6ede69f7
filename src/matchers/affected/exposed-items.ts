// "Roughly 2,400 files ... were made available online", "exposes 9 million text messages",
// "some 300 pages of case notes were left accessible": a count of the things a leak is made
// of (files, pages, messages, call recordings, transactions) is a count of records when the
// text says, near it, that they were exposed.
import { LETTER, NUMBER_SOURCE, parseNumber } from "../../lexicon/numbers.js";
import { escape } from "../../lexicon/regex.js";
import { EXPOSURE_STEMS, ITEM_NOUNS } from "../../lexicon/units.js";
import { defineMatcher } from "../../rules/index.js";
import { modifiers, NOT_BEFORE, notAffected } from "./_phrase.js";

const ITEM_SOURCE = [...ITEM_NOUNS]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map((w) =>
    escape(w)
      .replaceAll(" ", String.raw`\s`)
      .replaceAll("-", "[-\\s]?"),
  )
  .join("|");

const PATTERN = new RegExp(
  String.raw`${NOT_BEFORE}(${NUMBER_SOURCE})(\+?\s+)(${modifiers(3)})(${ITEM_SOURCE})(?!${LETTER}|\d|['’])`,
  "gi",
);
const NUMBER = 1;
const MODIFIERS = 3;
const NOUN = 4;

/** A word of exposure near the count ("leaked", "made available", "exposes"). */
const EXPOSED = new RegExp(
  String.raw`\b(?:${EXPOSURE_STEMS.map((s) => escape(s).replaceAll(" ", String.raw`\s`)).join("|")})`,
  "i",
);
/** "data on 59 card transactions": the count is of what the data was taken from. */
const DATA_ON_BEFORE = /\b(?:data|details|information)\s+(?:on|from|of)\s+$/i;
/** Items handled or sent, not exposed: "received 5,000 calls", "sent 300 emails". */
const HANDLED_BEFORE =
  /\b(?:received|receiving|receives?|fielded|fielding|answered|answering|handled|handling|made|making|sent|sending|sends|processed|processing|processes|encrypted|encrypting)\s+(?:[\w-]+\s+){0,2}$/i;
/** How far on either side of the count the word of exposure may be. */
const WINDOW = 120;
/** Smaller counts of files or pages are more often a description than a breach count. */
const MIN_COUNT = 10;

export default defineMatcher({
  id: "affected.exposed-items",
  kind: "affected",
  description:
    "A count of files, pages, messages, calls or transactions with a word of exposure near it: a count of records.",
  pattern: PATTERN,
  triggers: [":digit"],
  extract(m, { sentence }) {
    const text = sentence.text;
    if (notAffected(text, m.index, m[NUMBER]!, m[MODIFIERS]!, m[NOUN]!)) return null;
    const count = parseNumber(m[NUMBER]!);
    if (count === null || !Number.isInteger(count) || count < MIN_COUNT) return null;
    const end = m.index + m[0].length;
    const near = text.slice(Math.max(0, m.index - WINDOW), end + WINDOW);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (HANDLED_BEFORE.test(before)) return null;
    if (!EXPOSED.test(near) && !DATA_ON_BEFORE.test(before)) return null;
    return [{ value: { count, bound: "exact", unit: "records" }, start: m.index, end }];
  },
  examples: {
    valid: [
      {
        text: "Roughly 2,400 files, including names and loan histories, were made available online.",
        match: "2,400 files",
        value: { count: 2400, bound: "exact", unit: "records" },
        refined: { bound: "approx" },
      },
      {
        text: "An unsecured cloud bucket exposes 9 million text messages to anyone.",
        match: "9 million text messages",
        value: { count: 9_000_000, unit: "records" },
      },
      {
        text: "Some 310 pages of case notes were accessible to the public for a week.",
        match: "310 pages",
        value: { count: 310, unit: "records" },
      },
      {
        text: "About 75,000 recorded customer phone calls were leaked by a call centre.",
        match: "75,000 recorded customer phone calls",
        value: { count: 75_000, unit: "records" },
      },
      {
        text: "The pair planted a skimmer to collect data on 84 card transactions at a petrol station.",
        match: "84 card transactions",
        value: { count: 84, unit: "records" },
      },
    ],
    invalid: [
      "Auditors combed through 512,000 emails and attachments.",
      "The ransomware encrypted 50,000 files on the servers.",
      "The report runs to 200 pages.",
      "Some 3 files were exposed.",
      "The bank processes 40 million transactions a day.",
      "In 2019 files were leaked.",
      "After the breach was made public, the helpline received 5,000 calls from customers.",
      "The gang sent 30,000 emails to customers whose data was leaked.",
    ],
  },
});
