// A title, a comma, then the person's name: "Japan's trade envoy, Ryosei Akazawa",
// "the company's chief executive, Jane Roe", "Acme's CEO, John Smith,".
import { defineMatcher } from "../../rules/index.js";
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
  organizationName,
  personName,
  cleanStart,
} from "./_shared.js";

const PATTERN = new RegExp(
  String.raw`\b(?:(${COUNTRY})['’]s\s|(${THIS_COUNTRY_WORDS})['’]s\s|(${ORG_NAME})['’]s\s|(?:[Tt]he\s)?(?:${EMPLOYER_NOUN}['’]s\s)?)${ROLE_MODIFIER}?(${ROLE})(?:\s(?:of|at|for)\s(?:the\s)?(${ORG_NAME}))?,\s(${PERSON_NAME})${PARTY}?(?=[,.;:)]|\s\p{Ll}|\s*$)`,
  "gu",
);
const COUNTRY_GROUP = 1;
const THIS_COUNTRY_GROUP = 2;
const ORG_GROUP = 3;
const ROLE_GROUP = 4;
const OF_ORG_GROUP = 5;
const NAME_GROUP = 6;

export default defineMatcher({
  id: "actor.title-apposition",
  kind: "actor",
  description: "A title, a comma, then the person's name; the country or employer owns the title.",
  pattern: PATTERN,
  extract(m, { doc, sentence }) {
    if (!cleanStart(sentence.text, m.index)) return null;
    const name = personName(m[NAME_GROUP]!);
    if (name === null || name !== m[NAME_GROUP]) return null;
    const role = m[ROLE_GROUP]!;
    let affiliation: string | null = null;
    if (m[COUNTRY_GROUP]) affiliation = countryOf(m[COUNTRY_GROUP]);
    else if (m[THIS_COUNTRY_GROUP]) affiliation = affiliationOf(m[THIS_COUNTRY_GROUP], doc);
    else if (m[ORG_GROUP]) affiliation = employerOf(m[ORG_GROUP]);
    else if (m[OF_ORG_GROUP]) {
      const of = m[OF_ORG_GROUP];
      affiliation = countryOf(of) ?? organizationName(of)?.name ?? null;
    }
    return actor({
      name,
      type: "person",
      role,
      affiliation,
      involvement: involvementOfRole(role, affiliation),
    });
  },
  examples: {
    valid: [
      {
        text: "the hospital's chief executive, Mary Ellen Stone, said in a statement",
        match: "the hospital's chief executive, Mary Ellen Stone",
        value: { name: "Mary Ellen Stone", role: "chief executive", involvement: "executive" },
      },
      {
        text: "Japan's trade envoy, Ryosei Akazawa, raised the leak with his counterpart.",
        match: "Japan's trade envoy, Ryosei Akazawa",
        value: {
          name: "Ryosei Akazawa",
          type: "person",
          role: "trade envoy",
          affiliation: "Japan",
          involvement: "official",
        },
      },
      {
        text: "Target's CEO, Gregg Steinhafel, resigned months after the breach.",
        match: "Target's CEO, Gregg Steinhafel",
        value: {
          name: "Gregg Steinhafel",
          role: "CEO",
          affiliation: "Target",
          involvement: "executive",
        },
      },
      {
        text: "The chief executive of Equifax, Richard Smith, apologised to consumers.",
        match: "The chief executive of Equifax, Richard Smith",
        value: { name: "Richard Smith", role: "chief executive", affiliation: "Equifax" },
      },
      {
        text: "Singapore’s National Security Adviser, Kim Ah-young, confirmed the inquiry.",
        match: "Singapore’s National Security Adviser, Kim Ah-young",
        value: { name: "Kim Ah-young", role: "National Security Adviser", involvement: "official" },
      },
    ],
    invalid: [
      "The company's CEO, who resigned on Friday, apologised.",
      "The hospital's privacy officer, Monday Morning, said",
      "Its president, however, declined to comment.",
      "the spokesperson, Tuesday, said nothing",
    ],
  },
});
