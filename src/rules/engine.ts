// Run matchers over a document's sentences, then the refiners in order.
//
// One pass, gated. Each matcher's pattern is analysed once (when first seen) into a necessary
// condition: what a sentence must contain for the pattern to match anywhere in it — a digit, a
// currency sign, a capital letter, one of the words of a lexicon alternation, and so on. Each
// sentence gets a small signature in one scan of its characters (which ASCII characters occur,
// whether any other character occurs, and a Bloom filter of its case-folded pairs and triples of
// characters). A matcher whose condition the signature rules out is not run on that sentence.
// The condition is derived from the pattern itself, so matchers declare nothing, and it is only
// ever necessary, never sufficient: a gated run finds exactly the matches an ungated run finds
// (test/scale.test.ts checks this over the dev corpus). Anything the analysis does not
// understand (a back-reference, an unknown syntax) makes it say "always run".
//
// Matchers that share a pattern (same source and flags) share its matches: the regular
// expression runs once per sentence for all of them.
import { setFlagsFromString } from "node:v8";
import type { Kind } from "../contract/index.js";
import type { Sentence, SourceDoc } from "../document/index.js";
import type { AnyDraft, Draft, Hit, Matcher, MatchContext, Refiner } from "./define.js";
import { execInto } from "./regex.js";

// ---------------------------------------------------------------------------------------------
// Regular expressions straight to machine code. V8 first runs a new pattern in its bytecode
// interpreter and means to compile it after the first run ("tier-up"), but over this engine's
// few hundred long lexicon alternations many patterns were still interpreted after thousands of
// documents: the whole pipeline ran twice as fast with tier-up off (measured over the dev
// corpus; see bench/). The flag is read when a pattern is first compiled, so it is set here,
// before any matcher module builds or runs one. It applies to the whole process.
setFlagsFromString("--no-regexp-tier-up");

// ---------------------------------------------------------------------------------------------
// Sentence signatures: one bit space. Bits 0–127: the ASCII characters present (exact case);
// bit 128: a non-ASCII character is present; bits from 160: a Bloom filter of folded characters
// (non-ASCII ones alone), pairs and triples.

const FLAG_WORD = 4;
const BLOOM_WORD = 5;
const BLOOM_BITS_LOG2 = 13;
const SIG_WORDS = BLOOM_WORD + (1 << BLOOM_BITS_LOG2) / 32;
const NON_ASCII_BIT = FLAG_WORD * 32;

/** Case-folded code unit: ASCII upper case → lower; ſ (U+017F) → s and K (U+212A) → k, as /iu folds them. */
function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x17f) return 115;
  if (c === 0x212a) return 107;
  return c;
}

/** Bloom bit (0-based within the filter) of a folded character, pair or triple (-1 pads). */
function gramBit(a: number, b: number, c: number): number {
  const h = Math.imul(((a & 0xffff) << 16) | (b & 0xffff), 0x9e3779b1) ^ (c & 0xffff);
  return Math.imul(h, 0x85ebca6b) >>> (32 - BLOOM_BITS_LOG2);
}

/** Fill `sig` with the signature of `text` (one scan, no allocation). */
export function signatureOf(text: string, sig: Int32Array): void {
  sig.fill(0);
  let p2 = -1;
  let p1 = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let f = text.charCodeAt(i);
    if (f < 128) {
      sig[f >> 5]! |= 1 << (f & 31);
      if (f >= 65 && f <= 90) f += 32;
    } else {
      sig[FLAG_WORD]! |= 1;
      f = foldCode(f);
      if (f < 128) {
        // ſ and K match s and k (either case) under /iu.
        sig[f >> 5]! |= (1 << (f & 31)) | (1 << ((f - 32) & 31));
      } else {
        const u = gramBit(f, -1, -1);
        sig[BLOOM_WORD + (u >> 5)]! |= 1 << (u & 31);
      }
    }
    if (p1 !== -1) {
      const b2 = gramBit(p1, f, -1);
      sig[BLOOM_WORD + (b2 >> 5)]! |= 1 << (b2 & 31);
      if (p2 !== -1) {
        const b3 = gramBit(p2, p1, f);
        sig[BLOOM_WORD + (b3 >> 5)]! |= 1 << (b3 & 31);
      }
    }
    p2 = p1;
    p1 = f;
  }
}

export function newSignature(): Int32Array {
  return new Int32Array(SIG_WORDS);
}

// ---------------------------------------------------------------------------------------------
// Necessary conditions, as a tree

interface CharSet {
  /** ASCII characters the atom matches, exact case (its flags applied). */
  ascii: Int32Array;
  /** Non-ASCII code units it matches, when it names them one by one (folded). */
  nonAscii: number[];
  /** It may match non-ASCII characters it does not list. */
  anyNonAscii: boolean;
}

type Req =
  | { t: "true" }
  | { t: "lit"; s: string }
  | { t: "cls"; set: CharSet }
  | { t: "and"; xs: Req[] }
  | { t: "or"; xs: Req[] };

const TRUE: Req = { t: "true" };

