// A title, a comma, then the person's name: "Japan's trade envoy, Ryosei Akazawa",
// "the company's chief executive, Jane Roe", "Acme's CEO, John Smith,".
import { defineMatcher, type Hit } from "../../rules/index.js";
import {
  ORG_NAME,
  PARTY,
  PERSON_NAME,
  ROLE,
  actor,
  cleanStart,
  countryOf,
  employerOf,
  involvementOfRole,
  organizationName,
  personName,
  titlePrefix,
} from "./_shared.js";
import { ROLES } from "../../lexicon/roles.js";
import { prefixesOf } from "../../rules/index.js";

/** A portfolio in lower case: "minister of science, technology and innovation". */
const PORTFOLIO = String.raw`\p{Ll}{2,20}(?:(?:,\s|\sand\s|,\sand\s)\p{Ll}{2,20}){0,5}`;

/** The title, its "of …" employer, a comma, the name; what precedes is read backwards. */
const PATTERN = new RegExp(
  String.raw`\b(${ROLE})(?:\s(?:of|at|for)\s(?:the\s)?(?:(${ORG_NAME})|(${PORTFOLIO})))?,\s(?!${ROLE}\s)(${PERSON_NAME})${PARTY}?(?=[,.;:)]|\s\p{Ll}|\s*$)`,
  "gu",
);
const ROLE_GROUP = 1;
const OF_ORG_GROUP = 2;
const PORTFOLIO_GROUP = 3;
const NAME_GROUP = 4;

export default defineMatcher({
  id: "actor.title-apposition",
  kind: "actor",
  description: "A title, a comma, then the person's name; the country or employer owns the title.",
  pattern: PATTERN,
  triggers: prefixesOf(ROLES.map((r) => r.title)),
  extract(m, { doc, sentence }) {
    if (!cleanStart(sentence.text, m.index)) return null;
    const name = personName(m[NAME_GROUP]!);
    if (name === null || name !== m[NAME_GROUP]) return null;
    // "minister of health and welfare": a portfolio is part of the title.
    const role = m[PORTFOLIO_GROUP] ? `${m[ROLE_GROUP]!} of ${m[PORTFOLIO_GROUP]}` : m[ROLE_GROUP]!;
    const prefix = titlePrefix(sentence.text, m.index, doc);
    let start = prefix.modifier?.start ?? m.index;
    let affiliation: string | null = null;
    if (prefix.country) {
      affiliation = prefix.country.name;
      start = prefix.country.start;
    } else if (prefix.employer) start = prefix.employer.start;
    else if (prefix.org?.possessive) {
      affiliation = employerOf(prefix.org.raw);
      start = prefix.org.start;
    } else if (/(?:^|\s)[Tt]he\s$/u.test(sentence.text.slice(Math.max(0, start - 5), start)))
      start -= 4;
    if (!affiliation && m[OF_ORG_GROUP]) {
      const of = m[OF_ORG_GROUP];
      affiliation = countryOf(of) ?? organizationName(of)?.name ?? null;
    }
    const hit: Hit<"actor"> = {
      value: actor({
        name,
        type: "person",
        role,
        affiliation,
        involvement: involvementOfRole(m[ROLE_GROUP]!, affiliation),
      }),
      start,
      end: m.index + m[0].length,
    };
    return [hit];
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
      {
        text: "the minister of health, labour and welfare, Aiko Tanabe, ordered an audit",
        match: "the minister of health, labour and welfare, Aiko Tanabe",
        value: {
          name: "Aiko Tanabe",
          role: "minister of health, labour and welfare",
          involvement: "official",
        },
      },
    ],
    invalid: [
      "The minister of health, who resigned on Friday, apologised.",
      "The hospital's privacy officer, Monday Morning, said",
      "Its president, however, declined to comment.",
      "the spokesperson, Tuesday, said nothing",
    ],
  },
});
