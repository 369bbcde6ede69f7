// The police as an unnamed but specific investigator: "with police identifying a former
// employee", "Police raid HQ", "police said", "arrested by police".
import { INVESTIGATOR_VERBS } from "../../lexicon/organizations.js";
import { defineMatcher } from "../../rules/index.js";
import { actor, byLength, escape, mainCountryOf } from "./_shared.js";

const VERB = `(?:${byLength(INVESTIGATOR_VERBS).map(escape).join("|")})`;
/** What may come before an acting police: start, punctuation, "by", "the", "local". */
const LEAD = /(?:^|[.;:,"“(]\s?|\b(?:and|as|[Tt]he|local|national|[Ff]aces?|[Ff]acing)\s)$/u;
/** What comes after: a verb of theirs, punctuation, or a raid or inquiry of theirs. */
const FOLLOW = new RegExp(
  String.raw`^(?:\s(?:have\s|had\s|are\s|were\s|on\s\w+\s|also\s|later\s)?${VERB}\b|\s*[,.;)]|\s(?:[Rr]aids?|[Ii]nvestigations?|[Pp]robe|[Qq]uestioning|[Ii]nterrogation)\b|\s(?:and|in)\s[^.;]{0,40}?\binvestigat)`,
  "u",
);
const PATTERN = /\b(?:(?:by|with)\s(?:the\s)?)?([Pp]olice|POLICE)\b/gu;

export default defineMatcher({
  id: "actor.police",
  kind: "actor",
  description: "The police, when they act in the story: they raid, arrest, identify or say.",
  pattern: PATTERN,
  triggers: ["police"],
  extract(m, { doc, sentence }) {
    const start = m.index + m[0].length - m[1]!.length;
    const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const before = sentence.text.slice(Math.max(0, m.index - 12), m.index);
    const byPolice = m[0].length > m[1]!.length;
    if (!byPolice && !(LEAD.test(before) && FOLLOW.test(after))) return null;
    return [
      {
        value: actor({
          name: m[1]!,
          type: "government",
          affiliation: mainCountryOf(doc),
          involvement: "investigator",
        }),
        start,
        end: start + m[1]!.length,
      },
    ];
  },
  examples: {
    valid: [
      {
        text: "The data is believed to have been copied, with police identifying a former worker as a suspect.",
        match: "police",
        value: { name: "police", type: "government", involvement: "investigator" },
      },
      {
        text: "Retailer CEO Resigns After Breach, Police Raid HQ",
        match: "Police",
        value: { name: "Police", involvement: "investigator" },
      },
      {
        text: "The suspect was arrested by police in Manila last week.",
        match: "police",
        value: { involvement: "investigator" },
      },
      {
        text: "Police said the laptop was taken from a car.",
        match: "Police",
        value: { name: "Police" },
      },
      {
        text: "The bank said it would help the regulator and police in their inquiry and investigation.",
        match: "police",
        value: { name: "police", involvement: "investigator" },
      },
      {
        text: "The former chairman faces Police Questioning next week.",
        match: "Police",
        value: { name: "Police" },
      },
    ],
    invalid: [
      "He filed a police report about the stolen laptop.",
      "Customers were told to contact their local police station.",
      "the Fairfax County police or schools",
    ],
  },
});
