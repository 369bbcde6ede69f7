// Shared by the data matchers: the category terms as regular expressions built from the
// lexicon, a reader for the lists breach stories use, and the polarity (exposed or denied)
// of a list read in its clause. Not a matcher itself (the registry skips `_` files).
import type { DataCategory } from "../../contract/index.js";
import {
  CONTEXT_SENSES,
  CONTEXT_TERMS,
  DATA_MODIFIERS,
  DATA_TERMS,
  DENIAL_CUES,
  DENIED_VERBS,
  LIST_ONLY_TERMS,
  MISSING_PROTECTION_BEFORE,
  NOT_BREACH_CUES,
  NOT_DATA_FOLLOWERS,
  REMEDY_PARTICIPLES,
} from "../../lexicon/data.js";
import { prefixesOf, type Hit } from "../../rules/index.js";
import { escape } from "../../lexicon/regex.js";

/** A lexicon phrase as a regular expression: spaces match spaces or hyphens, quotes optional. */
export function phrase(words: string): string {
  return words
    .split(" ")
    .map((w) => escape(w).replace(/['’]/g, "['’]?"))
    .join(String.raw`[\s-]{1,3}`);
}

/**
 * Lexicon terms as one alternation, longest first so that "email addresses" wins over "email";
 * in each (phrase), spaces match spaces or hyphens and quotes are optional. (The date cues'
 * `alternation` differs: spaces match whitespace, a trailing `*` any word end.)
 */
export function termAlternation(list: readonly string[]): string {
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

const MODIFIERS = new Set(DATA_MODIFIERS.map(normalize));
/**
 * The two-word modifiers by their first word: `MODIFIER_PAIRS.get(a)?.has(b)` says what
 * `MODIFIERS.has(`${a} ${b}`)` says for words without spaces, without building the string.
 */
const MODIFIER_PAIRS = new Map<string, Set<string>>();
for (const m of MODIFIERS) {
  const [a, b, more] = m.split(" ");
  if (b === undefined || more !== undefined) continue;
  let seconds = MODIFIER_PAIRS.get(a!);
  if (!seconds) MODIFIER_PAIRS.set(a!, (seconds = new Set()));
  seconds.add(b);
}
const FOLLOWERS = new Set(NOT_DATA_FOLLOWERS.map(normalize));

const wordRe = (list: readonly string[]) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${termAlternation(list)})(?![\p{L}\p{N}])`, "iu");

/** Terms that need words elsewhere in the sentence ("account numbers" at a bank). */
const CONTEXT = CONTEXT_TERMS.map((c) => ({
  terms: c.terms.map(normalize),
  info: { category: c.category, weak: false, listOnly: false } satisfies TermInfo,
  context: wordRe(c.context),
  against: wordRe(c.against),
}));
/** Terms that take another category where the sentence says whose they are. */
const SENSES = CONTEXT_SENSES.map((c) => ({
  terms: c.terms.map(normalize),
  info: { category: c.category, weak: false, listOnly: false } satisfies TermInfo,
  context: wordRe(c.context),
}));
const CONTEXT_KEYS = CONTEXT.flatMap((c) => c.terms);

let lastText: string | null = null;
let lastExtra = new Map<string, TermInfo>();
/** The context terms that count in this sentence (the last one is cached). */
function contextLookup(text: string): Map<string, TermInfo> {
  if (text === lastText) return lastExtra;
  const extra = new Map<string, TermInfo>();
  for (const c of CONTEXT)
    if (c.context.test(text) && !c.against.test(text))
      for (const t of c.terms) if (!LOOKUP.has(t)) extra.set(t, c.info);
  // A sense overrides the lexicon's category (and a context term's).
  for (const c of SENSES) if (c.context.test(text)) for (const t of c.terms) extra.set(t, c.info);
  lastText = text;
  lastExtra = extra;
  return extra;
}

/** Longest term or modifier, in words. */
const MAX_WORDS = Math.max(
  ...[...LOOKUP.keys(), ...MODIFIERS, ...CONTEXT_KEYS].map((k) => k.split(" ").length),
);

/** First words of every term and modifier: where an item may begin. */
const FIRST_WORDS = [
  ...new Set([...LOOKUP.keys(), ...MODIFIERS, ...CONTEXT_KEYS].map((k) => k.split(" ")[0]!)),
].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

const FIRST_WORD_SET = new Set(FIRST_WORDS);

/** Triggers of the matchers that start at ITEM_START: its first words. */
export const ITEM_TRIGGERS = prefixesOf(FIRST_WORDS);

/**
 * Words as one alternation that shares their prefixes ("a(?:ccount|ddress(?:es)?|…)|…"): the
 * same language as the flat "account|address|addresses|…", but the regex engine tries each
 * prefix once instead of once per word (half the time over a corpus). With the word end
 * checked after it, at most one word can match at a position, so the order of branches does
 * not change a match.
 */
function prefixAlternation(words: readonly string[]): string {
  interface Node {
    next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { next: new Map(), end: false };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const branches = [...node.next]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([ch, child]) => escape(ch) + emit(child));
    if (!branches.length) return "";
    if (branches.length === 1 && !node.end) return branches[0]!;
    return `(?:${branches.join("|")})${node.end ? "?" : ""}`;
  };
  return emit(root);
}

/**
 * A word that may open a data item ("partial", "email", "social"): the patterns of matchers
 * that start at an item. Whether a whole item starts there is for `termAt` to say.
 */
export const ITEM_START = String.raw`(?<![\p{L}\p{N}'’])(?:${prefixAlternation(FIRST_WORDS)})(?![\p{L}\p{N}])`;

const TERM_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/uy;
const WORD_CHAR = /[\p{L}\p{N}'’]/u;

/** Whether `text[i]` is a letter, a digit or a quote: part of a word as `TERM_WORD` reads it. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128)
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
  return WORD_CHAR.test(text[i]!);
}

/**
 * The first words as a trie over a–z and 0–9 (every first word is spelled so), for a cheap
 * answer to "does an item start at this word?": most words `termAt` is asked about open none,
 * and walking their characters here costs less than reading, slicing and normalizing them.
 * Node 0 is the root; a child 0 means no first word goes on so.
 */
const TRIE_WIDTH = 36;
let trieNext = new Int32Array(TRIE_WIDTH * 64);
const trieEnds: boolean[] = [false];
for (const w of FIRST_WORDS) {
  let node = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const k = c >= 97 ? c - 97 : c - 48 + 26;
    let child = trieNext[node * TRIE_WIDTH + k]!;
    if (child === 0) {
      child = trieEnds.length;
      trieEnds.push(false);
      if (trieEnds.length * TRIE_WIDTH > trieNext.length) {
        const grown = new Int32Array(trieNext.length * 2);
        grown.set(trieNext);
        trieNext = grown;
      }
      trieNext[node * TRIE_WIDTH + k] = child;
    }
    node = child;
  }
  trieEnds[node] = true;
}

/**
 * Whether the word at `pos`, as `WordsFrom` would read and normalize it, is a first word: 0
 * no, 1 yes, -1 cannot tell here (a character other than ASCII or ’: let `WordsFrom` read it).
 * Normalizing an ASCII word only lower-cases it and drops its quotes, which the walk mirrors.
 */
function firstWordAt(text: string, pos: number): number {
  let node = 0;
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c >= 97 && c <= 122) k = c - 97;
    else if (c >= 65 && c <= 90) k = c - 65;
    else if (c >= 48 && c <= 57) k = c - 48 + 26;
    else if (c === 39 || c === 0x2019) {
      // A quote goes on a word but does not start one, and normalizing drops it.
      if (i === pos) return 0;
      continue;
    } else if (c < 128) break;
    else return -1;
    node = trieNext[node * TRIE_WIDTH + k]!;
    if (node === 0) return 0;
  }
  return trieEnds[node] ? 1 : 0;
}

/** Normalized words, remembered (the same few thousand words recur in every text). */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 50_000;
function normalizeWord(w: string): string {
  let n = NORMALIZED.get(w);
  if (n === undefined) {
    n = normalize(w);
    if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
    NORMALIZED.set(w, n);
  }
  return n;
}

/**
 * Per-sentence memory. The data matchers run one after another over the same sentence and
 * read the same stretches again (the terms of each position several times): what `termAt` and
 * `continuesList` found at a position of the current text is kept until another text comes.
 * Results are shared, never mutated. (Lists are not kept: the matchers read them with
 * different options, so a kept list was almost never asked for again, and keying it cost.)
 */
let memoText: string | null = null;
/**
 * The terms by position, in arrays rather than a Map (cheaper to read and to empty): slot `p`
 * holds `termAt(text, p)` when `termStamp[p]` is the current text's generation. A new text
 * takes a new generation, which empties every slot at once.
 */
let memoGen = 1;
let termStamp = new Int32Array(512);
let termFound = new Array<TermMatch | null>(512).fill(null);
const CONTINUES = new Map<number, boolean>();
function memoFor(text: string): void {
  if (text === memoText) return;
  memoText = text;
  if (++memoGen === 2 ** 30) {
    // Once in a billion texts: start the generations again, no slot left current.
    termStamp.fill(0);
    memoGen = 1;
  }
  if (termStamp.length <= text.length) {
    const size = 2 * (text.length + 1);
    termStamp = new Int32Array(size);
    termFound = new Array<TermMatch | null>(size).fill(null);
  }
  CONTINUES.clear();
}
const WORD_GAP = /[\s-]{1,3}/y;

/**
 * The words from `pos` on, joined by spaces or hyphens only, read as they are asked for:
 * `word(i)` is the i-th (normalized), `end(i)` where it ends; undefined past the last.
 */
class WordsFrom {
  private readonly words: string[] = [];
  private readonly ends: number[] = [];
  private next: number;
  private done = false;
  constructor(
    private readonly text: string,
    pos: number,
  ) {
    this.next = pos;
  }
  word(i: number): string | undefined {
    while (this.words.length <= i && !this.done) this.read();
    return this.words[i];
  }
  end(i: number): number {
    return this.ends[i]!;
  }
  private read(): void {
    TERM_WORD.lastIndex = this.next;
    const w = TERM_WORD.exec(this.text);
    if (!w) {
      this.done = true;
      return;
    }
    this.words.push(normalizeWord(w[0]));
    this.ends.push(TERM_WORD.lastIndex);
    WORD_GAP.lastIndex = TERM_WORD.lastIndex;
    if (WORD_GAP.exec(this.text)) this.next = WORD_GAP.lastIndex;
    else this.done = true;
  }
}

/** The terms (and context terms) as a tree of words, so a text's words are looked up in one walk. */
interface TermNode {
  next: Map<string, TermNode>;
  /** The whole term when one ends here. */
  term: string | null;
}
const TERM_TREE: TermNode = { next: new Map(), term: null };
for (const term of [...LOOKUP.keys(), ...CONTEXT_KEYS]) {
  let node = TERM_TREE;
  for (const w of term.split(" ")) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map(), term: null };
      node.next.set(w, child);
    }
    node = child;
  }
  node.term = term;
}

