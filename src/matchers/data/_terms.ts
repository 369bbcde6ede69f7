// Shared by the data matchers: the category terms as regular expressions built from the
// lexicon, a reader for the lists breach stories use, and the polarity (exposed or denied)
// of a list read in its clause. Not a matcher itself (the registry skips `_` files).
import type { DataCategory } from "../../contract/index.js";
import {
  DATA_MODIFIERS,
  DATA_TERMS,
  DENIAL_CUES,
  DENIED_VERBS,
  LIST_ONLY_TERMS,
  NOT_BREACH_CUES,
  NOT_DATA_FOLLOWERS,
} from "../../lexicon/data.js";
import type { Hit } from "../../rules/index.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A lexicon phrase as a regular expression: spaces match spaces or hyphens, quotes optional. */
export function phrase(words: string): string {
  return words
    .split(" ")
    .map((w) => escape(w).replace(/['’]/g, "['’]?"))
    .join(String.raw`[\s-]{1,3}`);
}

/** Alternation of phrases, longest first so that "email addresses" wins over "email". */
export function alternation(list: readonly string[]): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(phrase)
    .join("|");
}

/** The form a term is looked up by: lower case, single spaces, no quotes or hyphens. */
export function normalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[\s-]+/g, " ")
    .trim();
}

interface TermInfo {
  category: DataCategory;
  weak: boolean;
  /** Never an item on its own ("emails" alone are messages). */
  listOnly: boolean;
}

const LOOKUP = new Map<string, TermInfo>();
for (const [category, { strong, weak }] of Object.entries(DATA_TERMS) as [
  DataCategory,
  { strong: readonly string[]; weak: readonly string[] },
][]) {
  for (const t of strong) LOOKUP.set(normalize(t), { category, weak: false, listOnly: false });
  for (const t of weak) {
    const key = normalize(t);
    const listOnly = (LIST_ONLY_TERMS as readonly string[]).includes(key);
    if (!LOOKUP.has(key)) LOOKUP.set(key, { category, weak: true, listOnly });
  }
}

const STRONG = alternation(Object.values(DATA_TERMS).flatMap((t) => t.strong));
const WEAK = alternation(Object.values(DATA_TERMS).flatMap((t) => t.weak));
const FOLLOWERS = alternation(NOT_DATA_FOLLOWERS);
const MODIFIER = alternation(DATA_MODIFIERS);

/**
 * One data item: optional modifiers that belong to its span, then the term (group 1).
 * A weak term followed by a word that makes it something else ("password-protected") is none.
 */
export const TERM = String.raw`(?:(?:${MODIFIER})[\s-]{1,3}){0,2}((?:${STRONG})(?![\w'’-])|(?:${WEAK})(?![\w'’-])(?![\s-]{1,3}(?:${FOLLOWERS})\b))`;

/** The start of a term: for patterns that only need to find where a list may begin. */
export const TERM_START = String.raw`\b${TERM}`;

const TERM_AT = new RegExp(String.raw`\b${TERM}`, "iy");

const AFTER_ITEM = new RegExp(
  String.raw`\b${TERM}(?:\s*[,&/]\s*(?:(?:and|or)\s+)?|\s+(?:and|or|nor)\s+)$`,
  "i",
);

/**
 * Whether a term at `pos` continues a list begun by an earlier item ("…, passport numbers"):
 * matchers that start a list at any term skip these, the earlier item read the whole list.
 */
export function continuesList(text: string, pos: number): boolean {
  return AFTER_ITEM.test(text.slice(Math.max(0, pos - 80), pos));
}

/** The category of a term's head word(s), or null when the lexicon does not know it. */
export function termInfo(head: string): TermInfo | null {
  return LOOKUP.get(normalize(head)) ?? null;
}

/** A data item read in a list, offsets into the text it was read from. */
export interface Item {
  category: DataCategory;
  weak: boolean;
  listOnly: boolean;
  start: number;
  end: number;
}

const SEPARATOR =
  /[,&/]|\b(?:and\/or|and|or|nor|as well as|along with|alongside|plus|together with|in addition to|among others)\b/iy;