function and(xs: Req[]): Req {
  const flat: Req[] = [];
  for (const x of xs) {
    if (x.t === "true") continue;
    if (x.t === "and") flat.push(...x.xs);
    else flat.push(x);
  }
  if (flat.length === 0) return TRUE;
  if (flat.length === 1) return flat[0]!;
  return { t: "and", xs: flat };
}

function or(xs: Req[]): Req {
  const flat: Req[] = [];
  for (const x of xs) {
    if (x.t === "true") return TRUE;
    if (x.t === "or") flat.push(...x.xs);
    else flat.push(x);
  }
  if (flat.length === 0) return TRUE;
  if (flat.length === 1) return flat[0]!;
  return { t: "or", xs: flat };
}

/** One of these strings (folded) must occur; "" among them means no condition. */
function reqOfExact(set: readonly string[]): Req {
  if (set.length === 1) return set[0]!.length ? { t: "lit", s: set[0]! } : TRUE;
  if (set.some((s) => s.length === 0)) return TRUE;
  // A string that contains another is implied by it: keep the shorter.
  const sorted = [...new Set(set)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return or(kept.map((s) => ({ t: "lit", s })));
}

// ---------------------------------------------------------------------------------------------
// A parser for JavaScript regular expressions, enough to know what a match must contain

type Node =
  | { t: "alt"; xs: Node[] }
  | { t: "seq"; xs: Node[] }
  | { t: "char"; set: CharSet }
  | { t: "empty" }
  | { t: "unknown" }
  | { t: "rep"; x: Node; min: number; max: number };

class Unsupported extends Error {}

const mask = (test: (c: number) => boolean): Int32Array => {
  const m = new Int32Array(4);
  for (let c = 0; c < 128; c++) if (test(c)) m[c >> 5]! |= 1 << (c & 31);
  return m;
};
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWord = (c: number) =>
  isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const ESCAPE_MASKS: Record<string, Int32Array> = {
  d: mask(isDigit),
  w: mask(isWord),
  s: mask(isSpace),
};
const hasBit = (m: Int32Array, c: number) => (m[c >> 5]! & (1 << (c & 31))) !== 0;

/** Groups at least this long are parsed once per process (parsedGroups). */
const MIN_CACHED_GROUP = 64;
/** Parsed groups by flags and text. Nodes are never changed once built. */
const parsedGroups = new Map<string, Node>();

/**
 * Where the group that opens at `open` ends (just after its ")"), skipping escapes and
 * character classes; -1 when it does not close.
 */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let k = open; k < source.length; k++) {
    const c = source.charCodeAt(k);
    if (c === 92 /* \ */) k++;
    else if (inClass) {
      if (c === 93 /* ] */) inClass = false;
    } else if (c === 91 /* [ */) {
      inClass = true;
      // "[]" and "[^]": a "]" right after the opening (and "^") closes the class.
      if (source.charCodeAt(k + 1) === 94) k++;
      if (source.charCodeAt(k + 1) === 93) {
        k++;
        inClass = false;
      }
    } else if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */ && --depth === 0) return k + 1;
  }
  return -1;
}

