// Pieces the actor matchers share: regular expression sources built from the lexicons, and
// the small decisions (country, involvement, generic group) every actor rule makes alike.
import { forEachMatch } from "../../rules/index.js";
import { escape } from "../../lexicon/regex.js";
import type { SourceDoc } from "../../document/index.js";
import type { ValueOf } from "../../contract/index.js";
import {
  COMPANY_NOUNS,
  COUNTRIES,
  DEMONYM_KEEPING_NAMES,
  DEMONYM_KEEPING_QUALIFIERS,
  GOVERNMENT_QUALIFIERS,
  GOVERNMENT_WORDS,
  INVESTIGATOR_WORDS,
  NOT_ACTOR_WORDS,
  ORGANIZATION_WORDS,
  QUALIFIED_GOVERNMENT_WORDS,
  REGULATOR_CUES,
  REGULATOR_NAME_WORDS,
  PLACE_NAMES,
  SENTENCE_ADVERBS,
  THIS_COUNTRY,
} from "../../lexicon/organizations.js";
import {
  EMPLOYER_NOISE,
  GENERIC_GROUPS,
  NOT_NAME_WORDS,
  NOT_PERSON_WORDS,
  ROLES,
  type RoleInvolvement,
} from "../../lexicon/roles.js";
import { isSpaceCode } from "../../document/chars.js";

export type Actor = ValueOf<"actor">;
export type Involvement = Actor["involvement"];

export { escape };

/** Longest first, so that an alternation prefers "chief executive officer" to "chief executive". */
export const byLength = (words: readonly string[]) =>
  [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** A phrase whose words may start in either case: "trade envoy" → "[Tt]rade [Ee]nvoy". */
function eitherCase(phrase: string): string {
  return phrase
    .split(" ")
    .map((word) => {
      const first = word[0]!;
      const rest = escape(word.slice(1));
      const upper = first.toUpperCase();
      return upper === first ? escape(first) + rest : `[${upper}${first}]${rest}`;
    })
    .join(" ");
}

/** Titles written as capitals only (CEO, CISO): never "ceo". */
const ACRONYM_TITLE = /^c[a-z]{1,2}o$/;

const roleSource = (title: string) =>
  ACRONYM_TITLE.test(title) ? escape(title.toUpperCase()) : eitherCase(title);

/** A title from the role lexicon, either case on each word: "Prime Minister", "trade envoy". */
export const ROLE = `(?:${byLength(ROLES.map((r) => r.title))
  .map(roleSource)
  .join("|")})`;

/** Modifiers a title may carry that are not part of the role: "former CEO", "acting". */
export const ROLE_MODIFIER = String.raw`(?:(?:[Ff]ormer|[Aa]cting|[Ii]nterim|[Oo]utgoing|[Ii]ncoming|[Dd]eputy|[Tt]hen-)\s?)`;

/** One token of a person's name: "Kim", "Min-seok", "O'Brien", "McCollum", "J.D.", "Vîlceanu". */
export const NAME_TOKEN = String.raw`(?:(?:\p{Lu}\.){1,3}|\p{Lu}(?:['’]\p{Lu})?\p{Ll}{1,20}(?:\p{Lu}\p{Ll}{1,20})?(?:-\p{L}\p{Ll}{1,20})?)`;

/** Two to four name tokens: "Kim Min-seok", "J.R. Smith", "Mary Ellen Stone". */
export const PERSON_NAME = String.raw`${NAME_TOKEN}(?:\s${NAME_TOKEN}){1,3}`;

/** A U.S. party and state after a name: "(D-Oregon)". */
export const PARTY = String.raw`(?:\s\((?:[DRI]|Dem|Rep)-[\p{L}. ]{2,20}\))`;

/** One token of an organisation's name: "Rakuten", "K12.com", "ICT", "AT&T". */
export const ORG_TOKEN = String.raw`(?:\p{Lu}[\p{L}\d&-]{0,30}(?:\.[\p{L}\d]{1,12}){0,3})`;

/** An organisation's name: capitalised tokens, joined by "of", "and", "&": "Bank of America". */
export const ORG_NAME = String.raw`${ORG_TOKEN}(?:(?:\s|\s(?:&|of|and|de|for)\s)${ORG_TOKEN}){0,4}(?:,?\s(?:Inc|Corp|Co|Ltd|LLC|PLC|Plc)\.?)?(?:(?<=\b(?:Inc|Corp|Co|Ltd|Bros))\.)?`;

/** Lower-case employers before a title: "university spokeswoman", "the company's CEO". */
export const EMPLOYER_NOUN = String.raw`(?:[Cc]ompany|[Uu]niversity|[Hh]ospital|[Cc]ollege|[Ff]irm|[Bb]ank|[Cc]ity|[Cc]ounty|[Ss]tate|[Dd]istrict|[Aa]gency|[Dd]epartment|[Pp]olice|[Cc]linic|[Ss]chool|[Hh]ealth\s(?:system|department))`;

/** Countries, their other names and demonyms, longest first, mapped to the country. */
const COUNTRY_OF = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const w of [...c.aliases, ...c.demonyms]) COUNTRY_OF.set(w.toLowerCase(), c.name);
}
const COUNTRY_WORDS = byLength(COUNTRIES.flatMap((c) => [...c.aliases, ...c.demonyms]));
export const COUNTRY = `(?:${COUNTRY_WORDS.map(escape).join("|")})`;
export const THIS_COUNTRY_WORDS = `(?:${THIS_COUNTRY.map(eitherCase).join("|")})`;
const THIS_COUNTRY_EXACT = new RegExp(`^${THIS_COUNTRY_WORDS}$`);
const THIS_COUNTRY_EXACT_U = new RegExp(`^${THIS_COUNTRY_WORDS}$`, "u");

