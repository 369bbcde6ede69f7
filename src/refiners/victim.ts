// The victim of a document: the one module that decides it (issue 14), used by the subject
// refiner (each claim's subject), the summary (`summary.victim`) and the incidents (grouping by
// the victim's names).
//
// Where it sits: in the refiners' stage (`src/refiners/`), beside the subject refiner that
// first needs it; the summary and the incidents come later in the pipeline and import it from
// here, so no stage imports a later one (read < document < rules < matchers < refiners <
// summary < incidents < render).
//
// The victim is the organisation the text is about, by votes: the matchers' victim actors,
// "a breach at X" / "the X breach" / "X confirmed a breach" in the title and the text, the name
// a short catalogue title gives, and how often each candidate is mentioned.
import {
  COMPARISON_CONTEXT,
  COMPARISON_LEADS,
  COMPARISON_MODIFIERS,
  BREACH_COMPOUND_HEADS,
  INCIDENT_FILLERS,
  INCIDENT_NOUNS,
  NAME_BREAKERS,
  ORGANISATION_WORDS,
  PEOPLE_NOUNS,
  NOT_ORGANISATION,
  HEADLINE_VERBS,
  DESCRIPTOR_NOUNS,
  UNIT_TOKENS,
  VICTIM_SAY_VERBS,
  VICTIM_SAID_OBJECTS,
  VICTIM_VERB_PHRASES,
  VICTIM_VERB_STEMS,
} from "../lexicon/cues.js";
import { CURRENCY_PREFIXES } from "../lexicon/currency.js";
import {
  COMPANY_NOUNS,
  COUNTRIES,
  GOVERNMENT_ACRONYMS,
  GOVERNMENT_WORDS,
  LAW_NAMES,
  LEGAL_SUFFIXES,
  PLACE_NAMES,
  PUBLISHER_HEADS,
  PUBLISHER_NAMES,
} from "../lexicon/organizations.js";
import {
  EMPLOYEE_NOUNS,
  INTRUSION_STEMS,
  JUDICIAL_HEADS,
  LAW_HEADS,
  NOTIFIED_PEOPLE,
  NOTIFY_VERBS,
  STAFF_NOUNS,
  SYSTEM_NOUNS,
  RECORD_HOLDERS,
  THING_ACRONYMS,
} from "../lexicon/victims.js";
import type { Claim, ClaimOf, DocumentRecord } from "../contract/index.js";
import { foldSpaces, type SourceDoc } from "../document/index.js";
import { execAll, type AnyDraft } from "../rules/index.js";
import { matchesOf, wordsPattern } from "./modality.js";

const STOP_WORDS = new Set<string>(NOT_ORGANISATION);
/** A word that starts no organisation's name, with or without a closing period ("Jan."). */
const STOP = {
  has: (w: string) => STOP_WORDS.has(w) || (w.endsWith(".") && STOP_WORDS.has(w.slice(0, -1))),
};
const BREAKERS = new Set<string>(NAME_BREAKERS);
/** A word in any case without the `i` flag (which would let [A-Z] match lower case). */
const caseless = (w: string) =>
  w.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/ /g, "[ \\t]+");
export const INCIDENT = `(?:${[...INCIDENT_NOUNS]
  .sort((a, b) => b.length - a.length)
  .map((w) => caseless(w).replace(/-/g, "[ -]?"))
  .join("|")})`;

const TLDS = "com|net|org|io|co|me|info|biz|tv|gg|us|uk|ru|de|fr|in|cn|jp|kr|br";
/** NAME's second alternative: a domain ("cheapassgamer.com"). */
const DOMAIN = String.raw`|[a-z\d][a-z\d-]{0,40}\.(?:${TLDS})`;
/**
 * A name that opens on digits: digits, lower-case letters and a capital ("23andMe"), or digits,
 * a hyphen and a capitalised word ("7-Eleven"). Not "20th", "2019" or "34M".
 */
const DIGIT_LED = String.raw`|\d{1,3}[a-z]{1,6}[A-Z][\w&'’-]{0,30}|\d{1,3}-[A-Z][a-z][\w&'’-]{0,30}`;
/** A capitalised name of up to six words ("Penn State University", "Bank of America"), or a domain. */
export const NAME = String.raw`(?<![\w.'’-])((?:[A-Z][\w&.'’-]{0,40}${DIGIT_LED}${DOMAIN})(?:[ \t]+(?:(?:of|and|for|&)[ \t]+)?[A-Z\d][\w&.'’-]{0,40}){0,5})`;

/**
 * What a text holds when NAME's domain alternative can match in it at all: a dot and a
 * top-level domain. Most sentences have none.
 */
const DOMAIN_END = new RegExp(String.raw`\.(?:${TLDS})`);

/**
 * A pattern with NAME in it, and the same pattern without NAME's domain alternative.
 * The domain alternative is costly: at the start of every lower-case word it reads the word,
 * then gives it back a letter at a time looking for the dot. In a text without a dot and a
 * top-level domain (DOMAIN_END) it cannot match, and `plain` finds the very same matches.
 */
export interface NamePattern {
  re: RegExp;
  plain: RegExp;
  /** Whether the pattern needs an incident noun (TextFacts.incident). */
  incident: boolean;
}
export function namePattern(source: string, flags: string): NamePattern {
  const plain = source.split(DOMAIN).join("");
  if (plain === source) throw new Error("namePattern: no NAME in the pattern");
  return {
    re: new RegExp(source, flags),
    plain: new RegExp(plain, flags),
    incident: source.includes(INCIDENT),
  };
}
/** The version of a name pattern to run on a text (`domains`: DOMAIN_END.test(text)). */
export const pick = (p: NamePattern, domains: boolean) => (domains ? p.re : p.plain);

/** "a breach at X", "the hack of the publishing company X", "attack on X". */
const BREACH_AT = namePattern(
  String.raw`\b${INCIDENT}[ \t]+(?:at|of|on|against|hitting|affecting|targeting|involving|from)[ \t]+(?:[Tt]he[ \t]+)?(?:[a-z][\w-]{0,30}[ \t]+){0,3}${NAME}`,
  "g",
);
/** An incident noun, for "the X breach", "X's record breach", "Tailspin Data Breach". */
const INCIDENT_WORD = new RegExp(String.raw`(?<![\w-])${INCIDENT}(?![\w-])`, "g");
const FILLER = new Set<string>(INCIDENT_FILLERS);

/** The whitespace-separated tokens before `end`, nearest first, with their starts. */
function tokensBefore(text: string, end: number, max: number): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  let i = end;
  while (out.length < max) {
    while (i > 0 && /\s/.test(text[i - 1]!)) i--;
    const wordEnd = i;
    while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
    if (i === wordEnd) break;
    out.push({ word: text.slice(i, wordEnd), start: i });
  }
  return out;
}