/** A term found in the text: its span (modifiers included) and what it names. */
export interface TermMatch extends TermInfo {
  start: number;
  end: number;
  /** The term without its modifiers, normalized ("order histories"). */
  head: string;
}

/**
 * The data item that starts at `pos`, or null: up to two modifiers that belong to its span
 * ("partial card numbers"), then the longest term of the lexicon. A weak term followed by
 * a word that makes it something else ("password-protected", "email accounts") is none.
 */
export function termAt(text: string, pos: number): TermMatch | null {
  memoFor(text);
  // Positions are whole numbers; one outside the text (none is asked for) is not kept.
  if (!(pos >= 0 && pos <= text.length)) return findTermAt(text, pos);
  if (termStamp[pos] === memoGen) return termFound[pos]!;
  const found = findTermAt(text, pos);
  termStamp[pos] = memoGen;
  termFound[pos] = found;
  return found;
}

function findTermAt(text: string, pos: number): TermMatch | null {
  if (pos > 0 && isWordChar(text, pos - 1)) return null;
  if (firstWordAt(text, pos) === 0) return null;
  const words = new WordsFrom(text, pos);
  // Most words open no item: the first one settles it.
  const first = words.word(0);
  if (first === undefined || !FIRST_WORD_SET.has(first)) return null;
  // Where the head may start: after 0, 1 or 2 modifiers (a modifier may be two words).
  const heads = [0];
  for (let i = 0, n = 0; n < 2 && words.word(i) !== undefined; n++) {
    const next = words.word(i + 1);
    if (next !== undefined && MODIFIER_PAIRS.get(words.word(i)!)?.has(next)) i += 2;
    else if (MODIFIERS.has(words.word(i)!)) i += 1;
    else break;
    heads.push(i);
  }
  // The term that reaches furthest; of two that end together, the one that starts first, so a
  // term that opens with a modifier ("subscriber identification numbers") beats its tail.
  let best: TermMatch | null = null;
  for (let k = heads.length - 1; k >= 0; k--) {
    const found = termFrom(text, pos, words, heads[k]!, 0, TERM_TREE);
    if (found && (best === null || found.end >= best.end)) best = found;
  }
  return best;
}