function parsePattern(source: string, flags: string): Node {
  if (flags.includes("v")) throw new Unsupported("v flag");
  const unicode = flags.includes("u");
  const ignoreCase = flags.includes("i");
  const flagKey = `${unicode ? "u" : ""}${ignoreCase ? "i" : ""}`;
  let i = 0;

  /** A class being built: ASCII bits, listed non-ASCII code points, or any. */
  interface Building {
    ascii: Int32Array;
    nonAscii: number[];
    any: boolean;
  }
  const fresh = (): Building => ({ ascii: new Int32Array(4), nonAscii: [], any: false });
  const addCode = (b: Building, cp: number) => {
    if (cp < 128) b.ascii[cp >> 5]! |= 1 << (cp & 31);
    else b.nonAscii.push(cp);
  };
  const addEscape = (b: Building, letter: string) => {
    const lower = letter.toLowerCase();
    const m = ESCAPE_MASKS[lower]!;
    const neg = letter !== lower;
    for (let w = 0; w < 4; w++) b.ascii[w]! |= neg ? ~m[w]! : m[w]!;
    if (neg || lower === "s") b.any = true; // \s also matches non-ASCII spaces
  };
  const addProperty = (b: Building, escape: string) => {
    const re = new RegExp(`^${escape}$`, "u");
    for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) addCode(b, c);
    b.any = true;
  };
  /** Case closure under /i, negation, then the folded list of non-ASCII members. */
  const finish = (b: Building, negated: boolean): CharSet => {
    const ascii = b.ascii;
    let any = b.any;
    if (ignoreCase) {
      for (let c = 65; c <= 90; c++) {
        if (hasBit(ascii, c) || hasBit(ascii, c + 32)) {
          ascii[c >> 5]! |= 1 << (c & 31);
          ascii[(c + 32) >> 5]! |= 1 << ((c + 32) & 31);
        }
      }
    }
    const nonAscii: number[] = [];
    for (const cp of b.nonAscii) {
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) any = true;
      else if (ignoreCase && unicode && (cp === 0x17f || cp === 0x212a)) {
        const s = cp === 0x17f ? 115 : 107;
        ascii[s >> 5]! |= (1 << (s & 31)) | (1 << ((s - 32) & 31));
      } else if (ignoreCase && ch.toLowerCase() !== ch.toUpperCase()) any = true;
      else nonAscii.push(foldCode(cp));
    }
    if (negated) {
      for (let w = 0; w < 4; w++) ascii[w] = ~ascii[w]!;
      return { ascii, nonAscii: [], anyNonAscii: true };
    }
    if (nonAscii.length > 16) any = true;
    return { ascii, nonAscii: any ? [] : nonAscii, anyNonAscii: any };
  };

  type Escape =
    { cp: number } | { cls: string } | { prop: string } | { assert: true } | { backref: true };

  const readEscape = (inClass: boolean): Escape => {
    const start = i - 1;
    const c = source[i++];
    if (c === undefined) throw new Unsupported("trailing backslash");
    if ("dDwWsS".includes(c)) return { cls: c };
    if (c === "p" || c === "P") {
      if (!unicode) return { cp: c.charCodeAt(0) };
      const end = source.indexOf("}", i);
      if (source[i] !== "{" || end === -1) throw new Unsupported("\\p");
      i = end + 1;
      return { prop: source.slice(start, i) };
    }
    if (!inClass && (c === "b" || c === "B")) return { assert: true };
    if (inClass && c === "b") return { cp: 8 };
    if (c === "k" && source[i] === "<") {
      const end = source.indexOf(">", i);
      if (end === -1) throw new Unsupported("\\k");
      i = end + 1;
      return { backref: true };
    }
    if (c >= "1" && c <= "9") {
      if (inClass) throw new Unsupported("octal in class");
      while (source[i]! >= "0" && source[i]! <= "9") i++;
      return { backref: true };
    }
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12, "0": 0 };
    if (c in simple) {
      if (c === "0" && source[i]! >= "0" && source[i]! <= "9") throw new Unsupported("octal");
      return { cp: simple[c]! };
    }
    if (c === "x") {
      const hex = source.slice(i, i + 2);
      if (!/^[\da-f]{2}$/i.test(hex)) throw new Unsupported("\\x");
      i += 2;
      return { cp: parseInt(hex, 16) };
    }
    if (c === "u") {
      if (source[i] === "{" && unicode) {
        const end = source.indexOf("}", i);
        if (end === -1) throw new Unsupported("\\u{");
        const cp = parseInt(source.slice(i + 1, end), 16);
        i = end + 1;
        return { cp };
      }
      const hex = source.slice(i, i + 4);
      if (!/^[\da-f]{4}$/i.test(hex)) throw new Unsupported("\\u");
      i += 4;
      const cp = parseInt(hex, 16);
      if (cp >= 0xd800 && cp <= 0xdfff) throw new Unsupported("surrogate escape");
      return { cp };
    }
    if (c === "c") {
      const l = source[i++];
      if (l === undefined || !/[a-z]/i.test(l)) throw new Unsupported("\\c");
      return { cp: l.charCodeAt(0) % 32 };
    }
    const cp = source.codePointAt(i - 1)!;
    if (cp > 0xffff) i++;
    return { cp };
  };

  const readClass = (): Node => {
    const negated = source[i] === "^";
    if (negated) i++;
    const b = fresh();
    /** One class atom: a code point, or null after adding a class escape to b. */
    const atom = (): number | null => {
      if (source[i] === "\\") {
        i++;
        const e = readEscape(true);
        if ("cp" in e) return e.cp;
        if ("cls" in e) addEscape(b, e.cls);
        else if ("prop" in e) addProperty(b, e.prop);
        else throw new Unsupported("escape in class");
        return null;
      }
      const cp = source.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      return cp;
    };
    while (i < source.length && source[i] !== "]") {
      const lo = atom();
      if (source[i] === "-" && i + 1 < source.length && source[i + 1] !== "]") {
        i++;
        const hi = atom();
        if (lo === null || hi === null) {
          if (lo !== null) addCode(b, lo);
          if (hi !== null) addCode(b, hi);
          addCode(b, 45);
          continue;
        }
        for (let c = lo; c <= Math.min(hi, 127); c++) addCode(b, c);
        if (hi >= 128) {
          if (hi - Math.max(lo, 128) >= 16) b.any = true;
          else for (let c = Math.max(lo, 128); c <= hi; c++) addCode(b, c);
        }
        continue;
      }
      if (lo !== null) addCode(b, lo);
    }
    if (source[i] !== "]") throw new Unsupported("unterminated class");
    i++;
    return { t: "char", set: finish(b, negated) };
  };

  const readQuantifier = (): { min: number; max: number } | null => {
    const c = source[i];
    let q: { min: number; max: number } | null = null;
    if (c === "*") q = { min: 0, max: Infinity };
    else if (c === "+") q = { min: 1, max: Infinity };
    else if (c === "?") q = { min: 0, max: 1 };
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
      if (!m) {
        if (unicode) throw new Unsupported("lone brace");
        return null;
      }
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      i += m[0].length - 1;
      q = { min, max };
    }
    if (!q) return null;
    i++;
    if (source[i] === "?") i++;
    return q;
  };

  const parseAlt = (): Node => {
    const alts: Node[] = [parseSeq()];
    while (source[i] === "|") {
      i++;
      alts.push(parseSeq());
    }
    return alts.length === 1 ? alts[0]! : { t: "alt", xs: alts };
  };

  const parseSeq = (): Node => {
    const xs: Node[] = [];
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      let node = parseAtom();
      let q: { min: number; max: number } | null;
      while ((q = readQuantifier())) node = { t: "rep", x: node, min: q.min, max: q.max };
      xs.push(node);
    }
    return xs.length === 1 ? xs[0]! : { t: "seq", xs };
  };

  // One node per character: a long lexicon alternation repeats the same few letters thousands
  // of times, and the analysis runs once per process, cold (so its allocations show).
  const singles = new Map<number, Node>();
  const single = (cp: number): Node => {
    let node = singles.get(cp);
    if (!node) {
      const b = fresh();
      addCode(b, cp);
      node = { t: "char", set: finish(b, false) };
      singles.set(cp, node);
    }
    return node;
  };

  const parseAtom = (): Node => {
    const c = source[i]!;
    if (c === "(") {
      // A long group seen before (the same lexicon alternation inside many patterns) is
      // parsed once per process: its node depends only on its text and the flags.
      const open = i;
      const close = groupEnd(source, i);
      const key =
        close - open >= MIN_CACHED_GROUP ? `${flagKey}\0${source.slice(open, close)}` : null;
      const cached = key === null ? undefined : parsedGroups.get(key);
      if (cached) {
        i = close;
        return cached;
      }
      const node = parseGroup();
      if (key !== null && i === close) parsedGroups.set(key, node);
      return node;
    }
    if (c === "[") {
      i++;
      return readClass();
    }
    return parseOther(c);
  };

  const parseGroup = (): Node => {
    i++;
    let lookaround = false;
    if (source[i] === "?") {
      const rest = source.slice(i, i + 3);
      if (rest.startsWith("?:")) i += 2;
      else if (rest.startsWith("?=") || rest.startsWith("?!")) {
        i += 2;
        lookaround = true;
      } else if (rest.startsWith("?<=") || rest.startsWith("?<!")) {
        i += 3;
        lookaround = true;
      } else if (rest.startsWith("?<")) {
        const end = source.indexOf(">", i);
        if (end === -1) throw new Unsupported("group name");
        i = end + 1;
      } else throw new Unsupported(`group (${rest}`);
    }
    const inner = parseAlt();
    if (source[i] !== ")") throw new Unsupported("unbalanced group");
    i++;
    return lookaround ? { t: "empty" } : inner;
  };

  const parseOther = (c: string): Node => {
    if (c === "^" || c === "$") {
      i++;
      return { t: "empty" };
    }
    if (c === ".") {
      i++;
      return { t: "unknown" };
    }
    if (c === "\\") {
      i++;
      const e = readEscape(false);
      if ("assert" in e) return { t: "empty" };
      if ("backref" in e) return { t: "unknown" };
      if ("cp" in e) return single(e.cp);
      const b = fresh();
      if ("cls" in e) addEscape(b, e.cls);
      else addProperty(b, e.prop);
      return { t: "char", set: finish(b, false) };
    }
    if (c === "*" || c === "+" || c === "?") throw new Unsupported("nothing to repeat");
    if (c === "{" && unicode) throw new Unsupported("lone brace");
    const cp = source.codePointAt(i)!;
    i += unicode && cp > 0xffff ? 2 : 1;
    return single(unicode ? cp : c.charCodeAt(0));
  };

  const node = parseAlt();
  if (i !== source.length) throw new Unsupported("trailing input");
  return node;
}

