// A body's name with its acronym in brackets: "Personal Information Protection Commission
// (PIPC)", "United States Trade Representative (USTR)", "Department of Health and Human
// Services (HHS)". The acronym must spell the name's initials; it becomes an alias.
import { GOVERNMENT_WORDS } from "../../lexicon/organizations.js";
import { defineMatcher, type Hit } from "../../rules/index.js";
import {
  actor,
  bodyInvolvement,
  countryOf,
  governmentAffiliation,
  isGovernmentName,
  isOrganizationName,
  organizationName,
  cleanStart,
} from "./_shared.js";

const TOKEN = String.raw`\p{Lu}[\p{L}\d'’-]{0,30}`;
const JOIN = String.raw`(?:\s|\s(?:of|and|&|for|the|on|in)\s)`;
const PATTERN = new RegExp(
  String.raw`\b(${TOKEN}(?:${JOIN}${TOKEN}){0,9})\s\((\p{Lu}[\p{Lu}&]{1,7}|\p{Lu}[\p{Lu}\p{Ll}]{1,7}\p{Lu})\)`,
  "gu",
);
const NAME = 1;
const ACRONYM = 2;

const CONNECTORS = new Set(["of", "and", "&", "for", "the", "on", "in"]);
const HEAD_WORDS = new Set(GOVERNMENT_WORDS.flatMap((w) => w.split(" ")));

/** The letters a token offers an acronym: all of "ICT", the first of "Science". */
const lettersOf = (token: string) => (/^\p{Lu}{2,}$/u.test(token) ? token : token.slice(0, 1));

/** Whether the acronym's letters come in order from the tokens, the last from the last token. */
function spells(acronym: string, tokens: readonly string[]): boolean {
  const letters = acronym.replace(/\P{Lu}/gu, "");
  let i = 0;
  for (const t of tokens) {
    for (const c of lettersOf(t)) if (i < letters.length && c === letters[i]) i++;
  }
  if (i < letters.length) return false;
  const last = lettersOf(tokens[tokens.length - 1]!);
  return last.includes(letters[letters.length - 1]!);
}

export default defineMatcher({
  id: "actor.acronym-body",
  kind: "actor",
  description: "A government body or organisation named in full, its acronym in brackets after.",
  pattern: PATTERN,
  extract(m, { doc, sentence }) {
    if (!cleanStart(sentence.text, m.index)) return null;
    const acronym = m[ACRONYM]!;
    let words = m[NAME]!.split(/\s+/);
    let offset = 0;
    const drop = (n: number) => {
      offset += words.slice(0, n).join(" ").length + 1;
      words = words.slice(n);
    };
    // Drop a possessive lead ("South Korea's"), then words before the acronym's first letter
    // unless they head the name ("Department of …").
    const possessive = words.findIndex((w) => /['’]s$/.test(w));
    if (possessive >= 0) drop(possessive + 1);
    while (
      words.length > 1 &&
      (CONNECTORS.has(words[0]!) ||
        (words[0]![0] !== acronym[0] &&
          !HEAD_WORDS.has(words[0]!) &&
          countryOf(words[0]!) === null))
    )
      drop(1);
    const tokens = words.filter((w) => !CONNECTORS.has(w));
    if (tokens.length < 2 || !spells(acronym, tokens)) return null;
    const name = words.join(" ");
    if (organizationName(name)?.name !== name) return null;
    const government = isGovernmentName(name);
    if (!government && !isOrganizationName(name)) return null;
    const before = sentence.text.slice(0, m.index + offset);
    const hit: Hit<"actor"> = {
      value: actor({
        name,
        aliases: [acronym],
        type: government ? "government" : "organization",
        affiliation: government ? governmentAffiliation(name, before, doc) : null,
        involvement: government ? bodyInvolvement(name, sentence.text) : "other",
      }),
      start: m.index + offset,
      end: m.index + m[0].length,
    };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "Japan's Personal Information Protection Commission (PPC) launched a probe into the leak.",
        match: "Personal Information Protection Commission (PPC)",
        value: {
          name: "Personal Information Protection Commission",
          aliases: ["PPC"],
          type: "government",
          affiliation: "Japan",
          involvement: "regulator",
        },
      },
      {
        text: "The Department of Health and Human Services (HHS) lists the breach on its portal.",
        match: "Department of Health and Human Services (HHS)",
        value: {
          name: "Department of Health and Human Services",
          aliases: ["HHS"],
          type: "government",
        },
      },
      {
        text: "officials met the United States Trade Representative (USTR) on Tuesday",
        match: "United States Trade Representative (USTR)",
        value: {
          name: "United States Trade Representative",
          aliases: ["USTR"],
          affiliation: "United States",
          involvement: "other",
        },
      },
      {
        text: "the Ministry of Science and ICT (MSIT) said it would review the certification",
        match: "Ministry of Science and ICT (MSIT)",
        value: { name: "Ministry of Science and ICT", aliases: ["MSIT"] },
      },
      {
        text: "Police said the Federal Bureau of Investigation (FBI) had joined the inquiry.",
        match: "Federal Bureau of Investigation (FBI)",
        value: { aliases: ["FBI"], involvement: "investigator" },
      },
    ],
    invalid: [
      "Implement Continuous Threat Exposure Management (CTEM) across the estate.",
      "The Personal Information Protection Act (PIPA) sets the fines.",
      "Emory Roane of the Privacy Rights Clearinghouse (PRC) said it was concerning.",
      "the new Health Insurance Portability and Accountability Act (HIPAA) rules",
    ],
  },
});
