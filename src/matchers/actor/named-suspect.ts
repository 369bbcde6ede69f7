// A suspect named with an age after the name: "Erik Dahl, 34, was arrested", "Tom Reyes, a
// 19-year-old living in Lisbon, took responsibility for the hack".
import { SUSPECT_CONTEXT } from "../../lexicon/roles.js";
import { defineMatcher } from "../../rules/index.js";
import { PERSON_NAME, actor, byLength, cleanStart, escape, personName } from "./_shared.js";

const PATTERN = new RegExp(String.raw`\b(${PERSON_NAME}),\s(?:\d{2},|an?\s\d{2}-year-old\b)`, "gu");

/** What makes the person the suspect: the sentence speaks of an arrest, a charge, a theft. */
const CONTEXT = new RegExp(
  String.raw`\b(?:${byLength([
    ...SUSPECT_CONTEXT,
    "responsibility",
    "hacker",
    "hacked",
    "detained",
    "extradited",
  ])
    .map(escape)
    .join("|")})\b`,
  "iu",
);

export default defineMatcher({
  id: "actor.named-suspect",
  kind: "actor",
  description: "A person named with an age after the name, in a sentence about an arrest or theft.",
  pattern: PATTERN,
  triggers: [":capital"],
  extract(m, { sentence }) {
    if (!cleanStart(sentence.text, m.index)) return null;
    if (!CONTEXT.test(sentence.text)) return null;
    const name = personName(m[1]!);
    if (name === null || name !== m[1]) return null;
    const hit = {
      value: actor({ name, type: "person", involvement: "suspect" }),
      start: m.index,
      end: m.index + name.length,
    };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "Erik Dahl, 34, was arrested at his home on Tuesday.",
        match: "Erik Dahl",
        value: { name: "Erik Dahl", type: "person", involvement: "suspect" },
      },
      {
        text: "Tom Reyes, a 19-year-old living in Lisbon, later took responsibility for the hack.",
        match: "Tom Reyes",
        value: { name: "Tom Reyes", involvement: "suspect" },
      },
    ],
    invalid: [
      "Mary Stone, 52, a nurse at the clinic, received a letter.",
      "Customer Service, 24 hours a day, was arrested.",
    ],
  },
});
