// A title, then a person's name, with the country or employer before the title:
// "CEO Lee Min-ho", "South Korean Prime Minister Kim Min-seok", "U.S. Senator Ron Wyden
// (D-Oregon)", "Midland Health President Jane Roe", "university spokeswoman Maria Lopez".
import { defineMatcher, type Hit } from "../../rules/index.js";
import {
  PARTY,
  PERSON_NAME,
  ROLE,
  cleanStart,
  countryOf,
  employerOf,
  longerRole,
  personName,
  titlePrefix,
  titledPerson,
} from "./_shared.js";
import { ROLES } from "../../lexicon/roles.js";
import { prefixesOf } from "../../rules/index.js";

/** The title, then the name; what stands before the title is read backwards (titlePrefix). */
const PATTERN = new RegExp(
  String.raw`\b(${ROLE})\s(?:\((\p{Lu}{2,8})\)\s)?(?!${ROLE}\s)(${PERSON_NAME})${PARTY}?(?![\p{L}\d-])`,
  "dgu",
);
const ROLE_GROUP = 1;
const ACRONYM_GROUP = 2;
const NAME_GROUP = 3;

export default defineMatcher({
  id: "actor.title-name",
  kind: "actor",
  description:
    "A title then a person's name, the country or employer before the title as affiliation.",
  pattern: PATTERN,
  triggers: prefixesOf(ROLES.map((r) => r.title)),
  extract(m, { doc, sentence }) {
    if (!cleanStart(sentence.text, m.index)) return null;
    const name = personName(m[NAME_GROUP]!);
    if (name === null) return null;
    const indices = m.indices!;
    const prefix = titlePrefix(sentence.text, m.index, doc);
    let role = m[ROLE_GROUP]!;
    let roleStart = m.index;
    let employer = prefix.org?.raw;
    const merged = prefix.org && !prefix.org.possessive ? longerRole(employer, role) : null;
    if (merged) {
      // "Vice President Jane Roe": capitalised words before the title are part of it.
      role = merged.role;
      roleStart -= merged.role.length - m[ROLE_GROUP]!.length;
      employer = merged.employer;
    }
    let start = prefix.modifier?.start ?? roleStart;
    let affiliation: string | null = null;
    if (prefix.country) {
      affiliation = prefix.country.name;
      start = prefix.country.start;
    } else if (prefix.employer) start = prefix.employer.start;
    else if (employer) {
      affiliation = employerOf(employer);
      // An employer stays out of the span, which is its own claim; a country stays in.
      if (affiliation && countryOf(affiliation)) start = prefix.org!.start;
    }
    if (m[ACRONYM_GROUP]) start = indices[NAME_GROUP]![0]; // "… (USSS) Director Sean Curran"
    const nameStart = indices[NAME_GROUP]![0];
    const end =
      name.length === m[NAME_GROUP]!.length ? m.index + m[0].length : nameStart + name.length;
    const hit: Hit<"actor"> = {
      value: titledPerson(name, role, affiliation),
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
        text: "B.C. Justice Minister Suzanne Anton called the loss unacceptable.",
        match: "Minister Suzanne Anton",
        value: { name: "Suzanne Anton", role: "Minister", involvement: "official" },
      },
      {
        text: "said Chesapeake Police spokeswoman Kelly O'Sullivan on Friday",
        match: "spokeswoman Kelly O'Sullivan",
        value: { name: "Kelly O'Sullivan", affiliation: "Chesapeake Police" },
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
      "the Justice Minister said nothing",
      "Retailer CEO Resigns After Customer Data Breach",
      "The President expressed his astonishment at the five-month delay.",
      "President Biden has demanded answers from the company.",
      "The CEO resigned after the breach at the retailer.",
      "CEO Resigns After Data Breach, Police Raid HQ",
    ],
  },
});