/**
 * The name just before an incident noun: the possessive ("After Tailspin's Record 4.1M
 * Breach" → Tailspin) or the capitalised words right before it, past filler ("Data").
 */
interface NameBefore {
  name: string;
  start: number;
  specific: boolean;
}
function namesBeforeIncident(text: string): NameBefore[] {
  const out: NameBefore[] = [];
  for (const m of matchesOf(INCIDENT_WORD, text)) {
    const tokens = tokensBefore(text, m.start, 6);
    // tokens run backwards from the noun
    let i = 0;
    let possessive = -1;
    for (let j = 0; j < Math.min(tokens.length, 3); j++) {
      if (/['’]s$/.test(tokens[j]!.word)) {
        possessive = j;
        break;
      }
    }
    if (possessive >= 0) i = possessive;
    else while (i < tokens.length && i < 2 && FILLER.has(tokens[i]!.word.toLowerCase())) i++;
    const parts: string[] = [];
    let start = -1;
    for (let j = i; j < tokens.length && parts.length < 4; j++) {
      let word = tokens[j]!.word;
      if (j === possessive) word = word.replace(/['’]s$/, "");
      if (!/^[A-Z]/.test(word) && !/^[a-z\d-]+\.[a-z]{2,4}$/.test(word)) break;
      if (/[,;:]$/.test(word) && j !== i) break;
      if (BREAKERS.has(word)) break;
      parts.unshift(word);
      start = tokens[j]!.start;
    }
    const name = parts.length ? cleanName(parts.join(" ")) : null;
    // One incident named ("the Equifax breach,"), not a kind ("hacks", "breach tool").
    const noun = text.slice(m.start, m.end);
    const specific = !/s$/i.test(noun) && !COMPOUND_AFTER.test(text.slice(m.end, m.end + 30));
    if (name) out.push({ name, start, specific });
  }
  return out;
}
/** NAME where whitespace already precedes it (the lookbehind would be useless). */
const NAME_AFTER_SPACE = NAME.replace(String.raw`(?<![\w.'’-])`, "");
/** Not the place in "X in Denver said …": a name right after a preposition is no subject. */
const NOT_AFTER_PREPOSITION = String.raw`(?<!\b(?:in|at|from|of|for|by|to|with|and)[ \t]{1,3})(?<!\bin[ \t]{1,3}[A-Z][\w.-]{1,20}(?:[ \t][A-Z][\w.-]{1,20})?,[ \t]{1,3})`;
/** "X in Denver", "X in New Jersey" between a subject and its verb. */
const IN_PLACE = String.raw`(?:[ \t]+in[ \t]+[A-Z]\w{1,20}(?:[ \t]+[A-Z]\w{1,20})?(?:,[ \t]+[A-Z][\w.]{1,20})?)?`;
/**
 * An appositive between a name and its verb: "Quill Bank, Ohio's largest lender, said …",
 * "Fernway, an online shop for garden tools, has been hacked", "Tessa Clinic, a Boise-based
 * practice, has alerted …".
 */
const APPOSITIVE = String.raw`(?:,[ \t]+(?:an?|the|[A-Z][\w.'’-]{0,30}['’]s|[A-Z][\w-]{0,30}-based)[ \t][^,;.()\n]{1,80},)?`;
const KIND_NOUNS = [...COMPANY_NOUNS, ...DESCRIPTOR_NOUNS, "studio", "practice"];
/** A kind of business after a name: "the Harlow Loans company said", "the Vexo game studio was". */
const KIND_AFTER = String.raw`(?:[ \t]+(?:[a-z][\w-]{0,20}[ \t]+)?(?:${KIND_NOUNS.join("|")}))?`;
/** "X was hacked", "X has been breached", "X was the victim of …". */
const NAME_HACKED = namePattern(
  String.raw`${NAME}${APPOSITIVE}${KIND_AFTER}[ \t]+(?:(?:was|were|has[ \t]+been|had[ \t]+been|got)[ \t]+(?:hacked|breached|compromised|attacked|hit|targeted)\b|(?:was|were|has[ \t]+been|had[ \t]+been|became|fell)[ \t]+(?:the[ \t]+)?(?:latest[ \t]+)?(?:victim|target)s?[ \t]+of\b)`,
  "g",
);
/** "X confirmed / disclosed / suffered a … breach"; headline forms too ("X Confirms Breach"). */
const VICTIM_VERBS = [
  ...VICTIM_VERB_STEMS.map((v) => `${caseless(v)}(?:s|d|ed)?`),
  ...VICTIM_VERB_PHRASES.map(caseless),
].join("|");
const NAME_CONFIRMED = namePattern(
  String.raw`${NOT_AFTER_PREPOSITION}${NAME}${IN_PLACE}${APPOSITIVE}(?:[ \t]+(?:has|have|had|on[ \t]+\w+|last[ \t]+\w+|this[ \t]+\w+))?[ \t]+(?:${VICTIM_VERBS})\b[^.;]{0,80}?\b${INCIDENT}`,
  "g",
);

/** "20,000 patients at Stanford Hospital", "customers of Northwind Bank". */
const PEOPLE_AT = namePattern(
  String.raw`\b(?:${PEOPLE_NOUNS.join("|")})[ \t]+(?:at|of|from)[ \t]+(?:[Tt]he[ \t]+)?${NAME}`,
  "g",
);

/**
 * "X said hackers stole …", "X warned that the details of … may have been exposed": the
 * organisation that reports an intrusion into its own systems.
 */
const NAME_SAID = namePattern(
  String.raw`${NOT_AFTER_PREPOSITION}${NAME}${IN_PLACE}${APPOSITIVE}(?:[ \t]+on[ \t]+[A-Z]\w{2,9})?[ \t]+(?:${VICTIM_SAY_VERBS.join("|")})[ \t][^;]{0,100}?\b(?:${VICTIM_SAID_OBJECTS.join("|")})\b`,
  "g",
);
/**
 * "telecom operator X said …", "online grocer X warned …": a name its descriptor calls a
 * company (lower-case words and a company noun), speaking first.
 */
const DESCRIBED_SAID = namePattern(
  String.raw`(?<![\w-])(?:${[...COMPANY_NOUNS, ...DESCRIPTOR_NOUNS].join("|")})[ \t]+${NAME_AFTER_SPACE}${IN_PLACE}(?:[ \t]+on[ \t]+[A-Z]\w{2,9})?[ \t]+(?:${VICTIM_SAY_VERBS.join("|")})\b`,
  "g",
);
/**
 * "an investigation into X", "fined X", "belonging to X", "data stolen from X"; "X was fined"
 * and "a penalty of … on X" below.
 */
const NAME_PUNISHED = namePattern(
  String.raw`\b(?:(?:investigation|probe|inquiry)[ \t]+into|fined|(?:belonging|belonged)[ \t]+to|owned[ \t]+by|(?:taken|stolen|copied|exfiltrated|records|data|details|information|accounts|credentials)[ \t]+from)[ \t]+(?:the[ \t]+)?${NAME_AFTER_SPACE}`,
  "g",
);
const NAME_FINED = namePattern(
  String.raw`${NAME}${APPOSITIVE}[ \t]+(?:(?:was|has[ \t]+been|had[ \t]+been|is[ \t]+being)[ \t]+(?:fined|penalised|penalized|sanctioned)\b|(?:has[ \t]+been|had[ \t]+been|was|were|have[ \t]+been)[ \t]+(?:hit|slapped|handed|served)[ \t]+with[ \t][^.;]{0,40}?\b(?:fine|penalty)\b|(?:has|have|had)[ \t]+agreed[ \t]+to[ \t]+pay\b)`,
  "g",
);
const PENALTY_ON = namePattern(
  String.raw`\b(?:penalty|fine)\b[^.;]{0,60}?[ \t]on[ \t]+${NAME_AFTER_SPACE}`,
  "g",
);

/**
 * "Tessa Clinic has alerted 900 patients", "Harlow sent letters to more than 2,000 customers",
 * "a Boise practice, Tessa Clinic, has notified …" (the comma closing a name in apposition).
 */
const NAME_NOTIFIED = namePattern(
  String.raw`${NOT_AFTER_PREPOSITION}${NAME}(?:${APPOSITIVE}|,)(?:[ \t]+(?:has|have|had|is|are|was|began|begun))?[ \t]+(?:${NOTIFY_VERBS.map((v) => v.replace(/ /g, "[ \\t]+")).join("|")})[ \t]+(?:(?:about|some|all|its|their|certain|more[ \t]+than|nearly|almost|over)[ \t]+){0,2}(?:[\d,.]+[ \t]+)?(?:${[...PEOPLE_NOUNS, ...NOTIFIED_PEOPLE].join("|")})\b`,
  "g",
);
/** "a Harlow Bank customer", "Tidewell County employees", "a Norland Air spokeswoman". */
const NAME_STAFF = namePattern(
  String.raw`${NOT_AFTER_PREPOSITION}${NAME}[ \t]+(?:contract[ \t]+)?(?:${STAFF_NOUNS.join("|")})s?\b`,
  "g",
);
/** "an employee of Harlow Bank", "employed by the Elm office of the Revenue Department". */
const EMPLOYEE_OF = namePattern(
  String.raw`\b(?:(?:${EMPLOYEE_NOUNS.map((w) => w.replace(/ /g, "[ \\t]+")).join("|")})s?[ \t]+(?:of|at)|employed[ \t]+(?:by|at)|(?:their|his|her)[ \t]+(?:former[ \t]+)?employer,?)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]{0,20}[ \t]+(?:office|branch|store|unit|division|campus)[ \t]+of[ \t]+(?:the[ \t]+)?)?(?:[A-Z][\w-]{0,30}-based[ \t]+)?${NAME_AFTER_SPACE}`,
  "g",
);
/** A kind of business before its name: "French telecom company X", "the large IT provider X". */
const KIND_BEFORE = String.raw`(?:(?:[A-Za-z][\w-]{0,20},?[ \t]+){0,3}?(?:${KIND_NOUNS.join("|")})[ \t]+)?`;
/**
 * "hacked into the servers of X", "breached the security system of X", "gained access to a
 * website run by telecom company X".
 */
const SYSTEM_OF = namePattern(
  String.raw`\b(?:${INTRUSION_STEMS.join("|")})\w{0,4}[ \t]+(?:(?:into|to)[ \t]+)?(?:(?:the|a|an|its)[ \t]+)?(?:[a-z][\w-]{0,20}[ \t]+){0,2}(?:${SYSTEM_NOUNS.join("|")})s?[ \t]+(?:of|at|(?:belonging|belonged)[ \t]+to|(?:run|operated|owned|managed|used)[ \t]+by)[ \t]+(?:the[ \t]+)?${KIND_BEFORE}${NAME_AFTER_SPACE}`,
  "g",
);
/** "a dating website called X", "a forum named X". */
const CALLED = namePattern(
  String.raw`\b(?:${[...KIND_NOUNS, ...SYSTEM_NOUNS].join("|")})[ \t]+(?:called|named|known[ \t]+as)[ \t]+${NAME_AFTER_SPACE}`,
  "g",
);
/** "a ransomware attack on the large, Delft-based IT provider X": a kind before the name. */
const BREACH_ON_KIND = namePattern(
  String.raw`\b${INCIDENT}[ \t]+(?:at|of|on|against|hitting|affecting|targeting)[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:[a-z][\w-]{0,20},?[ \t]+){0,2}(?:[A-Z][\w-]{0,30}-based[ \t]+)?(?:[A-Z]{2,4}[ \t]+)?(?:${KIND_NOUNS.join("|")})[ \t]+${NAME_AFTER_SPACE}`,
  "g",
);

const VICTIM_PATTERNS: NamePattern[] = [
  PEOPLE_AT,
  BREACH_AT,
  NAME_HACKED,
  NAME_CONFIRMED,
  NAME_SAID,
  DESCRIBED_SAID,
  NAME_PUNISHED,
  NAME_FINED,
  PENALTY_ON,
  NAME_NOTIFIED,
  NAME_STAFF,
  EMPLOYEE_OF,
  SYSTEM_OF,
  CALLED,
  BREACH_ON_KIND,
];
/**
 * Patterns that only hint: a name with its staff or customers, an employer, a site "called" X.
 * They count when no other pattern names a victim, beside the fallback's guesses.
 */
const WEAK_PATTERNS = new Set<NamePattern>([NAME_STAFF, EMPLOYEE_OF, CALLED]);
/** Patterns whose name suffered the breach or the fine: it wins over a role the actor gave it. */
const STRONG_PATTERNS = new Set<NamePattern>([NAME_HACKED, NAME_FINED]);
/** Patterns where an area's name ("Tidewell County employees") is the body that governs it. */
const AREA_BODY_PATTERNS = new Set<NamePattern>([NAME_STAFF, EMPLOYEE_OF]);

const TRAILING_JUNK = new Set<string>([
  "Data",
  "Breach",
  "Hack",
  "CEO",
  "Record",
  "Cyber",
  "Security",
  ...HEADLINE_VERBS,
]);
const UNITS = new Set<string>(UNIT_TOKENS);
const GOVERNMENT_HEADS = new Set<string>(GOVERNMENT_WORDS.map((w) => w.split(" ").pop()!));
GOVERNMENT_HEADS.add("Board");

/** What an actor claim may call a name that is then never the victim. */
const NOT_VICTIM_ROLES = new Set<string>(["regulator", "official", "investigator", "suspect"]);

/** A unit ("GB") or a government body's acronym ("FTC"): never the victim. */
export function notVictimName(name: string): boolean {
  return UNITS.has(name) || THINGS.has(name) || name in GOVERNMENT_ACRONYMS;
}
const THINGS = new Set<string>(THING_ACRONYMS);
/**
 * A name that ends in a government body's head ("Protection Commission"): the victim only when
 * the language says it was breached, never the fallback's guess.
 */
const governmentLike = (name: string) =>
  GOVERNMENT_HEADS.has(
    name
      .split(" ")
      .pop()!
      .replace(/['’]s$/, ""),
  );

/**
 * cleanName's answers: the same few names come back sentence after sentence, and document
 * after document ("The", "According", the victim's own name). Bounded: cleared when full.
 */
const cleaned = new Map<string, string | null>();
const CLEANED_MAX = 8192;

/** A candidate name cleaned of leading and trailing non-name words, or null. */
export function cleanName(raw: string): string | null {
  let name = cleaned.get(raw);
  if (name === undefined) {
    if (cleaned.size >= CLEANED_MAX) cleaned.clear();
    name = cleanNameOnce(raw);
    cleaned.set(raw, name);
  }
  return name;
}

/** ISO codes of the currencies the lexicon knows ("USD"): an amount, never part of a name. */
const CURRENCY_CODES = new Set<string>([
  ...Object.values(CURRENCY_PREFIXES),
  ...Object.keys(CURRENCY_PREFIXES).filter((k) => /^[A-Z]{3}$/.test(k)),
]);
const LEGAL = new Set<string>(LEGAL_SUFFIXES);

function cleanNameOnce(raw: string): string | null {
  let words = raw.split(/\s+/).filter(Boolean);
  // "South Korea’s Tailspin" → the part after a place's possessive; "Domino's India" stays.
  const poss = words.findLastIndex((w) => /['’]s$/.test(w));
  if (poss >= 0 && poss < words.length - 1) {
    const owner = words.slice(0, poss + 1).map((w) => w.replace(/['’]s$/, ""));
    if (owner.every((w) => STOP.has(w) || BREAKERS.has(w))) words = words.slice(poss + 1);
  }
  // "In February Tailspin" → "Tailspin"; a figure cuts too ("34M Customer"), unless a name
  // runs through it ("Xbox 360 ISO").
  // A period that ends a sentence ends a name too: "… from Marlow Bank. Marlow Bank confirmed"
  // (not an initial, "Co." or "St.").
  // The words after a sentence's end are the name, even when nothing of a name is left
  // ("… of 900 Londoners. An employee" names nobody).
  const stop = words.findLastIndex(
    (w, i) =>
      i < words.length - 1 &&
      ((/\p{Ll}{2}\.$/u.test(w) && !LEGAL.has(w.slice(0, -1))) || /^\d[\d,]*\.$/.test(w)),
  );
  if (stop >= 0) words = words.slice(stop + 1);
  let cut = -1;
  words.forEach((w, i) => {
    const prev = words[i - 1];
    const inName = prev !== undefined && /^[A-Z]/.test(prev) && !STOP.has(prev);
    if (BREAKERS.has(w) || (/^\d/.test(w) && !inName)) cut = i;
  });
  if (cut >= 0 && cut < words.length - 1) words = words.slice(cut + 1);
  // A name ends where a figure or an amount begins: "LG Uplus Corp. 6.8 billion",
  // "Acme Corp USD 200", "Acme Corp C$40" (the NAME pattern stops at "$", leaving "C").
  const end = words.findIndex(
    (w, i) =>
      i > 0 &&
      (/^\d[\d,.]*[.,]\d/.test(w) ||
        CURRENCY_CODES.has(w.replace(/[.,]$/, "")) ||
        (i === words.length - 1 && /^\p{Lu}$/u.test(w))),
  );
  if (end > 0) words = words.slice(0, end);
  const last = words.length - 1;
  if (last >= 0) words[last] = words[last]!.replace(/['’]s$/, "");
  while (words.length && (STOP.has(words[0]!) || /^(?:of|and|for|&)$/.test(words[0]!)))
    words.shift();
  // "Change Healthcare", "Northwind Bank": an organisation word after a name ends the name.
  const orgHead = (i: number) =>
    i > 0 && ORG.has(words[i]!) && /^[\p{Lu}\d]/u.test(words[i - 1]!) && !STOP.has(words[i - 1]!);
  while (
    words.length &&
    !orgHead(words.length - 1) &&
    (STOP.has(words[words.length - 1]!) ||
      TRAILING_JUNK.has(words[words.length - 1]!) ||
      /^(?:of|and|for|&)$/.test(words[words.length - 1]!))
  )
    words.pop();
  // "LG Uplus Corp.", "Acme Co., Ltd.": the name without its legal suffix.
  while (words.length > 1 && LEGAL.has(words[words.length - 1]!.replace(/[.,]{1,3}$/, "")))
    words.pop();
  let name = words.join(" ");
  while (/[.,'’]$/.test(name)) name = name.slice(0, -1);
  if (!name || !/\p{L}/u.test(name) || name.length < 2) return null;
  if (name.split(" ").every((w) => STOP.has(w))) return null;
  // "3rd", "20th": an ordinal; "LLC" on its own: a suffix whose name was cut off.
  if (/^\d+(?:st|nd|rd|th)$/i.test(name) || LEGAL.has(name)) return null;
  return name;
}

export const sameName = (a: string, b: string) => key(a) === key(b);
export const key = (s: string) => s.toLowerCase().replace(/[\s.'’-]+/g, "");

/** "unlike the Equifax breach", "since the 2017 Equifax hack": a name compared with, no victim. */
const COMPARED_BEFORE = wordsPattern([
  ...COMPARISON_LEADS,
  ...COMPARISON_MODIFIERS,
  ...COMPARISON_CONTEXT,
  ...RECORD_HOLDERS,
]);
const CONTEXT_REACH = 40;

function compared(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - CONTEXT_REACH), at);
  const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"));
  return matchesOf(COMPARED_BEFORE, before.slice(clauseStart + 1)).length > 0;
}

/**
 * A name a victim pattern found: `strong` when the pattern says it was breached or fined (it
 * outweighs a regulator's role the actor matcher gave it); `area` when an area's name stands
 * for the body that governs it ("Tidewell County employees").
 */
interface PatternName {
  name: string;
  strong: boolean;
  area: boolean;
  weak: boolean;
}

/** The names the victim patterns find in a text, except those a comparison introduces. */
function patternNames(text: string, facts: TextFacts): PatternName[] {
  const names: PatternName[] = [];
  for (const p of VICTIM_PATTERNS) {
    if (p.incident && !facts.incident) continue;
    const re = pick(p, facts.domains);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const name = cleanName(m[1]!);
      // "Encrypted customer data …": a sentence's first word before a staff noun is no name
      // unless shaped as one.
      if (
        p === NAME_STAFF &&
        name &&
        !name.includes(" ") &&
        !ACRONYM.test(name) &&
        !NAME_SHAPED.test(name) &&
        /(?:^|[.!?]["”]?\s+)$/u.test(text.slice(0, m.index + m[0].indexOf(m[1]!)))
      )
        continue;
      if (name && !compared(text, m.index))
        names.push({
          // as written: the refiner may put back a place word cleanName dropped
          name: withPlaceWord(m[1]!, name, text),
          strong: STRONG_PATTERNS.has(p),
          area: AREA_BODY_PATTERNS.has(p),
          weak: WEAK_PATTERNS.has(p),
        });
    }
  }
  for (const { name, start } of facts.before)
    if (!compared(text, start)) names.push({ name, strong: false, area: false, weak: false });
  return names;
}

/** Mentions of a name that add to its weight: more say nothing more. */
const MENTIONS_CAP = 6;

/** Text as mentions are counted in: lower case, one quote, one space (a name's words may wrap). */
function foldForMentions(s: string): string {
  return foldSpaces(s.toLowerCase().replace(/’/g, "'"));
}

const mentionBoundary = (c: string | undefined) => c === undefined || !/[\w'-]/.test(c);

/** Whole-word occurrences of `name` in `text` (both folded), up to `cap`. */
function countMentions(text: string, name: string, cap: number): number {
  if (!name) return 0;
  let n = 0;
  for (let at = text.indexOf(name); at !== -1 && n < cap; at = text.indexOf(name, at + 1)) {
    if (mentionBoundary(text[at - 1]) && mentionBoundary(text[at + name.length])) {
      n++;
      at += name.length - 1;
    }
  }
  return n;
}

/** A sentence's first word (what `split(/\s/)[0]` gives, without splitting the whole text). */
const FIRST_WORD = /^\S*/;
const TITLE_NAME_MAX_WORDS = 4;
const INCIDENT_IN_TITLE = new RegExp(`\\b${INCIDENT}\\b`, "i");
const NAME_ALL = namePattern(NAME, "g");
const HEAD_SENTENCES = 4;

/**
 * Case-sensitive whole-word occurrences of a name in a text ("Change" is not "change"; not
 * inside "AT&T Mobility"'s "AT&T"? yes: a name inside a longer one counts), memoised.
 */
function exactCounter(text: string): (name: string) => number {
  const memo = new Map<string, number>();
  const boundary = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}&]/u.test(c);
  return (name) => {
    let n = memo.get(name);
    if (n !== undefined) return n;
    n = 0;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (boundary(text[at - 1]) && boundary(text[at + name.length])) n++;
    }
    memo.set(name, n);
    return n;
  };
}

const PLACES = new Set<string>([
  ...PLACE_NAMES,
  ...COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]),
]);
const LAWS = new Set<string>(LAW_NAMES.map((n) => n.toLowerCase()));
const PUBLISHERS = new Set<string>(PUBLISHER_NAMES.map((n) => n.toLowerCase()));
const PUBLISHER_HEAD = new Set<string>(PUBLISHER_HEADS);
const JOINER = /^(?:of|and|the|&)$/i;

const LAW_HEAD = new Set<string>(LAW_HEADS);
const JUDICIAL_HEAD = new Set<string>(JUDICIAL_HEADS);
/** "Palm Beach County", "Elm Township": the area a body is in, not the body. */
const AREA =
  /^(?:\p{Lu}[\p{L}.'’-]*[ \t]){1,3}(?:County|Township|Parish|Borough|Province|Prefecture)$/u;
/** Demonyms and place names that may open a body's name ("Indian Health Service"). */
const PLACE_WORDS = PLACES;

/**
 * A place word cleanName dropped from the front of a name, put back when the text never writes
 * the rest without it: "American Vexo" stays whole when "Vexo" never stands alone, while
 * "South Korean Tailspin" is "Tailspin" when the text also writes "Tailspin" on its own.
 */
function withPlaceWord(raw: string, name: string, text: string): string {
  const words = raw.replace(/^(?:The|the)[ \t]+/, "").split(/[ \t]+/);
  for (const k of [1, 2]) {
    const word = words.slice(0, k).join(" ");
    if (!PLACE_WORDS.has(word) || !words.slice(k).join(" ").startsWith(name)) continue;
    const whole = `${word} ${name}`;
    let alone = 0;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (!text.slice(Math.max(0, at - word.length - 1), at).startsWith(word)) alone++;
    }
    return alone === 0 && text.includes(whole) ? whole : name;
  }
  return name;
}

/** A place, or places joined ("District of Columbia and Puerto Rico", "New York"). */
function isPlace(name: string): boolean {
  if (PLACES.has(name)) return true;
  // "Palm Beach County", "Elm Township": the area a body is in, not the body.
  if (AREA.test(name)) return true;
  const parts = name.split(/ (?:and|&|or) |, ?/);
  return parts.length > 1 && parts.every((p) => PLACES.has(p));
}

/** "the law firm X", "X, a law firm": a firm quoted, not the organisation breached. */
const LAW_FIRM_BEFORE = /\blaw[ \t]+firm[ \t]+(?:of[ \t]+)?$/i;
const LAW_FIRM_AFTER = /^,?[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}law[ \t]+firm\b/i;
function isLawFirm(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    if (LAW_FIRM_BEFORE.test(text.slice(Math.max(0, at - 20), at))) return true;
    if (LAW_FIRM_AFTER.test(text.slice(at + name.length, at + name.length + 50))) return true;
  }
  return false;
}

/** What kind of name is never a victim: a place, a law, a publisher, a law firm quoted. */
function neverVictim(name: string, text: string): boolean {
  if (isPlace(name) || LAWS.has(name.toLowerCase()) || PUBLISHERS.has(name.toLowerCase()))
    return true;
  const words = name.split(" ");
  const last = words[words.length - 1]!.replace(/['’]s$/, "");
  if (words.length > 1 && PUBLISHER_HEAD.has(last)) return true;
  // "Data Protection Act", "Crown Court", "County Attorney's": a law or a body that judges.
  if (words.length > 1 && (LAW_HEAD.has(last) || JUDICIAL_HEAD.has(last))) return true;
  // "Elm City", "Harbor City": a town, not a body.
  if (words.length === 2 && last === "City") return true;
  return isLawFirm(name, text);
}

/** ORG words that never stand alone as a name ("Bank" of "Bank of America"). */
const ORG_HEAD = new Set<string>([...ORGANISATION_WORDS, ...COMPANY_NOUNS.map(capitalise)]);
function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * The part of a candidate the text uses as its name: "Vantel Mobile SIM" (a product glued on in
 * a headline) → "Vantel Mobile" when the body names "Vantel Mobile" on its own more often than the
 * whole; "Summit Healthcare" stays whole when "Summit" alone is rarer than the full name.
 */
function nameAsUsed(name: string, text: string, count: (n: string) => number): string {
  const words = name.split(" ");
  if (words.length < 2) return name;
  const full = count(name);
  for (let k = words.length - 1; k >= 1; k--) {
    const prefix = words.slice(0, k);
    const last = prefix[prefix.length - 1]!;
    if (JOINER.test(last) || STOP.has(last)) continue;
    const short = prefix.join(" ");
    if (k === 1 && (ORG_HEAD.has(short) || STOP.has(short))) continue;
    if (isPlace(short)) continue;
    const n = standalone(text, short);
    if (n >= 1 && n > 2 * full) return short;
  }
  return name;
}

/**
 * Occurrences of a name on its own: not followed by another capitalised word, a digit or a
 * "+" / "&" that would make it part of a longer name ("LG" of "LG U+").
 */
function standalone(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    const prev = text[at - 1];
    if (prev !== undefined && /[\p{L}\p{N}&]/u.test(prev)) continue;
    const after = text.slice(at + name.length, at + name.length + 3);
    if (/^(?:[\p{L}\p{N}&+]|[ \t]+[\p{Lu}\d&+])/u.test(after)) continue;
    n++;
  }
  return n;
}

/** Small words a headline leaves in lower case. */
const HEADLINE_SMALL =
  /^(?:a|an|the|of|and|or|for|to|in|on|at|by|with|from|as|vs\.?|per|is|are|was|its)$/;

/**
 * A line in headline capitals ("Investigation Underway Into Possible Breach", "Individual
 * Attacks"): three or more words, nearly all capitalised, no closing period. Its capitals say
 * nothing about names.
 */
function isHeadlineLine(line: string): boolean {
  if (/[.!?]["”’]?$/u.test(line.trimEnd())) return false;
  // Word by word, stopping at the first that a headline would not write: a long line of prose
  // is not split into all its words.
  let words = 0;
  let big = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
    const w = m[0];
    if (!/\p{L}/u.test(w)) continue;
    words++;
    if (/^["“'‘(]?[\p{Lu}\d]/u.test(w)) big++;
    else if (!HEADLINE_SMALL.test(w)) return false;
  }
  return words >= 2 && big >= 2;
}
const WORD = /\S+/g;

/** A body without its headline lines: the prose whose capitals mark names. */
function proseOf(body: string): string {
  return body
    .split("\n")
    .map((l) => (isHeadlineLine(l) ? "" : l))
    .join("\n");
}

/** Longer than a catalogue entry: a body that names its victim if it has one. */
const LONG_BODY = 500;

/**
 * A candidate as the victim: the name as the text uses it, without legal suffix; null when
 * it is a kind of name that is never a victim, or a headline's words that the prose never
 * writes in that case ("FINED", "Settlement Underway"): in a long body, or found in the body's
 * own headline lines.
 */
function refine(
  raw: string,
  text: string,
  count: (n: string) => number,
  body: string,
  title: string,
  area = false,
): string | null {
  const cleaned = cleanName(raw);
  if (!cleaned) return null;
  const name = withPlaceWord(raw, cleaned, text);
  const used = nameAsUsed(name, text, count);
  // "EIGHT MILLION": a word in capitals that the prose also writes in lower case.
  if (/^\p{Lu}{5,}$/u.test(used) && text.includes(` ${used.toLowerCase()}`)) return null;
  if (area && AREA.test(used)) return used;
  if (neverVictim(used, text)) return null;
  const inSubheading = body.includes(used) && !title.includes(used);
  if (count(used) === 0 && (text.length >= LONG_BODY || inSubheading)) return null;
  return used;
}

/** The organisation a document is about, or null. */
export function findVictim(drafts: readonly AnyDraft[], doc: SourceDoc): string | null {
  return victimOfDoc(drafts, doc).name;
}

const ORG = new Set<string>(ORGANISATION_WORDS);
/** A word shaped as a name: inner capitals, "&" or "+", letters and digits ("AT&T", "23andMe"). */
const NAME_SHAPED = /[a-z][A-Z]|[&+]|\d[A-Za-z]|[A-Za-z]\d/;

/** Occurrences of a name (case-sensitive, whole word) that do not open a sentence. */
function midSentence(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    const before = text.slice(Math.max(0, at - 3), at);
    const after = text[at + name.length];
    if (after !== undefined && /[\p{L}\p{N}]/u.test(after)) continue;
    if (at > 0 && !/(?:^|[.!?:"“\n]\s?)$/u.test(before) && /[\s(,]$/u.test(before)) n++;
  }
  return n;
}
const ACRONYM = /^[A-Z]{2,6}$/;
const FALLBACK_MIN = 2;
/** A score below which a tie between two names says the text is about neither. */
const DOMINANT = 3;
/** Mentions that make a name met further in the text a guess for the victim. */
const REPEATED = 2;

/**
 * How far into its body a document is read for its victim, in characters (to the end of the
 * sentence this reaches): more than the longest feature article. A longer file is a dump of
 * many texts, with no one organisation it is about; each name found is weighed against the
 * text read, so reading it all would cost the number of names times its length.
 */
export const VICTIM_READ = 100_000;

/** Where the part of a document read for its victim ends (see VICTIM_READ). */
export function victimReadEnd(doc: SourceDoc): number {
  const limit = doc.bodyStart + VICTIM_READ;
  if (doc.text.length <= limit) return doc.text.length;
  const last = doc.sentences.findLast((s) => s.start < limit);
  return Math.max(limit, last?.end ?? limit);
}

/**
 * The organisation a document is about, and whether the language named it as breached
 * (a pattern, a victim actor, a catalogue title) rather than the fallback guessing it.
 */
export function victimOfDoc(
  allDrafts: readonly AnyDraft[],
  doc: SourceDoc,
  factsFor: (text: string) => TextFacts = factsOf,
): { name: string | null; confident: boolean } {
  const votes = new Map<string, { name: string; score: number; first: number; whole: boolean }>();
  let order = 0;
  const readEnd = victimReadEnd(doc);
  const drafts = readEnd < doc.text.length ? allDrafts.filter((d) => d.start < readEnd) : allDrafts;
  // Names the text gives a regulator, an official, an investigator or a suspect.
  const excluded = new Set<string>();
  for (const d of drafts) {
    if (d.kind !== "actor") continue;
    // a person speaking ("Lt. Smith said the files were stolen") is no organisation breached
    if (!NOT_VICTIM_ROLES.has(d.value.involvement) && d.value.type !== "person") continue;
    for (const n of [d.value.name, ...d.value.aliases]) excluded.add(key(n));
  }
  const title = doc.title ?? "";
  const rawBody = doc.text.slice(doc.bodyStart, readEnd);
  const bodyText = proseOf(rawBody);
  const count = exactCounter(bodyText);
  const refined = new Map<string, string | null>();
  /**
   * `whole`: a catalogue title that is only a name, taken as it is written; `strong` and `area`
   * as a PatternName says.
   */
  const vote = (raw: string, weight: number, whole = false, strong = false, area = false) => {
    let name = whole ? cleanName(raw) : refined.get(`${area}\u0000${raw}`);
    if (name === undefined) {
      name = refine(raw, bodyText, count, rawBody, title, area);
      refined.set(`${area}\u0000${raw}`, name);
    }
    if (name === null) return;
    const k = key(name);
    if ((excluded.has(k) && !strong) || notVictimName(name)) return;
    const v = votes.get(k);
    if (v) {
      v.score += weight;
      v.whole ||= whole;
    } else votes.set(k, { name, score: weight, first: order++, whole });
  };
  const weak: { p: PatternName; weight: number }[] = [];
  for (const p of patternNames(title, factsFor(title))) {
    if (p.weak) weak.push({ p, weight: 3 });
    else vote(p.name, 3, false, p.strong, p.area);
  }
  // A catalogue title that is only a name ("Scholastic", "CheapAssGamer.com").
  const titleWords = title.split(/\s+/).filter(Boolean);
  if (
    titleWords.length &&
    titleWords.length <= TITLE_NAME_MAX_WORDS &&
    !INCIDENT_IN_TITLE.test(title)
  ) {
    const name = cleanName(title);
    if (name) vote(name, 3, true);
  }
  for (const d of drafts) {
    if (d.kind === "actor" && d.value.involvement === "victim") vote(d.value.name, 3);
  }
  const body = doc.sentences.filter((s) => s.start >= doc.bodyStart && s.start < readEnd);
  body.forEach((s, i) => {
    for (const p of patternNames(s.text, factsFor(s.text))) {
      const weight = i < HEAD_SENTENCES ? 2 : 1;
      if (p.weak) weak.push({ p, weight });
      else vote(p.name, weight, false, p.strong, p.area);
    }
  });
  const folded = foldForMentions(rawBody);
  const mentionsOf = (name: string) => countMentions(folded, foldForMentions(name), MENTIONS_CAP);
  if (votes.size) {
    // Mentions in the whole text add weight (capped) and settle ties.
    for (const v of votes.values()) v.score += mentionsOf(v.name) * 0.5;
    // A name inside a longer one is the same organisation: "Hospital Group Northwind Health"
    // gives its votes to "Northwind Health" when that is named on its own too.
    const all = [...votes.values()].sort((a, b) => a.name.length - b.name.length);
    for (const short of all) {
      if (short.score <= 0) continue;
      const k = ` ${short.name.toLowerCase()} `;
      for (const long of all) {
        if (long === short || long.score <= 0) continue;
        const lower = long.name.toLowerCase();
        if (` ${lower} `.includes(k)) {
          // The full name unless the text uses the short one on its own far more often.
          const shortWins = !long.whole && standalone(bodyText, short.name) > 2 * count(long.name);
          const [keep, drop] = shortWins ? [short, long] : [long, short];
          keep.score += drop.score;
          keep.first = Math.min(keep.first, drop.first);
          drop.score = 0;
          if (drop === short) break;
        }
      }
    }
    const ranked = [...votes.values()].sort((a, b) => b.score - a.score || a.first - b.first);
    const best = ranked[0]!;
    // A round-up: two names tie, each from one passing mention, none dominant.
    const second = ranked[1];
    if (second && second.score === best.score && best.score < DOMINANT) {
      return { name: null, confident: true };
    }
    const long = longForm(best.name, rawBody);
    if (long) return { name: long, confident: true };
    return { name: best.name, confident: true };
  }
  // Fallback: an organisation-like name of the title and first sentences, said often.
  const head = [title, ...body.slice(0, HEAD_SENTENCES - 1).map((s) => s.text)];
  const starts = new Set(body.map((s) => FIRST_WORD.exec(s.text)![0]));
  const guess = (sentences: readonly string[], headBonus: boolean) => {
    sentences.forEach((sentence, i) => {
      for (const m of execAll(pick(NAME_ALL, DOMAIN_END.test(sentence)), sentence)) {
        const name = cleanName(m[1]!);
        if (!name) continue;
        const words = name.split(" ");
        const orgLike = words.some((w) => ORG.has(w.replace(/[.,]$/, "")));
        const acronym = words.some(
          (w) => (ACRONYM.test(w) || NAME_SHAPED.test(w)) && !STOP.has(w) && !isPlace(w),
        );
        // Further in, only a name shaped as an organisation's.
        if (!headBonus && !orgLike && !acronym) continue;
        // A single capitalised word is a name when the body also writes it so mid-sentence.
        if (words.length === 1 && !orgLike && !acronym && starts.has(name)) {
          if (midSentence(bodyText, name) === 0) continue;
        }
        // "Data Privacy Protection Commission" cut to "Protection Commission": a body's
        // name lost its head words, so it is no victim.
        const raw = m[1]!.replace(/^(?:The|A|An)\s+/, "");
        if (governmentLike(name) && !raw.startsWith(name)) continue;
        // The subject of the document's first sentence: "Vexo Mobility Inc. says …".
        const lead =
          headBonus &&
          i <= 1 &&
          words.length >= 2 &&
          raw.startsWith(name) &&
          LEAD_SUBJECT.test(sentence.slice(0, m.index)) &&
          LEAD_VERB.test(sentence.slice(m.index + m[0].length));
        vote(
          name,
          (orgLike ? 2 : 0) +
            (acronym ? 1 : 0) +
            (headBonus && i <= 1 ? 0.5 : 0) +
            (lead ? 1.5 : 0),
        );
      }
    });
  };
  const decide = (min: number) => {
    let best: { name: string; score: number } | null = null;
    for (const v of votes.values()) {
      const n = v.name.includes(" ") ? Math.max(count(v.name), mentionsOf(v.name)) : count(v.name);
      const score = v.score + Math.min(n, MENTIONS_CAP) * 0.5;
      if (n >= min && (!best || score > best.score)) best = { name: v.name, score };
    }
    return best && best.score >= FALLBACK_MIN ? best.name : null;
  };
  // The hints of the weak patterns join the guesses.
  for (const { p, weight } of weak) vote(p.name, weight, false, p.strong, p.area);
  guess(head, true);
  let name = decide(0);
  if (name) name = longForm(name, rawBody) ?? name;
  // Still nothing: an organisation-shaped name the rest of the text repeats.
  if (name === null) {
    votes.clear();
    guess(
      body.slice(HEAD_SENTENCES - 1).map((s) => s.text),
      false,
    );
    name = decide(REPEATED);
  }
  return { name, confident: false };
}

/** Nothing but an article before a document's first name. */
const LEAD_SUBJECT = /^\s*(?:(?:The|the)\s+)?$/;
/** A verb right after the first name: the name is the sentence's subject. */
const LEAD_VERB =
  /^,?[ \t]+(?:is|was|has|have|had|says|said|will|announced|reported|confirms|confirmed|admits|admitted|discovered|learned|suffered|experienced|faces|is[ \t]+facing|notified|alerted)\b/;

/** First letters of a long name's words, joiners left out ("Tern Valley Primary Care" → TVPC). */
const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => !JOINER.test(w))
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();

/**
 * The long form the text binds an acronym to ("Tern Valley Primary Care (TVPC)"), when the
 * victim found is the acronym: the contract wants the full name. Null otherwise.
 */
function longForm(acronym: string, text: string): string | null {
  if (!ACRONYM.test(acronym)) return null;
  const re = new RegExp(String.raw`${NAME}[ \t]*\(${acronym}\)`, "g");
  for (const m of execAll(re, text)) {
    const words = m[1]!.split(/\s+/);
    // the long form's words that the acronym's letters cover, from the end
    for (let k = Math.min(words.length, 8); k >= 2; k--) {
      const candidate = cleanName(words.slice(words.length - k).join(" "));
      if (!candidate || candidate.split(" ").length < 2) continue;
      const initials = initialsOf(candidate);
      if (initials[0] === acronym[0] && looseInitials(initials, acronym)) return candidate;
    }
  }
  return null;
}
/** Every initial appears in the acronym in order, letters of the acronym may be inner ones. */
function looseInitials(initials: string, acronym: string): boolean {
  if (initials === acronym) return true;
  // "Northwest Primary Care" → NWPC: the acronym holds the initials, in order, and at most two more
  let j = 0;
  for (const c of acronym) if (j < initials.length && c === initials[j]) j++;
  return j === initials.length && acronym.length - initials.length <= 2;
}

/** "HHS's breach tool": the incident noun modifies another noun. */
const COMPOUND_AFTER = new RegExp(`^\\s+(?:${BREACH_COMPOUND_HEADS.join("|")})\\b`, "i");

/** What the refiners read of a sentence (or the title) more than once, found once. */
export interface TextFacts {
  /**
   * Whether an incident noun may occur in the text (a plain test, no word boundaries): the
   * patterns built on INCIDENT cannot match where it is false.
   */
  incident: boolean;
  /** Whether NAME's domain alternative may match in it (see namePattern). */
  domains: boolean;
  /** The names right before its incident nouns. */
  before: NameBefore[];
}

/** Any incident noun anywhere, in any case: a superset of every INCIDENT-based match. */
const ANY_INCIDENT = new RegExp(INCIDENT, "i");

export function factsOf(text: string): TextFacts {
  const incident = ANY_INCIDENT.test(text);
  return {
    incident,
    domains: DOMAIN_END.test(text),
    before: incident ? namesBeforeIncident(text) : [],
  };
}

/** The subject most claims share, ignoring `other` and unattributed claims: the summary's victim. */
export function victimOfClaims(claims: readonly Claim[]): string | null {
  const counts = new Map<string, number>();
  for (const c of claims) {
    if (c.subject && c.subject !== "other") counts.set(c.subject, (counts.get(c.subject) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [name, n] of counts) {
    if (n > bestN) [best, bestN] = [name, n];
  }
  return (
    best ??
    claims.find(
      (c): c is ClaimOf<"actor"> => c.kind === "actor" && c.value.involvement === "victim",
    )?.value.name ??
    null
  );
}

/** Case, space and punctuation folded, corporate suffixes dropped: "Acme Corp." → "acme". */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\b(?:inc|corp|corporation|co|ltd|llc|plc|limited|company|group|holdings)\b/g, " ")
    .replace(/\s+/g, "");
}

/** Every name a document gives its victim: the summary's, and the victim actor's aliases. */
export function victimNames(doc: DocumentRecord): string[] {
  const names = doc.summary.victim ? [doc.summary.victim] : [];
  for (const c of doc.claims) {
    if (c.kind === "actor" && c.value.involvement === "victim" && doc.summary.victim) {
      if (foldName(c.value.name) === foldName(doc.summary.victim))
        names.push(c.value.name, ...c.value.aliases);
    }
  }
  return names;
}

/** The victim where the text first names it, with the names the text also gives it. */
export interface VictimMention {
  /** The name as written there, a legal suffix that follows included ("Harbor Telecom Corp."). */
  name: string;
  start: number;
  end: number;
  /** Other names of the same body in the text: an acronym in brackets, a short form used alone. */
  aliases: string[];
}

const SUFFIX_AFTER = new RegExp(
  String.raw`^,?[ \t](?:${LEGAL_SUFFIXES.map((s) => s.replace(/\./g, "\\.")).join("|")})\.?(?![\p{L}\d])`,
  "u",
);
const ACRONYM_AFTER = /^[ \t]?\(([A-Z][A-Za-z&+]{1,7})\)/;
const wordBoundary = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}&]/u.test(c);

/**
 * Where the body first names the victim (else the title), and its other names: "Brightwave
 * Communications (BWC)" gives BWC; "Brightwave" said on its own gives Brightwave. Null when the
 * text never writes the name as it is.
 */
export function victimMention(doc: SourceDoc, victim: string): VictimMention | null {
  const text = doc.text;
  let first = -1;
  const aliases = new Set<string>();
  for (let at = text.indexOf(victim); at !== -1; at = text.indexOf(victim, at + victim.length)) {
    if (!wordBoundary(text[at - 1]) || !wordBoundary(text[at + victim.length])) continue;
    if (first === -1 || (first < doc.bodyStart && at >= doc.bodyStart)) first = at;
    const acronym = ACRONYM_AFTER.exec(
      text.slice(at + victim.length, at + victim.length + 12).replace(SUFFIX_AFTER, ""),
    );
    if (acronym && acronym[1] !== victim) aliases.add(acronym[1]!);
  }
  if (first === -1) return null;
  let end = first + victim.length;
  const suffix = SUFFIX_AFTER.exec(text.slice(end, end + 16));
  if (suffix) end += suffix[0].length;
  const words = victim.split(" ");
  const body = text.slice(doc.bodyStart);
  for (let k = words.length - 1; k >= 1; k--) {
    const short = words.slice(0, k).join(" ");
    const last = words[k - 1]!;
    if (JOINER.test(last) || STOP.has(last) || isPlace(short)) continue;
    if (k === 1 && (ORG_HEAD.has(short) || STOP.has(short))) continue;
    if (standalone(body, short) >= 2) {
      aliases.add(short);
      break;
    }
  }
  const name = text.slice(first, end);
  aliases.delete(name);
  return { name, start: first, end, aliases: [...aliases].sort() };
}
