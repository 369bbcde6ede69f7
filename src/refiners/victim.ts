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
import { COMPANY_NOUNS, GOVERNMENT_ACRONYMS, GOVERNMENT_WORDS } from "../lexicon/organizations.js";
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
/** A capitalised name of up to six words ("Penn State University", "Bank of America"), or a domain. */
export const NAME = String.raw`(?<![\w.'’-])((?:[A-Z][\w&.'’-]{0,40}${DOMAIN})(?:[ \t]+(?:(?:of|and|for|&)[ \t]+)?[A-Z\d][\w&.'’-]{0,40}){0,5})`;

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
const NOT_AFTER_PREPOSITION = String.raw`(?<!\b(?:in|at|from|of|for|by|to|with|and)[ \t]{1,3})`;
/** "X in Denver", "X in New Jersey" between a subject and its verb. */
const IN_PLACE = String.raw`(?:[ \t]+in[ \t]+[A-Z]\w{1,20}(?:[ \t]+[A-Z]\w{1,20})?)?`;
/** "X was hacked", "X has been breached". */
const NAME_HACKED = namePattern(
  String.raw`${NAME}[ \t]+(?:was|were|has[ \t]+been|had[ \t]+been|got)[ \t]+(?:hacked|breached|compromised|attacked|hit|targeted)\b`,
  "g",
);
/** "X confirmed / disclosed / suffered a … breach"; headline forms too ("X Confirms Breach"). */
const VICTIM_VERBS = [
  ...VICTIM_VERB_STEMS.map((v) => `${caseless(v)}(?:s|d|ed)?`),
  ...VICTIM_VERB_PHRASES.map(caseless),
].join("|");
const NAME_CONFIRMED = namePattern(
  String.raw`${NOT_AFTER_PREPOSITION}${NAME}${IN_PLACE}(?:[ \t]+(?:has|have|had|on[ \t]+\w+|last[ \t]+\w+|this[ \t]+\w+))?[ \t]+(?:${VICTIM_VERBS})\b[^.;]{0,80}?\b${INCIDENT}`,
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
  String.raw`${NOT_AFTER_PREPOSITION}${NAME}${IN_PLACE}(?:[ \t]+on[ \t]+[A-Z]\w{2,9})?[ \t]+(?:${VICTIM_SAY_VERBS.join("|")})[ \t][^;]{0,100}?\b(?:${VICTIM_SAID_OBJECTS.join("|")})\b`,
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
  String.raw`\b(?:(?:investigation|probe|inquiry)[ \t]+into|fined|(?:belonging|belonged)[ \t]+to|owned[ \t]+by|(?:taken|stolen|copied|exfiltrated)[ \t]+from)[ \t]+(?:the[ \t]+)?${NAME_AFTER_SPACE}`,
  "g",
);
const NAME_FINED = namePattern(
  String.raw`${NAME}[ \t]+(?:was|has[ \t]+been|had[ \t]+been|is[ \t]+being)[ \t]+(?:fined|penalised|penalized|sanctioned)\b`,
  "g",
);
const PENALTY_ON = namePattern(
  String.raw`\b(?:penalty|fine)\b[^.;]{0,60}?[ \t]on[ \t]+${NAME_AFTER_SPACE}`,
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
];

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
  return UNITS.has(name) || name in GOVERNMENT_ACRONYMS;
}
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
  let cut = -1;
  words.forEach((w, i) => {
    const prev = words[i - 1];
    const inName = prev !== undefined && /^[A-Z]/.test(prev) && !STOP.has(prev);
    if (BREAKERS.has(w) || (/^\d/.test(w) && !inName)) cut = i;
  });
  if (cut >= 0 && cut < words.length - 1) words = words.slice(cut + 1);
  const last = words.length - 1;
  if (last >= 0) words[last] = words[last]!.replace(/['’]s$/, "");
  while (words.length && (STOP.has(words[0]!) || /^(?:of|and|for|&)$/.test(words[0]!)))
    words.shift();
  while (
    words.length &&
    (STOP.has(words[words.length - 1]!) ||
      TRAILING_JUNK.has(words[words.length - 1]!) ||
      /^(?:of|and|for|&)$/.test(words[words.length - 1]!))
  )
    words.pop();
  let name = words.join(" ");
  while (/[.,'’]$/.test(name)) name = name.slice(0, -1);
  if (!name || !/\p{L}/u.test(name) || name.length < 2) return null;
  if (name.split(" ").every((w) => STOP.has(w))) return null;
  return name;
}

export const sameName = (a: string, b: string) => key(a) === key(b);
export const key = (s: string) => s.toLowerCase().replace(/[\s.'’-]+/g, "");

/** "unlike the Equifax breach", "since the 2017 Equifax hack": a name compared with, no victim. */
const COMPARED_BEFORE = wordsPattern([
  ...COMPARISON_LEADS,
  ...COMPARISON_MODIFIERS,
  ...COMPARISON_CONTEXT,
]);
const CONTEXT_REACH = 40;

function compared(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - CONTEXT_REACH), at);
  const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"));
  return matchesOf(COMPARED_BEFORE, before.slice(clauseStart + 1)).length > 0;
}

/** The names the victim patterns find in a text, except those a comparison introduces. */
function patternNames(text: string, facts: TextFacts): string[] {
  const names: string[] = [];
  for (const p of VICTIM_PATTERNS) {
    if (p.incident && !facts.incident) continue;
    const re = pick(p, facts.domains);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const name = cleanName(m[1]!);
      if (name && !compared(text, m.index)) names.push(name);
    }
  }
  for (const { name, start } of facts.before) if (!compared(text, start)) names.push(name);
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

/** The organisation a document is about, or null. */
export function findVictim(drafts: readonly AnyDraft[], doc: SourceDoc): string | null {
  return victimOfDoc(drafts, doc).name;
}

const ORG = new Set<string>(ORGANISATION_WORDS);
const ACRONYM = /^[A-Z]{2,6}$/;
const FALLBACK_MIN = 2;

/**
 * The organisation a document is about, and whether the language named it as breached
 * (a pattern, a victim actor, a catalogue title) rather than the fallback guessing it.
 */
export function victimOfDoc(
  drafts: readonly AnyDraft[],
  doc: SourceDoc,
  factsFor: (text: string) => TextFacts = factsOf,
): { name: string | null; confident: boolean } {
  const votes = new Map<string, { name: string; score: number; first: number }>();
  let order = 0;
  // Names the text gives a regulator, an official, an investigator or a suspect.
  const excluded = new Set<string>();
  for (const d of drafts) {
    if (d.kind !== "actor") continue;
    // a person speaking ("Lt. Smith said the files were stolen") is no organisation breached
    if (!NOT_VICTIM_ROLES.has(d.value.involvement) && d.value.type !== "person") continue;
    for (const n of [d.value.name, ...d.value.aliases]) excluded.add(key(n));
  }
  const vote = (name: string, weight: number) => {
    const k = key(name);
    if (excluded.has(k) || notVictimName(name)) return;
    const v = votes.get(k);
    if (v) v.score += weight;
    else votes.set(k, { name, score: weight, first: order++ });
  };
  const title = doc.title ?? "";
  for (const name of patternNames(title, factsFor(title))) vote(name, 3);
  // A catalogue title that is only a name ("Scholastic", "CheapAssGamer.com").
  const titleWords = title.split(/\s+/).filter(Boolean);
  if (
    titleWords.length &&
    titleWords.length <= TITLE_NAME_MAX_WORDS &&
    !INCIDENT_IN_TITLE.test(title)
  ) {
    const name = cleanName(title);
    if (name) vote(name, 3);
  }
  for (const d of drafts) {
    if (d.kind === "actor" && d.value.involvement === "victim") vote(d.value.name, 3);
  }
  const body = doc.sentences.filter((s) => s.start >= doc.bodyStart);
  body.forEach((s, i) => {
    for (const name of patternNames(s.text, factsFor(s.text)))
      vote(name, i < HEAD_SENTENCES ? 2 : 1);
  });
  const folded = foldForMentions(doc.text.slice(doc.bodyStart));
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
        if (` ${long.name.toLowerCase()} `.includes(k)) {
          short.score += long.score;
          short.first = Math.min(short.first, long.first);
          long.score = 0;
        }
      }
    }
    const best = [...votes.values()].sort((a, b) => b.score - a.score || a.first - b.first)[0]!;
    return { name: best.name, confident: true };
  }
  // Fallback: an organisation-like name of the title and first sentences, said often.
  const head = [title, ...body.slice(0, HEAD_SENTENCES - 1).map((s) => s.text)];
  const starts = new Set(body.map((s) => FIRST_WORD.exec(s.text)![0]));
  head.forEach((sentence, i) => {
    for (const m of execAll(pick(NAME_ALL, DOMAIN_END.test(sentence)), sentence)) {
      const name = cleanName(m[1]!);
      if (!name) continue;
      const words = name.split(" ");
      const orgLike = words.some((w) => ORG.has(w.replace(/[.,]$/, "")));
      const acronym = words.some((w) => ACRONYM.test(w) && !STOP.has(w));
      if (words.length === 1 && !orgLike && !acronym && starts.has(name)) continue;
      // "Data Privacy Protection Commission" cut to "Protection Commission": a body's
      // name lost its head words, so it is no victim.
      const raw = m[1]!.replace(/^(?:The|A|An)\s+/, "");
      if (governmentLike(name) && !raw.startsWith(name)) continue;
      vote(name, (orgLike ? 2 : 0) + (acronym ? 1 : 0) + (i <= 1 ? 0.5 : 0));
    }
  });
  let best: { name: string; score: number; first: number } | null = null;
  for (const v of votes.values()) {
    v.score += mentionsOf(v.name) * 0.5;
    if (!best || v.score > best.score) best = v;
  }
  return best && best.score >= FALLBACK_MIN
    ? { name: best.name, confident: false }
    : { name: null, confident: false };
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