/**
 * The longest term that starts at word `h` and goes on from `node`, the tree node its first
 * `len` words reach: deeper nodes are tried first, so a longer term wins.
 */
function termFrom(
  text: string,
  pos: number,
  words: WordsFrom,
  h: number,
  len: number,
  node: TermNode,
): TermMatch | null {
  if (len < MAX_WORDS) {
    const w = words.word(h + len);
    const child = w === undefined ? undefined : node.next.get(w);
    if (child) {
      const found = termFrom(text, pos, words, h, len + 1, child);
      if (found) return found;
    }
  }
  const term = node.term;
  if (term === null) return null;
  const info = contextLookup(text).get(term) ?? LOOKUP.get(term);
  if (!info) return null;
  const next = words.word(h + len);
  if (info.weak && next !== undefined && FOLLOWERS.has(next)) return null;
  // Written out rather than spread from `info`: a spread here cost as much as the rest.
  return {
    category: info.category,
    weak: info.weak,
    listOnly: info.listOnly,
    start: pos,
    end: words.end(h + len - 1),
    head: term,
  };
}

const BEFORE_SEPARATOR =
  /(?:\s{0,3}[,&/]\s{0,3}(?:(?:and|or)\s{1,3})?|\s{1,3}(?:and|or|nor)\s{1,3})$/i;