const WORD = /[\w$%£€][\w$%£€.,'’-]*[\w$%£€]|[\w$%£€]/y;
const SPACE = /[\s"“”)[\]:*•]+/y;
/** Words a list never runs over: the clause goes on about something else. */
const STOP_WORDS = new Set(
  (
    "which that who whom whose but while whilst whereas although though however yet were was is are " +
    "be been being has have had will would could may might can should must after before when because " +
    "since so then if than said says according used using not no those " +
    "these this"
  ).split(" "),
);

export interface ListOptions {
  /** Words allowed between the cue and the first item ("exposed over 15M unique email …"). */
  lead: number;
  /** Words allowed after an item or a separator before the next item. */
  gap: number;
  /**
   * Keep a weak term alone when it follows the cue at once ("included password stored in
   * plain text"); otherwise a weak term needs another item beside it.
   */
  weakAtCue?: boolean;
}

/** Counts and their hedges cost nothing: "over 1.3M", "more than 2,000", "millions of". */
const QUANTITY =
  /^(?:\d[\d.,]*(?:[km%]|bn|gb|mb|tb)?|over|more|than|almost|nearly|about|approximately|around|roughly|some|up|million|millions|billion|billions|thousand|thousands|hundred|hundreds|tens)$/i;
const HASH_OF = /^\s+of\b/i;
const isHashOf = (head: string) => /hashes$/i.test(head) && !/password/i.test(head);
/** At most this many words before the first item, separators or not. */
const LEAD_TOTAL = 10;

/**
 * Read a list of data items forward from `pos`: "names, email addresses, phone numbers,
 * delivery addresses and partial order histories". Items that are not data ("photos", "links
 * to social accounts") may sit between them, a few words at most. Stops at the end of the
 * clause. Weak terms are dropped unless the list holds at least two items.
 */
export function readList(text: string, pos: number, opts: ListOptions): Item[] {
  const items: Item[] = [];
  const limit = Math.min(text.length, pos + 500);
  let words = 0;
  let leadWords = 0;
  let firstAtCue = false;
  let at = pos;
  while (at < limit) {
    SPACE.lastIndex = at;
    if (SPACE.exec(text)) at = SPACE.lastIndex;
    if (at >= limit) break;
    const ch = text[at]!;
    if (ch === ";" || ch === "?" || ch === "!") break;
    // A parenthesis is an aside: "(of which many were …)", "(card type and last 4 digits)".
    if (ch === "(") {
      const close = text.indexOf(")", at);
      if (close > at && close - at <= 160 && !text.slice(at + 1, close).includes("(")) {
        at = close + 1;
        continue;
      }
    }
    if (ch === "." && (at + 1 >= text.length || /\s/.test(text[at + 1]!))) break;
    TERM_AT.lastIndex = at;
    const t = TERM_AT.exec(text);
    // "MD5 hashes of email addresses": the hashes are of the next item, not passwords.
    if (t && !(isHashOf(t[1]!) && HASH_OF.test(text.slice(TERM_AT.lastIndex)))) {
      const info = termInfo(t[1]!);
      if (info) {
        if (!items.length) firstAtCue = leadWords === 0;
        items.push({ ...info, start: at, end: TERM_AT.lastIndex });
      }
      at = TERM_AT.lastIndex;
      words = 0;
      continue;
    }
    SEPARATOR.lastIndex = at;
    if (SEPARATOR.exec(text)) {
      at = SEPARATOR.lastIndex;
      // A separator closes a non-data item: the next one gets its own allowance.
      words = 0;
      continue;
    }
    WORD.lastIndex = at;
    const w = WORD.exec(text);
    if (w) {
      if (STOP_WORDS.has(w[0].toLowerCase())) break;
      at = WORD.lastIndex;
      if (QUANTITY.test(w[0])) continue;
      words += 1;
      if (!items.length && ++leadWords > LEAD_TOTAL) break;
      if (words > (items.length ? opts.gap : opts.lead)) break;
      continue;
    }
    at += 1;
  }
  if (items.length >= 2) return items;
  if (opts.weakAtCue && firstAtCue) return items.filter((i) => !i.listOnly);
  return items.filter((i) => !i.weak);
}

const DENIAL_WORDS = alternation(DENIAL_CUES);
const DENIED = alternation(DENIED_VERBS);
/** Determiners that may sit between a denial and the list: "did not include any …". */
const DETERMINERS = String.raw`(?:(?:(?:instances?|evidence|records?|signs?|traces?|indication)\s+of|any|the|their|your|its|his|her|our|other|user|account|customers?['’]?|users?['’]?|patients?['’]?|members?['’]?)\s+){0,3}`;
/** A generic head before the list: "did not include sensitive information such as …". */
const GENERIC_THEN = String.raw`(?:(?:[\w'’-]+\s+){1,4}(?:such\s+as|like|including|e\.g\.,?)\s+)?`;
/** "no", "not", "did not include (any)" just before the list, in its clause. */
const DENIED_BEFORE = new RegExp(
  String.raw`\b(?:${DENIAL_WORDS}|(?:did|does|do|was|were|is|are|has|have|had|would|will)(?:\s+not|n['’]t)\s+(?:(?:appear|seem|seems|appears|believed|thought|to|have|be|been)\s+){0,3}(?:${DENIED}))\s+${DETERMINERS}${GENERIC_THEN}$`,
  "i",
);
/** "no evidence that account information, including passwords, …": a hedged denial. */
const NO_EVIDENCE_BEFORE =
  /\b(?:no|not\s+any|n['’]t\s+any)\s+(?:evidence|indication|sign|signs|reason\s+to\s+believe)(?:\s+that)?\s+(?:[\w,'’-]+\s+){0,5}$/i;
/** "were not compromised", "were encrypted and not accessed", "weren't exposed" right after. */
const DENIED_AFTER =
  /^[\s,]{0,3}(?:(?:which|that)\s+)?(?:was|were|is|are|has|have|had|remain|remains|remained)(?:\s+been)?(?:\s+(?:all|also|both|either|reportedly|believed|thought|said|to|have|be|been|encrypted|protected|secure|safe)){0,4}(?:\s+and)?(?:\s+not|\s+never|n['’]t)\b(?!\s+(?:only|just|encrypted|hashed|salted|protected|secured|masked|stored|properly|adequately)\b)/i;
/** Where a clause starts: a semicolon or a contrastive conjunction. */
const CLAUSE_BREAK = /;|\b(?:but|while|whilst|whereas|although|though|however|yet)\b/gi;

/** Start of the clause that holds `pos`. */
export function clauseStart(text: string, pos: number): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(text)) && m.index < pos) start = m.index + m[0].length;
  return start;
}

/** Whether the clause denies a list spanning [start, end): "did not include …", "… were not compromised". */
export function isDenied(text: string, start: number, end: number): boolean {
  const from = Math.max(clauseStart(text, start), start - 120);
  const before = text.slice(from, start);
  if (DENIED_BEFORE.test(before) || NO_EVIDENCE_BEFORE.test(before)) return true;
  return DENIED_AFTER.test(text.slice(end, end + 120));
}

const NOT_BREACH_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(NOT_BREACH_CUES)})\s+(?:(?:your|their|his|her|its|our|all|the|any|a|an|of|to|\d+)\s+){0,2}$`,
  "i",
);

/** Whether the words right before an item make it advice or a message, not breached data. */
export function isNotBreach(text: string, start: number): boolean {
  return NOT_BREACH_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * The hits of a list: one per category (the first item of each), exposed unless the clause
 * denies it; nothing when the list reads as advice or a message.
 */
export function listHits(text: string, items: readonly Item[]): Hit<"data">[] {
  if (!items.length) return [];
  if (isNotBreach(text, items[0]!.start)) return [];
  const exposed = !isDenied(text, items[0]!.start, items[items.length - 1]!.end);
  const seen = new Set<DataCategory>();
  const hits: Hit<"data">[] = [];
  for (const item of items) {
    if (seen.has(item.category)) continue;
    seen.add(item.category);
    hits.push({ value: { category: item.category, exposed }, start: item.start, end: item.end });
  }
  return hits;
}
