// A title, then a person's name, with the country or employer before the title:
// "CEO Lee Min-ho", "South Korean Prime Minister Kim Min-seok", "U.S. Senator Ron Wyden
// (D-Oregon)", "Midland Health President Jane Roe", "university spokeswoman Maria Lopez".
import { defineMatcher, type Hit } from "../../rules/index.js";
import {
  COUNTRY,
  EMPLOYER_NOUN,
  ORG_NAME,
  PARTY,
  PERSON_NAME,
  ROLE,
  ROLE_MODIFIER,
  THIS_COUNTRY_WORDS,
  actor,
  affiliationOf,
  countryOf,
  employerOf,
  involvementOfRole,
  longerRole,
  personName,
  cleanStart,
} from "./_shared.js";

const PREFIX = String.raw`(?:(${COUNTRY})(?:['’]s)?\s|(${THIS_COUNTRY_WORDS})['’]s\s|(${ORG_NAME})(?:['’]s)?\s|(${EMPLOYER_NOUN})(?:['’]s)?\s)`;
const COUNTRY_GROUP = 1;
const THIS_COUNTRY_GROUP = 2;
const ORG_GROUP = 3;
const ROLE_GROUP = 5;
const ACRONYM_GROUP = 6;
const NAME_GROUP = 7;

/** A "prefix" that is only a title's modifier: "Deputy Commissioner", "Former CEO". */
const MODIFIER_ONLY = new RegExp(String.raw`^${ROLE_MODIFIER}$`);

const PATTERN = new RegExp(
  String.raw`\b${PREFIX}?${ROLE_MODIFIER}?(${ROLE})\s(?:\((\p{Lu}{2,8})\)\s)?(${PERSON_NAME})${PARTY}?(?![\p{L}\d-])`,
  "dgu",
);

export default defineMatcher({
  id: "actor.title-name",
  kind: "actor",
  description:
    "A title then a person's name, the country or employer before the title as affiliation.",
  pattern: PATTERN,
  extract(m, { doc, sentence }) {
    if (!cleanStart(sentence.text, m.index)) return null;
    const name = personName(m[NAME_GROUP]!);
    if (name === null) return null;
    let role = m[ROLE_GROUP]!;
    const indices = m.indices!;
    let start = m.index;
    let affiliation: string | null = null;
    let employer = m[ORG_GROUP];
    const merged = longerRole(employer, role);
    if (merged) {
      // "Vice President Jane Roe": capitalised words before the title are part of it.
      role = merged.role;
      employer = merged.employer;
    }
    const roleStart = indices[ROLE_GROUP]![0] - (role.length - m[ROLE_GROUP]!.length);
    if (m[COUNTRY_GROUP]) affiliation = countryOf(m[COUNTRY_GROUP]);
    else if (m[THIS_COUNTRY_GROUP]) affiliation = affiliationOf(m[THIS_COUNTRY_GROUP], doc);
    else if (employer && !MODIFIER_ONLY.test(employer)) {
      affiliation = employerOf(employer);
      // An employer stays out of the span, which is its own claim; a country stays in.
      start = affiliation && countryOf(affiliation) ? m.index : roleStart;
    } else if (merged) start = roleStart;
    if (m[ACRONYM_GROUP]) start = indices[NAME_GROUP]![0]; // "… (USSS) Director Sean Curran"
    const nameStart = indices[NAME_GROUP]![0];
    const nameEnd = nameStart + name.length;
    const end = name.length === m[NAME_GROUP]!.length ? m.index + m[0].length : nameEnd;
    const hit: Hit<"actor"> = {
      value: actor({
        name,
        type: "person",
        role,
        affiliation,
        involvement: involvementOfRole(role, affiliation),
      }),
      start,
      end,
    };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "The ransomware gang was discussed by South Korean Prime Minister Kim Min-seok and others.",
        match: "South Korean Prime Minister Kim Min-seok",
        value: {
          name: "Kim Min-seok",
          type: "person",
          role: "Prime Minister",
          affiliation: "South Korea",
          involvement: "official",
        },
      },
      {
        text: "The leak came up in talks with U.S. Senator Ron Wyden (D-Oregon) last week.",
        match: "U.S. Senator Ron Wyden (D-Oregon)",
        value: { name: "Ron Wyden", role: "Senator", affiliation: "United States" },
      },
      {
        text: "After the breach, CEO Marissa Mayer said the company would notify users.",
        match: "CEO Marissa Mayer",
        value: { name: "Marissa Mayer", role: "CEO", involvement: "executive" },
      },
      {
        text: "“We apologize,” Midland Health President Jane Doe-Smith said in the release.",
        match: "President Jane Doe-Smith",
        value: {
          name: "Jane Doe-Smith",
          role: "President",
          affiliation: "Midland Health",
          involvement: "executive",
        },
      },
      {
        text: "said Acme Vice President Jane Roe in a statement",
        match: "Vice President Jane Roe",
        value: { name: "Jane Roe", role: "Vice President", affiliation: "Acme" },
      },
      {
        text: "according to university spokeswoman Maria Lopez, the intrusion was stopped",
        match: "university spokeswoman Maria Lopez",
        value: { name: "Maria Lopez", role: "spokeswoman", involvement: "other" },
      },
      {
        text: "Japan's Foreign Minister Taro Kono called for an inquiry into the leak.",
        match: "Japan's Foreign Minister Taro Kono",
        value: { name: "Taro Kono", role: "Foreign Minister", affiliation: "Japan" },
      },
      {
        text: "the Information Commissioner's Office (ICO) Deputy Commissioner Stephen Bonner said",
        match: "Deputy Commissioner Stephen Bonner",
        value: { name: "Stephen Bonner", role: "Commissioner", involvement: "official" },
      },
    ],
    invalid: [
      "Retailer CEO Resigns After Customer Data Breach",
      "The President expressed his astonishment at the five-month delay.",
      "President Biden has demanded answers from the company.",
      "The CEO resigned after the breach at the retailer.",
      "CEO Resigns After Data Breach, Police Raid HQ",
    ],
  },
});
