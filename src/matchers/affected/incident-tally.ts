// A report that tallies like incidents, each about one person who is notified: "The log shows a
// total of 14 misdirected-mail incidents; in each incident the patient was sent a notification
// letter." The tally counts the people notified, one an incident.
import { NUMBER_SOURCE, parseNumber } from "../../lexicon/numbers.js";
import { defineMatcher } from "../../rules/index.js";
import { NOT_BEFORE } from "./_phrase.js";

const PATTERN = new RegExp(
  String.raw`\btotal\s+of\s+${NOT_BEFORE}(${NUMBER_SOURCE})\s+(?:[\w"“”'’-]+\s+){0,2}?incidents\b`,
  "gi",
);
const NUMBER = 1;

/** The text says that in each incident the person is notified (so one person an incident). */
const EACH_NOTIFIED =
  /\bin\s+(?:all|each|every)\s+(?:of\s+(?:the|these)\s+)?(?:incidents?|cases?)\b[^.;]{1,80}?\b(?:notif\w*|letters?|credit\s+monitoring)\b/i;

/** Read once per document, not once per tally (a dump may repeat the tally many times). */
const notifiedMemo = new WeakMap<{ text: string }, boolean>();
function eachNotified(doc: { text: string }): boolean {
  let known = notifiedMemo.get(doc);
  if (known === undefined) {
    known = EACH_NOTIFIED.test(doc.text);
    notifiedMemo.set(doc, known);
  }
  return known;
}

export default defineMatcher({
  id: "affected.incident-tally",
  kind: "affected",
  description:
    "A tally of like incidents ('a total of 14 misdirected-mail incidents') where the text says each one's person is notified.",
  pattern: PATTERN,
  triggers: ["total"],
  extract(m, { doc }) {
    if (!eachNotified(doc)) return null;
    const count = parseNumber(m[NUMBER]!);
    if (count === null || !Number.isInteger(count) || count <= 1) return null;
    const start = m.index + m[0].indexOf(m[NUMBER]!, "total".length);
    return [
      { value: { count, bound: "exact", unit: "other" }, start, end: start + m[NUMBER]!.length },
    ];
  },
  examples: {
    valid: [
      {
        text: "The quarterly log shows a total of 14 misdirected-mail incidents; in each incident the patient was sent a notification letter.",
        match: "14",
        value: { count: 14, bound: "exact", unit: "other" },
      },
    ],
    invalid: [
      "There were a total of 31 security incidents this year.",
      "A total of 12 incidents were reported. The firm did not notify anyone.",
    ],
  },
});