// ---------------------------------------------------------------------------------------------
// Pattern → condition tree

const MAX_EXACT = 64;
const MAX_EXACT_LENGTH = 40;

interface Info {
  /** Every string the node can match, folded, when they are few; else null. */
  exact: string[] | null;
  /** What a sentence must contain for the node to match. */
  req: Req;
}

/** The folded strings a character atom stands for, when few. */
function exactOfSet(set: CharSet): string[] | null {
  if (set.anyNonAscii) return null;
  const out = new Set<string>();
  for (let w = 0; w < 4; w++) {
    let bits = set.ascii[w]!;
    while (bits !== 0) {
      const low = bits & -bits;
      const c = w * 32 + (31 - Math.clz32(low));
      out.add(String.fromCharCode(foldCode(c)));
      if (out.size > 4) return null;
      bits ^= low;
    }
  }
  for (const cp of set.nonAscii) out.add(String.fromCharCode(cp));
  if (out.size === 0 || out.size > 4) return null;
  return [...out];
}

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  if (a.length === 1 && b.length === 1) {
    const s = a[0]! + b[0]!;
    return s.length > MAX_EXACT_LENGTH ? null : [s];
  }
  const out = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      if (x.length + y.length > MAX_EXACT_LENGTH) return null;
      out.add(x + y);
    }
  }
  return [...out];
}