/** The country a word names ("South Korean" → "South Korea"), or null. */
export function countryOf(word: string): string | null {
  return COUNTRY_OF.get(word.trim().toLowerCase()) ?? null;
}

const COUNTRY_MENTION = new RegExp(String.raw`(?<![\p{L}.])${COUNTRY}(?![\p{L}])`, "gu");
const mainCountries = new WeakMap<SourceDoc, string | null>();

/** The country a document names most often: what "the country's" refers to. */
export function mainCountryOf(doc: SourceDoc): string | null {
  if (mainCountries.has(doc)) return mainCountries.get(doc)!;
  const counts = new Map<string, number>();
  forEachMatch(COUNTRY_MENTION, doc.text, (m) => {
    const name = countryOf(m[0]);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  let best: string | null = null;
  let bestN = 0;
  for (const [name, n] of counts) if (n > bestN) [best, bestN] = [name, n];
  mainCountries.set(doc, best);
  return best;
}

/** A country word or "the country" as an affiliation. */
export function affiliationOf(word: string | undefined, doc: SourceDoc): string | null {
  if (!word) return null;
  const w = word.replace(/['’]s$/, "").trim();
  if (THIS_COUNTRY_EXACT.test(w)) return mainCountryOf(doc);
  return countryOf(w) ?? w;
}

/**
 * The title when capitalised words taken for an employer are really its start: "Vice" +
 * "President" → "Vice President", "Chief Information" + "officer" → "Chief Information
 * officer"; with the employer words left over. Null when no longer title is known.
 */
export function longerRole(
  employer: string | undefined,
  role: string,
): { role: string; employer: string } | null {
  if (!employer) return null;
  const words = employer.split(/\s+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const merged = `${words.slice(-n).join(" ")} ${role}`;
    if (ROLE_INVOLVEMENT.has(merged.toLowerCase()))
      return { role: merged, employer: words.slice(0, -n).join(" ") };
  }
  return null;
}

const EMPLOYER_NOISE_WORDS = new Set(EMPLOYER_NOISE);
const HEAD_ONLY = new Set([
  ...GOVERNMENT_WORDS,
  ...ORGANIZATION_WORDS,
  "Medical",
  "Center",
  "Centre",
  "IT",
  "Health",
  "District",
]);

/**
 * The employer a capitalised run before a title names, cleaned of noise ("ADVERTISEMENT But",
 * "Assistant", "Ottawa-based"): a country as the country's name; null when nothing proper is
 * left ("Hospital", "Medical Center", "IT").
 */
export function employerOf(raw: string): string | null {
  const words = raw
    .split(/\s+/)
    .filter((w) => !/^\p{Lu}{4,}$/u.test(w) || w.length <= 5)
    .filter((w) => !/-based$/.test(w));
  while (words.length && (EMPLOYER_NOISE_WORDS.has(words[0]!) || NOT_ORG_START.has(words[0]!)))
    words.shift();
  while (words.length && EMPLOYER_NOISE_WORDS.has(words[words.length - 1]!)) words.pop();
  // "Frank Chut and Trial": a list ran into the title; no employer is named.
  if (!words.length || ORG_JOINERS.has(words[words.length - 1]!)) return null;
  const text = words.join(" ");
  const country = countryOf(text);
  if (country) return country;
  const org = organizationName(text);
  if (!org || org.name.split(/\s+/).every((w) => HEAD_ONLY.has(w))) return null;
  return org.name;
}

const ROLE_INVOLVEMENT = new Map<string, RoleInvolvement>(
  ROLES.map((r) => [r.title, r.involvement]),
);

/** What a title makes its holder, given whether the affiliation is a country. */
export function involvementOfRole(role: string, affiliation: string | null): Involvement {
  const kind = ROLE_INVOLVEMENT.get(role.toLowerCase()) ?? "other";
  const governmentSide = affiliation !== null && countryOf(affiliation) !== null;
  if (kind === "depends") return governmentSide ? "official" : "executive";
  if (kind === "executive") return "executive";
  if (kind === "official") return "official";
  return governmentSide && /spokes/i.test(role) ? "official" : "other";
}

const NOT_NAME = new Set(NOT_NAME_WORDS);
const STOP_IN_NAME = new Set([
  ...NOT_NAME_WORDS,
  ...GOVERNMENT_WORDS.flatMap((w) => w.split(" ")),
  ...ORGANIZATION_WORDS.flatMap((w) => w.split(" ")),
  "Center",
  "Centre",
  ...NOT_PERSON_WORDS,
]);

/**
 * A person's name from the tokens a pattern took: trailing tokens that cannot be part of a
 * name are dropped ("Lee Min-ho Has"); null when fewer than two tokens remain or the first
 * cannot start a name.
 */
export function personName(raw: string): string | null {
  const tokens = raw.split(/\s+/);
  if (tokens.length === 0 || NOT_NAME.has(tokens[0]!)) return null;
  let n = tokens.length;
  while (n > 0 && STOP_IN_NAME.has(tokens[n - 1]!)) n--;
  const kept = tokens.slice(0, n);
  if (kept.length < 2 || kept.some((t) => STOP_IN_NAME.has(t) || countryOf(t) !== null))
    return null;
  return kept.join(" ");
}

const GENERIC = new Set(GENERIC_GROUPS.map((g) => g.toLowerCase()));

/** "authorities", "the government": never an actor. */
export function isGeneric(name: string): boolean {
  const n = name.toLowerCase().replace(/^the\s+/, "");
  return GENERIC.has(n) || GENERIC.has(`the ${n}`);
}

const LEADING_NOISE = new Set(["The", "A", "An", "This", "That", "Its", "Their", "Our", "Both"]);
/** Words that start no organisation's name: NOT_NAME_WORDS less the heads of bodies. */
const NOT_ORG_START = new Set(
  NOT_NAME_WORDS.filter(
    (w) =>
      !GOVERNMENT_WORDS.includes(w) &&
      !ORGANIZATION_WORDS.includes(w) &&
      w !== "Data" &&
      w !== "Security" &&
      w !== "Privacy" &&
      w !== "Cybersecurity",
  ),
);
const NOT_ACTOR = new Set(NOT_ACTOR_WORDS);

/**
 * Every demonym, longest first (a stable sort: among equal lengths, lexicon order), and every
 * country alias: built once, not per name (organizationName runs for most actor matches).
 */
const DEMONYMS_LONGEST_FIRST = COUNTRIES.flatMap((c) => c.demonyms).sort(
  (a, b) => b.length - a.length,
);
const COUNTRY_ALIASES = new Set(COUNTRIES.flatMap((c) => c.aliases));

const KEEPING_QUALIFIERS = new Set(DEMONYM_KEEPING_QUALIFIERS);
const KEEPING_NAMES = new Set(DEMONYM_KEEPING_NAMES);

/** Whether a nationality word stays in the name before `rest`: "Federal Police", "Airways". */
function keepsDemonym(rest: string): boolean {
  const words = rest.split(/\s+/);
  return KEEPING_QUALIFIERS.has(words[0]!) || (words.length === 1 && KEEPING_NAMES.has(words[0]!));
}

/**
 * An organisation's name from the tokens a pattern took: without a leading article,
 * demonym or country ("South Korean"), never a country alone, a generic group, or a thing
 * that does not act ("Stock Exchange", "Protection Act").
 */
export function organizationName(raw: string): { name: string; country: string | null } | null {
  let name = raw.trim().replace(/[,.]$/, "");
  let country: string | null = null;
  for (;;) {
    const first = name.split(/\s+/)[0]!;
    if (LEADING_NOISE.has(first)) {
      name = name.slice(first.length).trim();
      continue;
    }
    const demonym = DEMONYMS_LONGEST_FIRST.find((d) => name.startsWith(`${d} `));
    if (demonym && !COUNTRY_ALIASES.has(demonym)) {
      country = countryOf(demonym);
      const rest = name.slice(demonym.length).trim();
      if (keepsDemonym(rest)) break;
      name = rest;
      continue;
    }
    break;
  }
  // "Investigation Continues The Ministry of Health": a headline runs into the name.
  const inner = name.lastIndexOf(" The ");
  if (inner >= 0) name = name.slice(inner + " The ".length);
  // "Privacy Office on May", "… Commissioner for B": a date or a cut word after the name.
  let tail = name.split(/\s+/);
  while (
    tail.length > 1 &&
    (NOT_ORG_START.has(tail[tail.length - 1]!) ||
      /^(?:of|for|on|and|the|&|\p{Lu})$/u.test(tail[tail.length - 1]!))
  )
    tail = tail.slice(0, -1);
  name = tail.join(" ");
  if (!name || countryOf(name) !== null || isGeneric(name)) return null;
  const words = name.split(/\s+/);
  if (NOT_ACTOR.has(words[words.length - 1]!) || NOT_ORG_START.has(words[0]!)) return null;
  return { name, country };
}

const cueSet = (words: readonly string[]) =>
  new RegExp(String.raw`\b(?:${byLength(words).map(escape).join("|")})\b`, "i");

const REGULATOR_CUE = cueSet(REGULATOR_CUES);
const INVESTIGATOR_NAME = cueSet(INVESTIGATOR_WORDS);

const REGULATOR_NAME = new RegExp(
  String.raw`\b(?:${byLength(REGULATOR_NAME_WORDS).map(escape).join("|")})\b`,
);

/**
 * A government body's involvement: investigator by name, regulator by name (a commission, a
 * ministry, an authority) or when it probes or fines.
 */
export function bodyInvolvement(name: string, sentence: string): Involvement {
  if (INVESTIGATOR_NAME.test(name)) return "investigator";
  return REGULATOR_NAME.test(name) || REGULATOR_CUE.test(sentence) ? "regulator" : "other";
}

const GOVERNMENT_NAME = cueSet(
  GOVERNMENT_WORDS.filter((w) => !QUALIFIED_GOVERNMENT_WORDS.includes(w)),
);
/** "National Labor Relations Board": a qualified head after a government qualifier. */
const QUALIFIED_GOVERNMENT_NAME = new RegExp(
  String.raw`(?:^|\s)(?:${byLength(GOVERNMENT_QUALIFIERS).map(escape).join("|")})\s(?:[\p{L}&'’.-]{1,30}\s){0,4}(?:${byLength(QUALIFIED_GOVERNMENT_WORDS).map(escape).join("|")})(?![\p{L}\d])`,
  "u",
);

/** Whether a name has a qualified head ("Board") after a government qualifier ("Federal"). */
export function isQualifiedGovernmentName(name: string): boolean {
  return QUALIFIED_GOVERNMENT_NAME.test(name);
}

/** Whether an organisation's name is a government body's. */
export function isGovernmentName(name: string): boolean {
  return (
    GOVERNMENT_NAME.test(name) ||
    COUNTRY_AT_START.test(name) ||
    QUALIFIED_GOVERNMENT_NAME.test(name)
  );
}
const COUNTRY_AT_START = new RegExp(`^${COUNTRY}\\s`, "u");

const ORGANIZATION_HEAD = new RegExp(
  String.raw`(?:^|\s)(?:${byLength(ORGANIZATION_WORDS).map(escape).join("|")})(?:\s(?:of|for)\s.{1,80})?$`,
  "u",
);

/**
 * Whether a name is headed by a company or institution word: "Sault Area Hospital",
 * "Children's Hospital of Eastern Ontario"; not "Protected Health Information".
 */
export function isOrganizationName(name: string): boolean {
  return ORGANIZATION_HEAD.test(name);
}

/** Words that make a sentence about a breach: the victim rules need one. */
export const BREACH_CONTEXT =
  /\b(?:breach\w{0,3}|hack\w{0,3}|leak\w{0,3}|cyber-?attack\w{0,3}|attack\w{0,3}|intrusion|compromised?|exposed|stolen|ransomware|unauthori[sz]ed|incident)\b/i;
/** Triggers for matchers that require BREACH_CONTEXT: its words (the engine tests it after). */
export const BREACH_CONTEXT_TRIGGERS = [
  "breach*",
  "hack*",
  "leak*",
  "cyber*",
  "attack*",
  "intrusion",
  "compromise*",
  "exposed",
  "stolen",
  "ransomware",
  "unauthori*",
  "incident",
];

/** Nouns that describe a company: "platform", "retailer", "giant". */
export const COMPANY_NOUN = `(?:${byLength(COMPANY_NOUNS).map(escape).join("|")})`;

/** An actor value with defaults. */
export function actor(value: Partial<Actor> & Pick<Actor, "name" | "type">): Actor {
  return {
    name: value.name,
    aliases: value.aliases ?? [],
    type: value.type,
    role: value.role ?? null,
    affiliation: value.affiliation ?? null,
    involvement: value.involvement ?? "other",
  };
}

/** A person with a title: involvement from the title and its employer or country. */
export function titledPerson(name: string, role: string, affiliation: string | null): Actor {
  return actor({
    name,
    type: "person",
    role,
    affiliation,
    involvement: involvementOfRole(role, affiliation),
  });
}

const COUNTRY_START = new RegExp(`^(${COUNTRY})(?![\\p{L}])`, "u");
const COUNTRY_BEFORE = new RegExp(
  String.raw`(?:(${COUNTRY})(?:['’]s)?|(${THIS_COUNTRY_WORDS})['’]s)\s(?:[Oo]wn\s|[Nn]ational\s)?$`,
  "u",
);

/**
 * The country a government body belongs to: one its name starts with ("Japan Cybersecurity
 * Agency"), one just before it ("South Korea's", "the country's"), else the country
 * the document names most.
 */
export function governmentAffiliation(name: string, before: string, doc: SourceDoc): string | null {
  const inName = COUNTRY_START.exec(name);
  if (inName) return countryOf(inName[1]!);
  const prior = COUNTRY_BEFORE.exec(before.slice(-40));
  if (prior?.[1]) return countryOf(prior[1]);
  if (prior?.[2]) return mainCountryOf(doc);
  return mainCountryOf(doc);
}

/** Words that never make a victim's name on their own: "a leak of Personal Information". */
const DATA_WORDS = new Set([
  "Personal",
  "Information",
  "Data",
  "Customer",
  "Customers",
  "User",
  "Users",
  "Social",
  "Security",
  "Numbers",
  "Records",
  "Medical",
  "Patient",
  "Contract",
  "Trust",
  "Privacy",
  "Confidentiality",
]);

/** Places a victim rule may read as a name ("the California company"). */
const PLACE_SET = new Set<string>(PLACE_NAMES);
const ADVERBS = new Set<string>(SENTENCE_ADVERBS);

const TITLE_START = new RegExp(`^${ROLE}\\s(?:of|at)\\s`, "u");

/** The victim organisation a rule read: null when the name is a country, generic or data. */
export function victimActor(raw: string): Actor | null {
  // "Patient A", "Veteran B": a party in an anonymised report.
  if (/\s\p{Lu}$/u.test(raw.trim())) return null;
  const org = organizationName(raw);
  if (!org) return null;
  // "hackers breached the California company": a place, not the organisation; "Additionally,".
  if (PLACE_SET.has(org.name) || ADVERBS.has(org.name)) return null;
  const words = org.name.split(/\s+/);
  if (words.length === 1 && (GOVERNMENT_NAME.test(org.name) || INVESTIGATOR_NAME.test(org.name)))
    return null;
  // "CEO of Redspin": a person, not a company.
  if (TITLE_START.test(org.name)) return null;
  if (words.every((w) => DATA_WORDS.has(w) || /^(?:of|and|&|for|de)$/.test(w))) return null;
  return actor({
    name: org.name,
    type: isGovernmentName(org.name) ? "government" : "organization",
    involvement: "victim",
  });
}

/** Whether a match starts a word: not inside "AT&T", "J.D." or "e-Commerce" (patterns open on \b). */
export function cleanStart(text: string, index: number): boolean {
  const c = text[index - 1];
  return c === undefined || !/[\p{L}\d.&'’-]/u.test(c);
}

/** What ends a word of orgAfter: /[\s,;:()]/. */
const endsOrgWord = (c: number) =>
  c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || isSpaceCode(c);

const ORG_WORD = /^\p{Lu}[\p{L}\d&.-]*$/u;
const ORG_JOINERS = new Set(["of", "and", "&", "de", "for"]);

/**
 * The capitalised run that ends at `end` ("… a data breach at Acme Corp" → "Acme Corp"), read
 * word by word backwards so that no pattern has to guess where a name starts; null when the
 * word before `end` is not capitalised.
 */
export function orgBefore(
  text: string,
  end: number,
  maxWords = 6,
): { raw: string; start: number } | null {
  let first = end;
  let i = end;
  for (let n = 0; n < maxWords && i > 0; n++) {
    let k = i;
    while (k > 0 && !isSpaceCode(text.charCodeAt(k - 1))) k--;
    const word = text.slice(k, i);
    if (ORG_WORD.test(word)) first = k;
    else if (!ORG_JOINERS.has(word)) break;
    i = k - 1;
  }
  return first === end ? null : { raw: text.slice(first, end), start: first };
}

/** The capitalised run that starts at `start` ("… group Anonymous claimed" → "Anonymous"). */
export function orgAfter(text: string, start: number, maxWords = 6): string | null {
  const words: string[] = [];
  let i = start;
  for (let n = 0; n < maxWords && i < text.length; n++) {
    let k = i;
    while (k < text.length && !endsOrgWord(text.charCodeAt(k))) k++;
    // "… Human Services' Office", "the Attorney General's website": the possessive ends it.
    const possessive = /['’]s?$/u.test(text.slice(i, k));
    const word = text.slice(i, k).replace(/(?:['’]s?|\.)$/u, "");
    if (ORG_WORD.test(word)) words.push(word);
    else if (!ORG_JOINERS.has(word) || !words.length) break;
    else words.push(word);
    if (possessive || !isSpaceCode(text.charCodeAt(k))) break;
    i = k + 1;
  }
  while (words.length && ORG_JOINERS.has(words[words.length - 1]!)) words.pop();
  return words.length ? words.join(" ") : null;
}

/** What stands before a title, read backwards from it. */
export interface TitlePrefix {
  /** Where the country ("South Korean", "Japan's", "the country's") starts, with its name. */
  country: { start: number; name: string | null } | null;
  /** A capitalised run before the title ("Midland Health", "Acme's"), and where it starts. */
  org: { start: number; raw: string; possessive: boolean } | null;
  /** A lower-case employer ("university", "the company's"), and where it starts. */
  employer: { start: number } | null;
  /** A modifier right before the title ("Deputy", "former"), and where it starts. */
  modifier: { start: number } | null;
}

const MODIFIER_WORD =
  /^(?:[Ff]ormer|[Aa]cting|[Ii]nterim|[Oo]utgoing|[Ii]ncoming|[Dd]eputy|[Tt]hen-)$/u;
const EMPLOYER_WORD = new RegExp(`^${EMPLOYER_NOUN}$`, "u");
const PREFIX_WORD = /^[\p{L}\d.&'’-]{1,40}$/u;
const POSSESSIVE = /['’]s$/u;

/**
 * The words before a title at `roleStart`: a country, an organisation or a lower-case
 * employer, and a modifier, each with where it starts. Reads at most six words back, word by
 * word, so the patterns need not guess where a prefix begins.
 */
export function titlePrefix(text: string, roleStart: number, doc: SourceDoc): TitlePrefix {
  const out: TitlePrefix = { country: null, org: null, employer: null, modifier: null };
  const words: { w: string; start: number }[] = [];
  let i = roleStart - 1;
  while (words.length < 6 && i > 0 && text[i] === " ") {
    let k = i;
    while (k > 0 && !isSpaceCode(text.charCodeAt(k - 1))) k--;
    const w = text.slice(k, i);
    if (!PREFIX_WORD.test(w)) break;
    words.unshift({ w, start: k });
    i = k - 1;
  }
  let n = words.length;
  if (n && MODIFIER_WORD.test(words[n - 1]!.w)) {
    out.modifier = { start: words[n - 1]!.start };
    n--;
  }
  if (!n) return out;
  const last = words[n - 1]!;
  const possessive = POSSESSIVE.test(last.w);
  const bare = (j: number) => (j === n - 1 ? words[j]!.w.replace(POSSESSIVE, "") : words[j]!.w);
  for (let k = Math.min(3, n); k >= 1; k--) {
    const phrase = Array.from({ length: k }, (_, j) => bare(n - k + j)).join(" ");
    const country = countryOf(phrase);
    if (country) {
      out.country = { start: words[n - k]!.start, name: country };
      return out;
    }
  }
  if (possessive && n >= 2 && THIS_COUNTRY_EXACT_U.test(`${words[n - 2]!.w} ${bare(n - 1)}`)) {
    out.country = { start: words[n - 2]!.start, name: mainCountryOf(doc) };
    return out;
  }
  if (/^\p{Ll}/u.test(bare(n - 1)) && EMPLOYER_WORD.test(bare(n - 1))) {
    const withThe = n >= 2 && /^[Tt]he$/.test(words[n - 2]!.w);
    out.employer = { start: words[withThe ? n - 2 : n - 1]!.start };
    return out;
  }
  let j = n - 1;
  if (!/^\p{Lu}/u.test(bare(j))) return out;
  // The capitalised run stops at a possessive or a title ("U.S. Attorney Frank Chut and …").
  const joins = (w: string) =>
    (/^\p{Lu}/u.test(w) || ORG_JOINERS.has(w)) &&
    !POSSESSIVE.test(w) &&
    !ROLE_INVOLVEMENT.has(w.toLowerCase());
  while (j > 0 && joins(words[j - 1]!.w)) j--;
  while (j < n - 1 && ORG_JOINERS.has(words[j]!.w)) j++;
  const raw = Array.from({ length: n - j }, (_, x) => bare(j + x)).join(" ");
  out.org = { start: words[j]!.start, raw, possessive };
  return out;
}

/**
 * What follows a body named only as the kind of a document: "an SEC filing", "its Securities
 * and Exchange Commission (SEC) filing". The body takes no part in the story there.
 */
const DOCUMENT_AFTER = /^(?:\s?\(\p{Lu}{2,8}\))?\s(?:filings?|forms?|disclosures?|submissions?)\b/u;

/** Whether the text after a body's name makes it the kind of a document. */
export function namesDocumentKind(after: string): boolean {
  return DOCUMENT_AFTER.test(after.slice(0, 40));
}