/**
 * Whether a term at `pos` continues a list begun by an earlier item ("…, passport numbers"):
 * matchers that start a list at any term skip these, the earlier item read the whole list.
 */
export function continuesList(text: string, pos: number): boolean {
  memoFor(text);
  let found = CONTINUES.get(pos);
  if (found === undefined) {
    found = findContinuesList(text, pos);
    CONTINUES.set(pos, found);
  }
  return found;
}

function findContinuesList(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 80), pos);
  const sep = BEFORE_SEPARATOR.exec(before);
  if (!sep) return false;
  const sepAt = pos - before.length + sep.index;
  // Does an item end right where the separator starts?
  for (let q = sepAt - 1; q >= Math.max(0, sepAt - 60); q--) {
    if (/[\p{L}\p{N}]/u.test(text[q]!) && (q === 0 || /[\s(,"“]/.test(text[q - 1]!))) {
      const t = termAt(text, q);
      if (t && t.end === sepAt) return true;
    }
  }
  return false;
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
const SPACE = /[\s"“”)[\]:*•]+/y;

// Cheap tests of the character at a position, before a sticky pattern is run there: each is
// true wherever the pattern could match, so skipping the pattern when it is false changes nothing.

/** An ASCII character of `SPACE`: `\s` (tab to carriage return, space) or one of `")[]:*`. */
function isAsciiSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 34 ||
    c === 41 ||
    c === 42 ||
    c === 58 ||
    c === 91 ||
    c === 93
  );
}

/**
 * Past the run of `SPACE` characters at `at`: ASCII ones are skipped here, and at the first
 * other character the pattern reads the rest of the run (it alone knows Unicode's spaces).
 */
function skipSpace(text: string, at: number): number {
  for (; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c < 128) {
      if (!isAsciiSpace(c)) return at;
    } else {
      SPACE.lastIndex = at;
      return SPACE.exec(text) ? SPACE.lastIndex : at;
    }
  }
  return at;
}

/**
 * `SEPARATOR` may match at `,`, `&`, `/` or the first letter of its words (a, o, n, p, t, i;
 * /i without /u folds no other character to these).
 */
function maySeparate(c: number): boolean {
  if (c === 44 || c === 38 || c === 47) return true;
  const lower = c | 32;
  return (
    c < 128 &&
    (lower === 97 ||
      lower === 111 ||
      lower === 110 ||
      lower === 112 ||
      lower === 116 ||
      lower === 105)
  );
}

/** A character of `[\w$%£€]` (ASCII `\w`): one that may start or end a word a list reads. */
function isWordEdge(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 36 ||
    c === 37 ||
    c === 0xa3 ||
    c === 0x20ac
  );
}