/**
 * What a node stands for, once per node: nodes are shared (one per character of a pattern,
 * one per long group across patterns) and never changed, and neither is what is found here.
 */
const infoCache = new WeakMap<Node, Info>();

function analyse(node: Node): Info {
  let info = infoCache.get(node);
  if (!info) {
    info = analyseNode(node);
    infoCache.set(node, info);
  }
  return info;
}

function analyseNode(node: Node): Info {
  switch (node.t) {
    case "empty":
      return { exact: [""], req: TRUE };
    case "unknown":
      return { exact: null, req: TRUE };
    case "char": {
      const exact = exactOfSet(node.set);
      return { exact, req: exact ? reqOfExact(exact) : { t: "cls", set: node.set } };
    }
    case "alt": {
      const infos = node.xs.map(analyse);
      let exact: Set<string> | null = new Set();
      for (const info of infos) {
        if (!info.exact || !exact) {
          exact = null;
          break;
        }
        for (const s of info.exact) exact.add(s);
        if (exact.size > MAX_EXACT) {
          exact = null;
          break;
        }
      }
      if (exact) {
        const list = [...exact];
        return { exact: list, req: reqOfExact(list) };
      }
      return { exact: null, req: or(infos.map((x) => x.req)) };
    }
    case "seq": {
      const reqs: Req[] = [];
      let cur: string[] = [""];
      let whole = true;
      for (const child of node.xs) {
        const info = analyse(child);
        if (info.exact) {
          const joined = cross(cur, info.exact);
          if (joined) {
            cur = joined;
            continue;
          }
          whole = false;
          reqs.push(reqOfExact(cur));
          cur = info.exact;
          continue;
        }
        whole = false;
        reqs.push(reqOfExact(cur), info.req);
        cur = [""];
      }
      reqs.push(reqOfExact(cur));
      return { exact: whole ? cur : null, req: and(reqs) };
    }
    case "rep": {
      const info = analyse(node.x);
      if (node.min === 0) {
        const exact = node.max === 1 && info.exact ? [...new Set(["", ...info.exact])] : null;
        return { exact, req: TRUE };
      }
      if (info.exact && node.min === node.max) {
        let exact: string[] | null = [""];
        for (let k = 0; k < node.min && exact; k++) exact = cross(exact, info.exact);
        if (exact) return { exact, req: reqOfExact(exact) };
      }
      if (info.exact && node.min >= 2) {
        const twice = cross(info.exact, info.exact);
        if (twice) return { exact: null, req: reqOfExact(twice) };
      }
      return { exact: null, req: info.req };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Condition tree → a few clauses over the signature's bits (conjunctive normal form, weakened)
//
// A clause is a set of bits; it holds when any of them is set in the signature. A gate holds
// when all its clauses do. Each step below only weakens the condition (drops a clause, widens
// one), so the gate stays necessary: a literal gives one clause per chosen triple, a class one
// clause of its characters, AND keeps its children's most selective clauses, and OR joins
// its children's clauses bit by bit.

interface Clause {
  bits: Set<number>;
  /** Rough chance that a sentence satisfies it (lower: more selective). */
  p: number;
}

/** Clauses a gate keeps at most. */
const MAX_CLAUSES = 3;
/** A clause this likely to hold is not worth checking. */
const USELESS = 0.9;

/** English letter frequencies (per cent), for guessing which triples are rare. */
const LETTER_FREQ: Record<string, number> = {
  e: 12.7,
  t: 9.1,
  a: 8.2,
  o: 7.5,
  i: 7.0,
  n: 6.7,
  s: 6.3,
  h: 6.1,
  r: 6.0,
  d: 4.3,
  l: 4.0,
  c: 2.8,
  u: 2.8,
  m: 2.4,
  w: 2.4,
  f: 2.2,
  g: 2.0,
  y: 2.0,
  p: 1.9,
  b: 1.5,
  v: 1.0,
  k: 0.8,
  j: 0.2,
  x: 0.2,
  q: 0.1,
  z: 0.1,
  " ": 18,
};

function gramChance(gram: string): number {
  let p = 1;
  for (const ch of gram) p *= (LETTER_FREQ[ch] ?? 1) / 100;
  // Scaled so that common triples ("the", "ion") come out likely and rare ones not.
  return Math.min(1, p * 300);
}

const bloomBit = (b: number) => NON_ASCII_BIT + 32 + b;
/**
 * Chance that a Bloom bit is set by another gram: a sentence of ~120 characters sets ~240 of
 * the 8,192 bits. A clause of many Bloom bits (a long alternation) is nearly always true.
 */
const BLOOM_NOISE = 0.03;

function literalClauses(s: string): Clause[] {
  if (s.length === 1) {
    const c = s.charCodeAt(0);
    if (c < 128) {
      const up = c >= 97 && c <= 122 ? c - 32 : c;
      return [{ bits: new Set([c, up]), p: charChance(c) }];
    }
    return [{ bits: new Set([bloomBit(gramBit(c, -1, -1))]), p: 0.05 + BLOOM_NOISE }];
  }
  if (s.length === 2) {
    return [
      {
        bits: new Set([bloomBit(gramBit(s.charCodeAt(0), s.charCodeAt(1), -1))]),
        p: gramChance(s) * 3 + BLOOM_NOISE,
      },
    ];
  }
  const grams: Clause[] = [];
  for (let k = 0; k + 3 <= s.length; k++) {
    const g = s.slice(k, k + 3);
    grams.push({
      bits: new Set([bloomBit(gramBit(s.charCodeAt(k), s.charCodeAt(k + 1), s.charCodeAt(k + 2)))]),
      p: gramChance(g) + BLOOM_NOISE,
    });
  }
  return grams.sort((a, b) => a.p - b.p).slice(0, MAX_CLAUSES);
}

function charChance(c: number): number {
  if (c === 32) return 1;
  if (c >= 97 && c <= 122) return 0.9;
  if (c >= 65 && c <= 90) return 0.5;
  if (c >= 48 && c <= 57) return 0.15;
  return 0.2;
}

function classClause(set: CharSet): Clause {
  const bits = new Set<number>();
  let miss = 1;
  for (let c = 0; c < 128; c++) {
    if (hasBit(set.ascii, c)) {
      bits.add(c);
      miss *= 1 - charChance(c);
    }
  }
  if (set.anyNonAscii) {
    bits.add(NON_ASCII_BIT);
    miss *= 0.9;
  } else {
    for (const cp of set.nonAscii) {
      bits.add(bloomBit(gramBit(cp, -1, -1)));
      miss *= 0.98 - BLOOM_NOISE;
    }
  }
  return { bits, p: 1 - miss };
}

/** Clauses of a condition, once per condition object (shared, like the nodes they come from). */
const clauseCache = new WeakMap<Req, Clause[]>();

function clausesOf(req: Req): Clause[] {
  let clauses = clauseCache.get(req);
  if (!clauses) {
    clauses = clausesOfReq(req);
    clauseCache.set(req, clauses);
  }
  return clauses;
}

function clausesOfReq(req: Req): Clause[] {
  switch (req.t) {
    case "true":
      return [];
    case "lit":
      return literalClauses(req.s).filter((c) => c.p < USELESS);
    case "cls": {
      const c = classClause(req.set);
      return c.p < USELESS ? [c] : [];
    }
    case "and":
      return req.xs
        .flatMap(clausesOf)
        .sort((a, b) => a.p - b.p)
        .slice(0, MAX_CLAUSES);
    case "or": {
      const children = req.xs.map(clausesOf);
      if (children.some((c) => c.length === 0)) return [];
      const out: Clause[] = [];
      const width = Math.min(MAX_CLAUSES, Math.max(...children.map((c) => c.length)));
      for (let j = 0; j < width; j++) {
        const bits = new Set<number>();
        // Chance that any child's clause holds, as if they were independent. (A sum of the
        // chances overstated long alternations: thirty rare words came out "always true", and
        // the patterns of titles, company nouns or number words ran on every sentence.)
        let miss = 1;
        for (const child of children) {
          const c = child[Math.min(j, child.length - 1)]!;
          for (const b of c.bits) bits.add(b);
          miss *= 1 - c.p;
        }
        const p = 1 - miss;
        if (p < USELESS) out.push({ bits, p });
      }
      return out;
    }
  }
}

/** A compiled gate: for each clause, the signature words it reads and the bits in each. */
interface Gate {
  /** Clause k reads words[starts[k] .. starts[k+1]). */
  starts: Int32Array;
  words: Int32Array;
  masks: Int32Array;
}

function compileGate(clauses: Clause[]): Gate | null {
  if (clauses.length === 0) return null;
  const compiled = clauses.map((clause) => {
    const byWord = new Map<number, number>();
    for (const b of clause.bits) byWord.set(b >> 5, (byWord.get(b >> 5) ?? 0) | (1 << (b & 31)));
    const pairs = [...byWord].sort((a, b) => a[0] - b[0]);
    // A failing clause reads all its words: check first the clauses that rule a sentence out
    // most cheaply (fewest words per chance of failing), e.g. one word of digits before a
    // long alternation's hundred Bloom words.
    return { pairs, cost: pairs.length / Math.max(1e-6, 1 - clause.p) };
  });
  compiled.sort((a, b) => a.cost - b.cost);
  const starts: number[] = [0];
  const words: number[] = [];
  const masks: number[] = [];
  for (const { pairs } of compiled) {
    for (const [w, m] of pairs) {
      words.push(w);
      masks.push(m);
    }
    starts.push(words.length);
  }
  return {
    starts: Int32Array.from(starts),
    words: Int32Array.from(words),
    masks: Int32Array.from(masks),
  };
}

function passes(gate: Gate, sig: Int32Array): boolean {
  const { starts, words, masks } = gate;
  const n = starts.length - 1;
  for (let k = 0; k < n; k++) {
    let hit = false;
    for (let j = starts[k]!, end = starts[k + 1]!; j < end; j++) {
      if ((sig[words[j]!]! & masks[j]!) !== 0) {
        hit = true;
        break;
      }
    }
    if (!hit) return false;
  }
  return true;
}

/** A readable form of a condition tree (describeGate). */
function show(req: Req): string {
  switch (req.t) {
    case "true":
      return "always";
    case "lit":
      return JSON.stringify(req.s);
    case "cls": {
      let chars = "";
      for (let c = 32; c < 127; c++) if (hasBit(req.set.ascii, c)) chars += String.fromCharCode(c);
      if (chars.length > 12) chars = `${chars.slice(0, 12)}…`;
      const rest = req.set.anyNonAscii
        ? "+non-ASCII"
        : req.set.nonAscii.map((c) => String.fromCharCode(c)).join("");
      return `[${chars}${rest}]`;
    }
    case "and":
      return `(${req.xs.map(show).join(" & ")})`;
    case "or":
      return `(${req.xs.map(show).join(" | ")})`;
  }
}

interface Compiled {
  gate: Gate | null;
  req: Req | null;
}

const compiled = new Map<string, Compiled>();

function conditionOf(pattern: RegExp): Compiled {
  const key = `${pattern.flags}/${pattern.source}`;
  let c = compiled.get(key);
  if (c) return c;
  try {
    const req = analyse(parsePattern(pattern.source, pattern.flags)).req;
    c = { gate: compileGate(clausesOf(req)), req };
  } catch {
    c = { gate: null, req: null };
  }
  compiled.set(key, c);
  return c;
}

/** What a sentence must contain for the pattern to match, in words ("always" when nothing). */
export function describeGate(pattern: RegExp): string {
  const { req, gate } = conditionOf(pattern);
  if (!req) return "always (pattern not analysed)";
  return gate ? show(req) : `always (${show(req)} is too weak to check)`;
}

/** Could the pattern match somewhere in this text? (false only when it certainly cannot.) */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const { gate } = conditionOf(pattern);
  if (!gate) return true;
  const sig = newSignature();
  signatureOf(text, sig);
  return passes(gate, sig);
}

/**
 * For code outside the matchers that runs fixed patterns over many texts (the subject
 * refiner's victim patterns): a filter that keeps, of `patterns`, those that may match a text,
 * from one scan of it. Same guarantee as the engine's gating: a pattern left out cannot match.
 */
export function patternFilter<T extends RegExp>(patterns: readonly T[]): (text: string) => T[] {
  let gates: (Gate | null)[] | null = null;
  const sig = newSignature();
  return (text) => {
    gates ??= patterns.map((p) => conditionOf(p).gate);
    signatureOf(text, sig);
    const out: T[] = [];
    for (let i = 0; i < patterns.length; i++) {
      const gate = gates[i];
      if (!gate || passes(gate, sig)) out.push(patterns[i]!);
    }
    return out;
  };
}

// ---------------------------------------------------------------------------------------------
// The engine

function isHits<K extends Kind>(x: unknown): x is Hit<K>[] {
  return Array.isArray(x);
}

export interface RunOptions {
  /**
   * Skip matchers whose pattern cannot match a sentence. true: always; false: never (every
   * matcher on every sentence);
   * default: once the process has seen enough sentences for the analysis to pay for itself.
   */
  prefilter?: boolean;
}

/** Sentences a process runs before patterns are analysed (a short run is not worth it). */
const WARM_UP = 400;
let sentencesSeen = 0;

/** How a list of matchers runs. */
interface Plan {
  gates: (Gate | null)[];
  /** For each matcher, the index of the first matcher with the same pattern (itself if none). */
  first: Int32Array;
  /** A later matcher shares this one's pattern: its matches are kept for that one. */
  shared: boolean[];
  /** Run as written: exec and extract interleaved (the extract moves lastIndex). */
  plain: boolean[];
  /** Distinct sentenceRequires patterns of the matchers, with their gates. */
  requires: RegExp[];
  requireGates: (Gate | null)[];
  /** For each matcher, the index of its sentenceRequires pattern in `requires`, or -1. */
  requireOf: Int32Array;
}

const plans = new WeakMap<readonly Matcher[], { analysed: Plan | null; bare: Plan | null }>();

function planOf(matchers: readonly Matcher[], analysed: boolean): Plan {
  let entry = plans.get(matchers);
  if (!entry) {
    entry = { analysed: null, bare: null };
    plans.set(matchers, entry);
  }
  const cached = analysed ? entry.analysed : entry.bare;
  if (cached && cached.gates.length === matchers.length) return cached;
  const n = matchers.length;
  const plan: Plan = {
    gates: [],
    first: new Int32Array(n),
    shared: new Array<boolean>(n).fill(false),
    plain: new Array<boolean>(n).fill(false),
    requires: [],
    requireGates: [],
    requireOf: new Int32Array(n).fill(-1),
  };
  const seen = new Map<string, number>();
  for (let j = 0; j < n; j++) {
    const m = matchers[j]!;
    const re = m.pattern;
    const touches = String(m.extract).includes("lastIndex");
    plan.gates.push(analysed ? conditionOf(re).gate : null);
    // Matchers with the same pattern share its matches, unless an extract moves lastIndex.
    const key = `${re.flags}/${re.source}`;
    const earlier = touches ? undefined : seen.get(key);
    if (earlier !== undefined && !plan.shared[earlier]) {
      plan.first[j] = earlier;
      plan.shared[earlier] = true;
    } else {
      plan.first[j] = j;
      if (!touches && earlier === undefined) seen.set(key, j);
    }
    plan.plain[j] = touches;
    const req = m.sentenceRequires;
    if (req) {
      let r = plan.requires.indexOf(req);
      if (r < 0) {
        r = plan.requires.push(req) - 1;
        plan.requireGates.push(analysed ? conditionOf(req).gate : null);
      }
      plan.requireOf[j] = r;
    }
  }
  if (analysed) entry.analysed = plan;
  else entry.bare = plan;
  return plan;
}

/**
 * Signatures not in use. A document takes one and gives it back (an extract may itself run
 * the engine, so one shared signature would not do); a new Int32Array per document cost more
 * than reading short documents.
 */
const freeSignatures: Int32Array[] = [];

/** Every raw match of the matchers in a document, in sentence order. */
export function runMatchers(
  matchers: readonly Matcher[],
  doc: SourceDoc,
  options: RunOptions = {},
): AnyDraft[] {
  const drafts: AnyDraft[] = [];
  const sentences = doc.sentences;
  sentencesSeen += sentences.length;
  const analysed = options.prefilter ?? sentencesSeen >= WARM_UP;
  const plan = planOf(matchers, analysed);
  const gated = analysed && plan.gates.some((g) => g !== null);
  const sig = freeSignatures.pop() ?? newSignature();
  try {
    runSentences(matchers, doc, plan, gated, sig, drafts);
  } finally {
    freeSignatures.push(sig);
  }
  return drafts;
}

function runSentences(
  matchers: readonly Matcher[],
  doc: SourceDoc,
  plan: Plan,
  gated: boolean,
  sig: Int32Array,
  drafts: AnyDraft[],
): void {
  const { gates, first, shared, plain, requires, requireGates, requireOf } = plan;
  const sentences = doc.sentences;
  const n = matchers.length;
  // Per sentence, whether each sentenceRequires pattern holds: 0 not yet known, 1 yes, 2 no.
  const held = new Uint8Array(requires.length);
  // Matches kept for later matchers with the same pattern: a list only for such patterns.
  const kept: RegExpExecArray[][] = [];
  for (let j = 0; j < n; j++) kept.push(shared[j] ? [] : NO_MATCHES);
  const scratch: RegExpExecArray[] = [];
  for (let index = 0; index < sentences.length; index++) {
    const sentence: Sentence = sentences[index]!;
    const text = sentence.text;
    if (gated) signatureOf(text, sig);
    let ctx: MatchContext | null = null;
    if (held.length) held.fill(0);
    for (let j = 0; j < n; j++) {
      const gate = gates[j];
      if (gated && gate && !passes(gate, sig)) continue;
      const r = requireOf[j]!;
      if (r >= 0) {
        if (held[r] === 0) {
          const rg = requireGates[r];
          held[r] = (gated && rg && !passes(rg, sig)) || !requires[r]!.test(text) ? 2 : 1;
        }
        if (held[r] === 2) continue;
      }
      const matcher = matchers[j]!;
      const re = matcher.pattern;
      if (plain[j]) {
        // As written: the extract may move lastIndex between matches.
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text))) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          ctx = emit(drafts, matcher, m, ctx, doc, sentence, index);
        }
        continue;
      }
      const owner = first[j]!;
      let list: RegExpExecArray[];
      if (owner !== j) list = kept[owner]!;
      else {
        list = shared[j] ? kept[j]! : scratch;
        list.length = 0;
        execInto(re, text, list);
      }
      for (let k = 0; k < list.length; k++)
        ctx = emit(drafts, matcher, list[k]!, ctx, doc, sentence, index);
    }
  }
}

