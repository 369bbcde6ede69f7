// A body's name with its acronym in brackets: "Office of the Australian Information
// Commissioner (OAIC)", "United States Secret Service (USSS)", "Department of Health and Human
// Services (HHS)". The acronym must spell the name's initials; it becomes an alias.
import { isSpaceCode } from "../../document/chars.js";
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
  namesDocumentKind,
} from "./_shared.js";

/** The acronym in brackets; the name before it is read word by word, backwards. */
const PATTERN = /\s\((\p{Lu}[\p{Lu}&]{1,7}|\p{Lu}[\p{Lu}\p{Ll}]{1,7}\p{Lu})\)/gu;
const ACRONYM = 1;

const CONNECTORS = new Set(["of", "and", "&", "for", "the", "on", "in"]);
const HEAD_WORDS = new Set(GOVERNMENT_WORDS.flatMap((w) => w.split(" ")));

/** A capitalised word of a name: "Commission", "ICT", "Commissioner's", "Children’s". */
const NAME_WORD = /^\p{Lu}[\p{L}\d'’-]*$/u;
/** How many words back a name may reach. */
const MAX_WORDS = 14;

/**
 * The capitalised run (with "of", "and", "the" inside it) that ends where the acronym's
 * bracket begins, and where it starts; null when the word before is not capitalised.
 */
function nameBefore(text: string, end: number): { raw: string; start: number } | null {
  let first = end;
  let i = end;
  for (let n = 0; n < MAX_WORDS && i > 0; n++) {
    let k = i;
    while (k > 0 && !isSpaceCode(text.charCodeAt(k - 1))) k--;
    const word = text.slice(k, i);
    if (NAME_WORD.test(word)) first = k;
    else if (!CONNECTORS.has(word)) break;
    i = k - 1;
  }
  return first === end ? null : { raw: text.slice(first, end), start: first };
}

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
  triggers: [":capital"],
  extract(m, { doc, sentence }) {
    const acronym = m[ACRONYM]!;
    const found = nameBefore(sentence.text, m.index);
    if (!found) return null;
    if (namesDocumentKind(sentence.text.slice(m.index + m[0].length))) return null;
    // "the Federal Trade Commission and the Internal Revenue Service (IRS)": the last of a list.
    const raw = found.raw.replace(/['’]$/, "");
    const listAt = raw.lastIndexOf(" and the ");
    const listed = listAt >= 0 ? raw.slice(listAt + " and the ".length) : raw;
    const all = listed.split(/\s+/);
    // Drop a possessive lead ("South Korea's") unless the possessive is in the name
    // ("Information Commissioner's Office"), then words before the acronym's first letter
    // unless they head the name ("Department of …").
    const possessive = all.findIndex((w) => /['’]s$/.test(w));
    let words = possessive >= 0 && possessive < all.length - 2 ? all.slice(possessive + 1) : all;
    const trim = (ws: string[]) => {
      let i = 0;
      while (
        i < ws.length - 1 &&
        (CONNECTORS.has(ws[i]!) ||
          (ws[i]![0] !== acronym[0] && !HEAD_WORDS.has(ws[i]!) && countryOf(ws[i]!) === null))
      )
        i++;
      return ws.slice(i);
    };
    const spelled = (ws: string[]) => {
      const tokens = ws.filter((w) => !CONNECTORS.has(w));
      return tokens.length >= 2 && spells(acronym, tokens);
    };
    words = trim(words);
    if (!spelled(words)) {
      words = trim(all);
      if (!spelled(words)) return null;
    }
    const offset = listed.length - words.join(" ").length + (raw.length - listed.length);
    const name = words.join(" ");
    if (organizationName(name)?.name !== name) return null;
    const government = isGovernmentName(name);
    if (!government && !isOrganizationName(name)) return null;
    const start = found.start + offset;
    const before = sentence.text.slice(0, start);
    const hit: Hit<"actor"> = {
      value: actor({
        name,
        aliases: [acronym],
        type: government ? "government" : "organization",
        affiliation: government ? governmentAffiliation(name, before, doc) : null,
        involvement: government ? bodyInvolvement(name, sentence.text) : "other",
      }),
      start,
      end: m.index + m[0].length,
    };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "Australia's Office of the Australian Information Commissioner (OAIC) launched a probe into the leak.",
        match: "Office of the Australian Information Commissioner (OAIC)",
        value: {
          name: "Office of the Australian Information Commissioner",
          aliases: ["OAIC"],
          type: "government",
          affiliation: "Australia",
          involvement: "regulator",
        },
      },
      {
        text: "a complaint to the Information Commissioner's Office (ICO) about the leak",
        match: "Information Commissioner's Office (ICO)",
        value: { name: "Information Commissioner's Office", aliases: ["ICO"], type: "government" },
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
        text: "officials met the United States Secret Service (USSS) on Tuesday",
        match: "United States Secret Service (USSS)",
        value: {
          name: "United States Secret Service",
          aliases: ["USSS"],
          affiliation: "United States",
          involvement: "investigator",
        },
      },
      {
        text: "the Ministry of Internal Affairs and Communications (MIC) said it would review the rules",
        match: "Ministry of Internal Affairs and Communications (MIC)",
        value: { name: "Ministry of Internal Affairs and Communications", aliases: ["MIC"] },
      },
      {
        text: "Police said the Federal Bureau of Investigation (FBI) had joined the inquiry.",
        match: "Federal Bureau of Investigation (FBI)",
        value: { aliases: ["FBI"], involvement: "investigator" },
      },
    ],
    invalid: [
      "Globex's Securities and Exchange Commission (SEC) filing described the theft.",
      "Implement Continuous Threat Exposure Management (CTEM) across the estate.",
      "The General Data Protection Regulation (GDPR) sets the fines.",
      "Dana Whitfield of the Privacy Rights Clearinghouse (PRC) called it worrying.",
      "the new Health Insurance Portability and Accountability Act (HIPAA) rules",
    ],
  },
});