/**
 * Where the word a list reads at `at` ends, or -1 when none starts there: what the sticky
 * pattern /[\w$%£€][\w$%£€.,'’-]*[\w$%£€]|[\w$%£€]/y matches, found without running it (and
 * without its match array): the longest run of word characters and `.,'’-` from `at`, cut back
 * to its last word character, as the greedy pattern settles.
 */
function wordEnd(text: string, at: number): number {
  if (at >= text.length || !isWordEdge(text.charCodeAt(at))) return -1;
  let end = at + 1;
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordEdge(c)) end = i + 1;
    else if (c !== 46 && c !== 44 && c !== 39 && c !== 0x2019 && c !== 45) break;
  }
  return end;
}
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
/** "left open without a password", "did not require a password": protection, not data. */
const MISSING_PROTECTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${termAlternation(MISSING_PROTECTION_BEFORE.filter((w) => w !== "no"))})[\s-]{1,3}$`,
  "iu",
);
/** "no password" (singular) is the same; "no passwords were exposed" is a denial. */
const NO_SINGULAR = /(?<![\p{L}\p{N}])no[\s-]{1,3}$/iu;

function isMissingProtection(text: string, t: TermMatch): boolean {
  if (t.category !== "password") return false;
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  return MISSING_PROTECTION.test(before) || (!/s$/.test(t.head) && NO_SINGULAR.test(before));
}

/** At most this many words before the first item, separators or not. */
const LEAD_TOTAL = 10;

/**
 * Read a list of data items forward from `pos`: "usernames, email addresses, mobile
 * numbers, billing addresses and purchase histories". Items that are not data ("photos", "links
 * to social accounts") may sit between them, a few words at most. Stops at the end of the
 * clause. Weak terms are dropped unless the list holds at least two items.
 */
export function readList(text: string, pos: number, opts: ListOptions): readonly Item[] {
  const items: Item[] = [];
  const limit = Math.min(text.length, pos + 500);
  let words = 0;
  let leadWords = 0;
  let firstAtCue = false;
  let at = pos;
  while (at < limit) {
    at = skipSpace(text, at);
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
    const t = termAt(text, at);
    // A password the store lacked ends the list: what follows is another clause's.
    if (t && isMissingProtection(text, t)) break;
    // "MD5 hashes of email addresses": the hashes are of the next item, not passwords.
    if (t && !(isHashOf(t.head) && HASH_OF.test(text.slice(t.end)))) {
      if (!items.length) firstAtCue = leadWords === 0;
      items.push({
        category: t.category,
        weak: t.weak,
        listOnly: t.listOnly,
        start: at,
        end: t.end,
      });
      at = t.end;
      words = 0;
      continue;
    }
    SEPARATOR.lastIndex = at;
    if (maySeparate(text.charCodeAt(at)) && SEPARATOR.exec(text)) {
      at = SEPARATOR.lastIndex;
      // A separator closes a non-data item: the next one gets its own allowance.
      words = 0;
      continue;
    }
    const end = wordEnd(text, at);
    if (end !== -1) {
      const w = text.slice(at, end);
      if (STOP_WORDS.has(w.toLowerCase())) break;
      at = end;
      if (QUANTITY.test(w)) continue;
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

const DENIAL_WORDS = termAlternation(DENIAL_CUES);
const DENIED = termAlternation(DENIED_VERBS);
/** Determiners that may sit between a denial and the list: "did not include any …". */
const DETERMINERS = String.raw`(?:(?:(?:instances?|evidence|records?|signs?|traces?|indication)\s{1,3}of|any|the|their|your|its|his|her|our|other|user|account|customers?['’]?|users?['’]?|patients?['’]?|members?['’]?)\s{1,3}){0,3}`;
/** A generic head before the list: "held no sensitive data such as …". */
const GENERIC_THEN = String.raw`(?:(?:[\w'’-]{1,30}\s{1,3}){1,4}(?:such\s{1,3}as|like|including|e\.g\.,?)\s{1,3})?`;
/** "no", "not", "did not include (any)" just before the list, in its clause. */
const DENIED_BEFORE = new RegExp(
  String.raw`\b(?:${DENIAL_WORDS}|(?:did|does|do|was|were|is|are|has|have|had|would|will)(?:\s{1,3}not|n['’]t)\s{1,3}(?:(?:appear|seem|seems|appears|believed|thought|to|have|be|been)\s{1,3}){0,3}(?:${DENIED}))\s{1,3}${DETERMINERS}${GENERIC_THEN}$`,
  "i",
);
/** "no sign that login data, such as passwords, …": a hedged denial. */
const NO_EVIDENCE_BEFORE =
  /\b(?:no|not\s+any|n['’]t\s+any)\s+(?:evidence|indication|sign|signs|reason\s+to\s+believe)["”’']?(?:\s+that)?[\s,]{1,3}(?:[\w,'’-]+\s+){0,5}$/i;
/** "at no time was any payment data …": a denial that opens its clause. */
const AT_NO_TIME_BEFORE =
  /\bat\s+no\s+(?:time|point|stage)\s+(?:was|were|did|had|has|have|is|are)\s+(?:(?:any|the|their|its|customer|customers['’])\s+)?(?:[\w'’-]+\s+){0,2}$/i;
/** "were not compromised", "were hashed and not accessed", "weren't exposed" right after. */
const DENIED_AFTER =
  /^[\s,]{0,3}(?:(?:which|that)\s+)?(?:was|were|is|are|has|have|had|remain|remains|remained)(?:\s+been)?(?:\s+(?:all|also|both|either|reportedly|believed|thought|said|to|have|be|been|encrypted|protected|secure|safe)){0,4}(?:\s+and)?(?:\s+not|\s+never|n['’]t)\b(?!\s+(?:only|just|encrypted|hashed|salted|protected|secured|masked|properly|adequately)\b|\s+stored\s+(?:securely|safely|properly|correctly|adequately|encrypted|hashed|as\b|with\b|using\b|in\s+(?:an?\s+)?(?:encrypted|secure|hashed|safe|plain|clear|readable|unencrypted)\b))/i;
/**
 * A state that denies exposure right after the items: "were unaffected", "remain secure",
 * "stayed safe", "were untouched".
 */
export const DENIED_STATE_AFTER =
  /^[\s,]{0,3}(?:(?:which|that)\s+)?(?:was|were|is|are|remain|remains|remained|stay|stays|stayed)\s+(?:(?:all|also|both|fully|completely|entirely)\s+)?(?:unaffected|untouched|unharmed|uncompromised|unimpacted|secure|safe|intact)\b/i;
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
  if (AT_NO_TIME_BEFORE.test(before)) return true;
  const after = text.slice(end, end + 120);
  return DENIED_AFTER.test(after) || DENIED_STATE_AFTER.test(after);
}

const NOT_BREACH_BEFORE = new RegExp(
  String.raw`\b(?:${termAlternation(NOT_BREACH_CUES)})\s{1,3}(?:(?:your|their|his|her|its|our|all|the|any|a|an|of|to|\d{1,9})\s{1,3}){0,2}$`,
  "i",
);

/** Whether the words right before an item make it advice or a message, not breached data. */
export function isNotBreach(text: string, start: number): boolean {
  return NOT_BREACH_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * "… for the mailboxes were promptly locked", "… have been reset": right after the
 * items, what was done to them after the breach (a "which" clause is not read: "stole
 * passwords, which were later reset" still says they were stolen).
 */
const REMEDIED_AFTER = new RegExp(
  String.raw`^[\s,]{0,3}(?:(?:for|of|on)\s{1,3}(?:(?:the|their|its|his|her|all|affected|compromised)\s{1,3}){0,2}(?:[\w'’-]{1,20}\s{1,3}){0,2}?accounts?\s{1,3})?(?:were|was|are|is|have\s{1,3}been|has\s{1,3}been|had\s{1,3}been|will\s{1,3}be|would\s{1,3}be)\s{1,3}(?:(?:all|also|then|since|quickly|immediately|promptly|subsequently|later|automatically)\s{1,3}){0,2}(?:${termAlternation(REMEDY_PARTICIPLES)})(?![\p{L}\p{N}])`,
  "iu",
);

/**
 * The hits of a list: one per category (the first item of each), exposed unless the clause
 * denies it; nothing when the list reads as advice or a message, or as what was remedied.
 */
export function listHits(text: string, items: readonly Item[]): Hit<"data">[] {
  if (!items.length) return [];
  if (isNotBreach(text, items[0]!.start)) return [];
  const end = items[items.length - 1]!.end;
  if (REMEDIED_AFTER.test(text.slice(end, end + 120))) return [];
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