/** The kept list of a pattern no other matcher shares (never written). */
const NO_MATCHES: RegExpExecArray[] = [];

/** Run a matcher's extract on one match and push its drafts; returns the context it made. */
function emit(
  drafts: AnyDraft[],
  matcher: Matcher,
  m: RegExpExecArray,
  context: MatchContext | null,
  doc: SourceDoc,
  sentence: Sentence,
  index: number,
): MatchContext {
  const ctx = context ?? { doc, sentence };
  const out = matcher.extract(m, ctx);
  if (out === null) return ctx;
  if (isHits(out)) {
    for (const hit of out) {
      drafts.push({
        kind: matcher.kind,
        value: hit.value,
        start: sentence.start + hit.start,
        end: sentence.start + hit.end,
        rule: matcher.id,
        sentence: index,
        modality: hit.modality ?? null,
        subject: undefined,
      } as Draft as AnyDraft);
    }
  } else {
    drafts.push({
      kind: matcher.kind,
      value: out,
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
      rule: matcher.id,
      sentence: index,
      modality: null,
      subject: undefined,
    } as Draft as AnyDraft);
  }
  return ctx;
}

export function runRefiners(
  refiners: readonly Refiner[],
  drafts: AnyDraft[],
  doc: SourceDoc,
): AnyDraft[] {
  return refiners.reduce((acc, refiner) => refiner.refine(acc, doc), drafts);
}
