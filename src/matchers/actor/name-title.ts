// A person's name, a comma, then the title: "Sue Paish, president of LifeLabs",
// "Jane Roe, the company's chief executive", "Kim Ah-young, South Korea's trade minister".
import { defineMatcher } from "../../rules/index.js";
import {
  COUNTRY,
  EMPLOYER_NOUN,
  ORG_NAME,
  PERSON_NAME,
  ROLE,
  ROLE_MODIFIER,
  THIS_COUNTRY_WORDS,
  affiliationOf,
  countryOf,
  employerOf,
  longerRole,
  organizationName,
  personName,
  cleanStart,
  titledPerson,
} from "./_shared.js";

/** One lower-case word that narrows a title: "a threat analyst", "a senior partner". */
const DESCRIPTOR = String.raw`(?:(?:threat|security|senior|cybersecurity|privacy|data|intelligence|managing|legal|industry)\s)`;

const PATTERN = new RegExp(
  String.raw`\b(${PERSON_NAME}),\s(?:(?:the|a|an)\s)?(?:(${COUNTRY})(?:['’]s)?\s|(${THIS_COUNTRY_WORDS})['’]s\s|(${ORG_NAME})(?:['’]s)?\s|(${EMPLOYER_NOUN})['’]s\s)?${ROLE_MODIFIER}?(${DESCRIPTOR}?${ROLE})(?:\s(?:of|at|for)\s(?:the\s)?(?:(${ORG_NAME})|${EMPLOYER_NOUN}))?(?=[,.;:)]|\s(?:said|says|told|wrote|added|explained|confirmed|who|and)\b|\s*$)`,
  "gu",
);
const NAME_GROUP = 1;
const COUNTRY_GROUP = 2;
const THIS_COUNTRY_GROUP = 3;
const ORG_GROUP = 4;
const ROLE_GROUP = 6;
const OF_ORG_GROUP = 7;

/** Whether the text ends in a capitalised word and a space: the name is longer than we took. */
function capitalisedBefore(text: string): boolean {
  if (!text.endsWith(" ")) return false;
  const word = text.trimEnd().split(" ").pop() ?? "";
  return /^\p{Lu}[\p{L}'’-]/u.test(word);
}

export default defineMatcher({
  id: "actor.name-title",
  kind: "actor",
  description: "A person's name, a comma, then the title with its country or employer.",
  pattern: PATTERN,
  triggers: [":capital"],
  extract(m, { doc, sentence }) {
    if (!cleanStart(sentence.text, m.index)) return null;
    const name = personName(m[NAME_GROUP]!);
    if (name === null || name !== m[NAME_GROUP]) return null;
    // "… Health Systems Sue Paish, president": the name is part of a longer capitalised run.
    if (capitalisedBefore(sentence.text.slice(Math.max(0, m.index - 40), m.index))) return null;
    let role = m[ROLE_GROUP]!;
    let employer = m[ORG_GROUP];
    const merged = longerRole(employer, role);
    if (merged) {
      role = merged.role; // "Jean Putnam, Vice President at …"
      employer = merged.employer;
    }
    let affiliation: string | null = null;
    if (m[COUNTRY_GROUP]) affiliation = countryOf(m[COUNTRY_GROUP]);
    else if (m[THIS_COUNTRY_GROUP]) affiliation = affiliationOf(m[THIS_COUNTRY_GROUP], doc);
    else if (employer) affiliation = employerOf(employer);
    else if (m[OF_ORG_GROUP]) {
      const of = m[OF_ORG_GROUP];
      affiliation = countryOf(of) ?? organizationName(of)?.name ?? null;
    }
    return titledPerson(name, role, affiliation);
  },
  examples: {
    valid: [
      {
        text: "Marta Lindqvist, Vice President at Harbor Clinic Group, said the letters went out by mistake.",
        match: "Marta Lindqvist, Vice President at Harbor Clinic Group",
        value: {
          name: "Marta Lindqvist",
          role: "Vice President",
          affiliation: "Harbor Clinic Group",
        },
      },
      {
        text: "Sue Paish, president of LifeLabs, said the computer was sent for servicing.",
        match: "Sue Paish, president of LifeLabs",
        value: {
          name: "Sue Paish",
          type: "person",
          role: "president",
          affiliation: "LifeLabs",
          involvement: "executive",
        },
      },
      {
        text: "said Kathy Kowalski, the hospital's privacy officer, on Monday",
        match: "Kathy Kowalski, the hospital's privacy officer",
        value: { name: "Kathy Kowalski", role: "privacy officer", involvement: "executive" },
      },
      {
        text: "Yoon Suk-yeol, South Korea's president, ordered a review.",
        match: "Yoon Suk-yeol, South Korea's president",
        value: {
          name: "Yoon Suk-yeol",
          role: "president",
          affiliation: "South Korea",
          involvement: "official",
        },
      },
      {
        text: "The worst is over, said Tomas Brenner, a threat analyst",
        match: "Tomas Brenner, a threat analyst",
        value: { name: "Tomas Brenner", role: "threat analyst", involvement: "other" },
      },
      {
        text: "Rules are changing, says Maria Lopez, a partner at Baker Stone who advises banks.",
        match: "Maria Lopez, a partner at Baker Stone",
        value: { name: "Maria Lopez", role: "partner", affiliation: "Baker Stone" },
      },
      {
        text: "The fine is a warning, said Tom Reyes, U.K. Information Commissioner.",
        match: "Tom Reyes, U.K. Information Commissioner",
        value: {
          name: "Tom Reyes",
          role: "Information Commissioner",
          affiliation: "United Kingdom",
          involvement: "official",
        },
      },
      {
        text: "We are sorry, Ana Ruiz, CEO of the company, wrote on Monday.",
        match: "Ana Ruiz, CEO of the company",
        value: { name: "Ana Ruiz", role: "CEO", involvement: "executive" },
      },
    ],
    invalid: [
      "In Seoul, the president said nothing about the leak.",
      "Names, addresses, a threat analyst said, were exposed.",
      "Baptist Health, a provider in Louisville, notified 880 patients.",
      "Names, addresses and phone numbers were exposed.",
    ],
  },
});
