// An unnamed but specific suspect, described by the words the text uses: "a former Chinese
// employee of Acme", "a disgruntled ex-employee", "an IT contractor who was arrested".
import { PERSON_NOUNS, SUSPECT_CONTEXT, SUSPECT_MODIFIERS } from "../../lexicon/roles.js";
import { defineMatcher, type Hit } from "../../rules/index.js";
import {
  COUNTRY,
  ORG_NAME,
  actor,
  byLength,
  countryOf,
  escape,
  organizationName,
} from "./_shared.js";
import { prefixesOf } from "../../rules/index.js";

const MODIFIER = `(?:${byLength(SUSPECT_MODIFIERS).map(escape).join("|")})`;
const NOUN = `(?:${byLength(PERSON_NOUNS).map(escape).join("|")})`;
const PATTERN = new RegExp(
  String.raw`\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s((?:(${MODIFIER})\s?){0,2}(?:(${COUNTRY})\s)?(?:(?:IT|senior|junior|temporary|part-time|contract|hospital|bank|company)\s)?(${NOUN}))\b(?:\s(?:of|at|for|from)\s(?:the\s)?(${ORG_NAME}))?`,
  "gu",
);
const DESCRIPTION = 1;
const MOD = 2;
const NATIONALITY = 3;
const ROLE_NOUN = 4;
const EMPLOYER = 5;

const CONTEXT = new RegExp(
  String.raw`\b(?:${byLength(SUSPECT_CONTEXT).map(escape).join("|")})\b`,
  "i",
);

export default defineMatcher({
  id: "actor.unnamed-suspect",
  kind: "actor",
  description: "An unnamed suspect by description: a former employee, a rogue contractor.",
  pattern: PATTERN,
  triggers: prefixesOf([...PERSON_NOUNS, ...SUSPECT_MODIFIERS]),
  extract(m, { sentence }) {
    const modifier = m[MOD];
    const noun = m[ROLE_NOUN]!;
    // A plain "an employee" is a suspect only where the sentence says so.
    if (!modifier && !m[NATIONALITY]) return null;
    if (!CONTEXT.test(sentence.text) && !modifier) return null;
    if (/^(?:man|woman|teenager|student)$/.test(noun) && !modifier) return null;
    const descStart = m.index + m[0].indexOf(m[DESCRIPTION]!);
    let end = descStart + m[DESCRIPTION]!.length;
    let affiliation: string | null = null;
    if (m[EMPLOYER]) {
      const org = organizationName(m[EMPLOYER]);
      if (org && countryOf(org.name) === null) {
        affiliation = org.name;
        end = m.index + m[0].length;
      }
    }
    const description = m[DESCRIPTION]!;
    const role = m[NATIONALITY] ? description.replace(`${m[NATIONALITY]} `, "") : description;
    const hit: Hit<"actor"> = {
      value: actor({
        name: m[DESCRIPTION]!,
        type: "person",
        role,
        affiliation,
        involvement: "suspect",
      }),
      start: descStart,
      end,
    };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "police identified a former Russian employee of Acme Corp. as a suspect",
        match: "former Russian employee of Acme Corp.",
        value: {
          name: "former Russian employee",
          type: "person",
          role: "former employee",
          affiliation: "Acme Corp",
          involvement: "suspect",
        },
      },
      {
        text: "The records were stolen by a disgruntled ex-employee who kept his login.",
        match: "disgruntled ex-employee",
        value: {
          name: "disgruntled ex-employee",
          role: "disgruntled ex-employee",
          involvement: "suspect",
        },
      },
      {
        text: "A former nurse at Mercy Hospital was charged with selling patient records.",
        match: "former nurse at Mercy Hospital",
        value: { name: "former nurse", role: "former nurse", affiliation: "Mercy Hospital" },
      },
    ],
    invalid: [
      "An employee mistakenly emailed the spreadsheet to the wrong address.",
      "Current and former employees were notified of the breach.",
      "The company hired a contractor to review its systems.",
    ],
  },
});
