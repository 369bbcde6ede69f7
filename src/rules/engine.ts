// Run matchers over a document's sentences, then the refiners in order.
//
// One pass, gated. Each matcher's pattern is analysed once (when first seen) into a necessary
// condition: what a sentence must contain for the pattern to match anywhere in it — a digit, a
// currency sign, a capital letter, one of the words of a lexicon alternation, and so on. Each
// sentence gets a small signature in one scan of its characters (which ASCII characters occur,
// whether any other character occurs, and a Bloom filter of its case-folded characters and
// character pairs). A matcher whose condition the signature rules out is not run on that sentence.
// The condition is derived from the pattern itself, so matchers declare nothing, and it is only
// ever necessary, never sufficient: a gated run finds exactly the matches an ungated run finds
// (test/scale.test.ts checks this over the dev corpus). Anything the analysis does not
// understand (a back-reference, an unknown syntax) makes it say "always run".
import type { Kind } from "../contract/index.js";
import type { Sentence, SourceDoc } from "../document/index.js";
import type { AnyDraft, Draft, Hit, Matcher, MatchContext, Refiner } from "./define.js";

// ---------------------------------------------------------------------------------------------
// Sentence signatures

/** Int32 words of a signature: 4 for the 128 ASCII characters (exact case), 1 of flags, the rest Bloom bits. */
const ASCII_WORDS = 4;
const FLAG_WORD = 4;
const BLOOM_WORD = 5;
const BLOOM_BITS_LOG2 = 13;
const SIG_WORDS = BLOOM_WORD + (1 << BLOOM_BITS_LOG2) / 32;
const FLAG_NON_ASCII = 1;

/** Case-folded code unit: ASCII upper case → lower; ſ (U+017F) → s and K (U+212A) → k, which /iu folds so. */
function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x17f) return 115;
  if (c === 0x212a) return 107;
  return c;
}

/** Bloom bit of a folded character (b = c = -1), pair (c = -1) or triple. */
function bloomBit(a: number, b: number, c: number): number {
  const h = Math.imul(((a & 0xffff) << 16) ^ (b & 0xffff), 0x9e3779b1) ^ (c & 0xffff);
  return Math.imul(h, 0x85ebca6b) >>> (32 - BLOOM_BITS_LOG2);
}

function setBit(sig: Int32Array, bit: number): void {
  sig[BLOOM_WORD + (bit >> 5)]! |= 1 << (bit & 31);
}

/** Fill `sig` with the signature of `text` (one scan, no allocation). */
export function signatureOf(text: string, sig: Int32Array): void {
  sig.fill(0);
  let p2 = -1;
  let p1 = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let f: number;
    if (c < 128) {
      sig[c >> 5]! |= 1 << (c & 31);
      f = c >= 65 && c <= 90 ? c + 32 : c;
    } else {
      sig[FLAG_WORD]! |= FLAG_NON_ASCII;
      f = foldCode(c);
      if (f < 128) {
        // ſ and K match s and k (either case) under /iu.
        sig[f >> 5]! |= 1 << (f & 31);
        sig[(f - 32) >> 5]! |= 1 << ((f - 32) & 31);
      } else setBit(sig, bloomBit(f, -1, -1));
    }
    if (p1 !== -1) {
      setBit(sig, bloomBit(p1, f, -1));
      if (p2 !== -1) setBit(sig, bloomBit(p2, p1, f));
    }
    p2 = p1;
    p1 = f;
  }
}

export function newSignature(): Int32Array {
  return new Int32Array(SIG_WORDS);
}

// ---------------------------------------------------------------------------------------------
// Necessary conditions

/** A condition on a signature. */
type Gate = (sig: Int32Array) => boolean;

type Req =
  | { t: "true" }
  | { t: "lit"; s: string }
  | { t: "cls"; ascii: Int32Array; nonAscii: number[]; anyNonAscii: boolean }
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

/** A set of strings (folded) that must contain one of them: "" among them means no condition. */
function reqOfExact(set: readonly string[]): Req {
  if (set.some((s) => s.length === 0)) return TRUE;
  // A string that contains another is implied by it: keep the shortest (fewer checks, same gate).
  const sorted = [...new Set(set)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return or(kept.map((s) => ({ t: "lit", s })));
}

// ---------------------------------------------------------------------------------------------
// A small parser for JavaScript regular expressions (enough to find what a match must contain)

type Node =
  | { t: "alt"; xs: Node[] }
  | { t: "seq"; xs: Node[] }
  | { t: "char"; set: CharSet }
  | { t: "empty" }
  | { t: "unknown" }
  | { t: "rep"; x: Node; min: number; max: number };

interface CharSet {
  /** ASCII characters the atom matches, exact case (the flags applied). */
  ascii: Int32Array;
  /** Non-ASCII code points it matches, when it names them one by one. */
  nonAscii: number[];
  /** It may match non-ASCII characters it does not list. */
  anyNonAscii: boolean;
}

class Unsupported extends Error {}

const CLASS_ESCAPES = "dDwWsS";

function parsePattern(source: string, flags: string): Node {
  const unicode = flags.includes("u") || flags.includes("v");
  if (flags.includes("v")) throw new Unsupported("v flag");
  const ignoreCase = flags.includes("i");
  const testFlags = flags.replace(/[gyd]/g, "");
  let i = 0;

  const asciiOf = (atomSource: string): Int32Array => {
    const re = new RegExp(`^(?:${atomSource})$`, testFlags);
    const mask = new Int32Array(ASCII_WORDS);
    for (let c = 0; c < 128; c++) {
      if (re.test(String.fromCharCode(c))) mask[c >> 5]! |= 1 << (c & 31);
    }
    return mask;
  };

  /** A cased non-ASCII character under /i may match another code unit: treat it as "any". */
  const casedUnderI = (cp: number) => {
    if (!ignoreCase) return false;
    const ch = String.fromCodePoint(cp);
    return ch.toLowerCase() !== ch.toUpperCase();
  };

  const charSet = (atomSource: string, singles: number[], anyNonAscii: boolean): CharSet => {
    const nonAscii: number[] = [];
    let any = anyNonAscii;
    for (const cp of singles) {
      if (cp < 128) continue;
      if (casedUnderI(cp) || cp > 0xffff) any = true;
      else nonAscii.push(cp);
    }
    if (nonAscii.length > 16) any = true;
    return { ascii: asciiOf(atomSource), nonAscii: any ? [] : nonAscii, anyNonAscii: any };
  };

  /** An escape after the backslash at i: its code point, or a class letter, or an assertion. */
  const readEscape = (
    inClass: boolean,
  ): { cp: number } | { cls: string; neg: boolean } | { assert: true } | { backref: true } => {
    const c = source[i++];
    if (c === undefined) throw new Unsupported("trailing backslash");
    if (CLASS_ESCAPES.includes(c)) return { cls: c, neg: c === c.toUpperCase() };
    if (c === "p" || c === "P") {
      if (!unicode) return { cp: c.charCodeAt(0) };
      const end = source.indexOf("}", i);
      if (source[i] !== "{" || end === -1) throw new Unsupported("\\p");
      i = end + 1;
      return { cls: "p", neg: true };
    }
    if (!inClass && (c === "b" || c === "B")) return { assert: true };
    if (inClass && c === "b") return { cp: 8 };
    if (c === "k" && source[i] === "<") {
      i = source.indexOf(">", i) + 1;
      if (i === 0) throw new Unsupported("\\k");
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
      if (!/^[0-9a-f]{2}$/i.test(hex)) throw new Unsupported("\\x");
      i += 2;
      return { cp: parseInt(hex, 16) };
    }
    if (c === "u") {
      if (source[i] === "{" && unicode) {
        const end = source.indexOf("}", i);
        const cp = parseInt(source.slice(i + 1, end), 16);
        i = end + 1;
        return { cp };
      }
      const hex = source.slice(i, i + 4);
      if (!/^[0-9a-f]{4}$/i.test(hex)) throw new Unsupported("\\u");
      i += 4;
      const cp = parseInt(hex, 16);
      if (unicode && cp >= 0xd800 && cp <= 0xdbff) throw new Unsupported("surrogate pair escape");
      return { cp };
    }
    if (c === "c") {
      const l = source[i++];
      if (l === undefined || !/[a-z]/i.test(l)) throw new Unsupported("\\c");
      return { cp: l.charCodeAt(0) % 32 };
    }
    return { cp: c.codePointAt(0)! };
  };

  const readClass = (): Node => {
    const start = i - 1; // at "["
    const negated = source[i] === "^";
    if (negated) i++;
    const singles: number[] = [];
    let anyNonAscii = negated;
    const readClassAtom = (): number | null => {
      const c = source[i]!;
      if (c === "\\") {
        i++;
        const e = readEscape(true);
        if ("cp" in e) return e.cp;
        if ("cls" in e) {
          if (e.neg || e.cls === "s" || e.cls === "p") anyNonAscii = true;
          return null;
        }
        throw new Unsupported("escape in class");
      }
      const cp = source.codePointAt(i)!;
      i += unicode && cp > 0xffff ? 2 : 1;
      return cp;
    };
    while (i < source.length && source[i] !== "]") {
      const lo = readClassAtom();
      if (source[i] === "-" && source[i + 1] !== "]" && i + 1 < source.length) {
        i++;
        const hi = readClassAtom();
        if (lo === null || hi === null) {
          // "[\d-x]": the dash is literal in non-unicode mode.
          if (lo !== null) singles.push(lo);
          if (hi !== null) singles.push(hi);
          singles.push(45);
          continue;
        }
        if (hi >= 128) {
          if (hi - Math.max(lo, 128) > 16) anyNonAscii = true;
          else for (let cp = Math.max(lo, 128); cp <= hi; cp++) singles.push(cp);
        }
        continue;
      }
      if (lo !== null) singles.push(lo);
    }
    if (source[i] !== "]") throw new Unsupported("unterminated class");
    i++;
    const atom = source.slice(start, i);
    return { t: "char", set: charSet(atom, negated ? [] : singles, anyNonAscii) };
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
      let atom = parseAtom();
      let q: { min: number; max: number } | null;
      while ((q = readQuantifier())) atom = { t: "rep", x: atom, min: q.min, max: q.max };
      xs.push(atom);
    }
    return { t: "seq", xs };
  };

  const parseAtom = (): Node => {
    const c = source[i]!;
    if (c === "(") {
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
    }
    if (c === "[") {
      i++;
      return readClass();
    }
    if (c === "^" || c === "$") {
      i++;
      return { t: "empty" };
    }
    if (c === ".") {
      i++;
      return { t: "unknown" };
    }
    if (c === "\\") {
      const start = i;
      i++;
      const e = readEscape(false);
      if ("assert" in e) return { t: "empty" };
      if ("backref" in e) return { t: "unknown" };
      const atom = source.slice(start, i);
      if ("cls" in e)
        return {
          t: "char",
          set: charSet(atom, [], e.neg || e.cls === "s" || e.cls === "p"),
        };
      return { t: "char", set: charSet(atom, [e.cp], false) };
    }
    if (c === "*" || c === "+" || c === "?") throw new Unsupported("nothing to repeat");
    if (c === "{" && unicode) throw new Unsupported("lone brace");
    const cp = source.codePointAt(i)!;
    const width = unicode && cp > 0xffff ? 2 : 1;
    const atom = source.slice(i, i + width);
    i += width;
    return { t: "char", set: charSet(atom.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"), [cp], false) };
  };

  const node = parseAlt();
  if (i !== source.length) throw new Unsupported("trailing input");
  return node;
}

// ---------------------------------------------------------------------------------------------
// Pattern → condition

const MAX_EXACT = 64;
const MAX_EXACT_LENGTH = 40;

interface Info {
  /** Every string the node can match, folded, when few; else null. */
  exact: string[] | null;
  /** What a sentence must contain for the node to match. */
  req: Req;
}

const hasAscii = (m: Int32Array, c: number) => (m[c >> 5]! & (1 << (c & 31))) !== 0;

/** The folded strings a character atom stands for, when few. */
function exactOfSet(set: CharSet): string[] | null {
  if (set.anyNonAscii) return null;
  const out = new Set<string>();
  for (let c = 0; c < 128; c++) {
    if (hasAscii(set.ascii, c)) out.add(String.fromCharCode(foldCode(c)));
    if (out.size > 4) return null;
  }
  for (const cp of set.nonAscii) out.add(String.fromCharCode(foldCode(cp)));
  if (out.size === 0 || out.size > 4) return null;
  return [...out];
}

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out: string[] = [];
  for (const x of a) {
    for (const y of b) {
      if (x.length + y.length > MAX_EXACT_LENGTH) return null;
      out.push(x + y);
    }
  }
  return [...new Set(out)];
}

function analyse(node: Node): Info {
  switch (node.t) {
    case "empty":
      return { exact: [""], req: TRUE };
    case "unknown":
      return { exact: null, req: TRUE };
    case "char": {
      const exact = exactOfSet(node.set);
      const { ascii, nonAscii, anyNonAscii } = node.set;
      return { exact, req: exact ? reqOfExact(exact) : { t: "cls", ascii, nonAscii, anyNonAscii } };
    }
    case "alt": {
      const infos = node.xs.map(analyse);
      let exact: string[] | null = [];
      for (const info of infos) {
        if (!info.exact || !exact) exact = null;
        else exact = [...new Set([...exact, ...info.exact])];
        if (exact && exact.length > MAX_EXACT) exact = null;
      }
      return { exact, req: exact ? reqOfExact(exact) : or(infos.map((x) => x.req)) };
    }
    case "seq": {
      const reqs: Req[] = [];
      let cur: string[] | null = [""];
      let whole = true;
      for (const child of node.xs) {
        const info = analyse(child);
        if (info.exact) {
          const joined: string[] | null = cur ? cross(cur, info.exact) : null;
          if (joined) {
            cur = joined;
            continue;
          }
          whole = false;
          if (cur) reqs.push(reqOfExact(cur));
          cur = info.exact;
          continue;
        }
        whole = false;
        if (cur) reqs.push(reqOfExact(cur));
        reqs.push(info.req);
        cur = [""];
      }
      if (cur) reqs.push(reqOfExact(cur));
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

/** Up to this many triples of a literal are checked (a subset is still a necessary condition). */
const MAX_GRAMS = 6;

function compile(req: Req): Gate | null {
  switch (req.t) {
    case "true":
      return null;
    case "lit": {
      const s = req.s;
      if (s.length === 1) {
        const c = s.charCodeAt(0);
        if (c < 128) {
          const lo = c;
          const up = c >= 97 && c <= 122 ? c - 32 : c;
          const w1 = lo >> 5,
            b1 = 1 << (lo & 31),
            w2 = up >> 5,
            b2 = 1 << (up & 31);
          return (sig) => (sig[w1]! & b1) !== 0 || (sig[w2]! & b2) !== 0;
        }
        const u = bloomBit(c, -1, -1);
        const w = BLOOM_WORD + (u >> 5),
          b = 1 << (u & 31);
        return (sig) => (sig[w]! & b) !== 0;
      }
      // Pairs for two characters, else triples: up to MAX_GRAMS of them, spread over the literal.
      const grams = new Set<number>();
      const width = s.length === 2 ? 2 : 3;
      const n = s.length - width + 1;
      const step = n <= MAX_GRAMS ? 1 : (n - 1) / (MAX_GRAMS - 1);
      for (let k = 0; k < Math.min(n, MAX_GRAMS); k++) {
        const at = Math.min(n - 1, Math.round(k * step));
        const a = s.charCodeAt(at);
        const b = s.charCodeAt(at + 1);
        grams.add(bloomBit(a, b, width === 2 ? -1 : s.charCodeAt(at + 2)));
      }
      const words = new Int32Array([...grams].map((p) => BLOOM_WORD + (p >> 5)));
      const bits = new Int32Array([...grams].map((p) => 1 << (p & 31)));
      const len = words.length;
      return (sig) => {
        for (let k = 0; k < len; k++) if ((sig[words[k]!]! & bits[k]!) === 0) return false;
        return true;
      };
    }
    case "cls": {
      const [m0, m1, m2, m3] = req.ascii;
      const anyNonAscii = req.anyNonAscii;
      const uni = req.nonAscii.map((cp) => bloomBit(foldCode(cp), -1, -1));
      const uw = new Int32Array(uni.map((u) => BLOOM_WORD + (u >> 5)));
      const ub = new Int32Array(uni.map((u) => 1 << (u & 31)));
      return (sig) => {
        if (
          (sig[0]! & m0!) !== 0 ||
          (sig[1]! & m1!) !== 0 ||
          (sig[2]! & m2!) !== 0 ||
          (sig[3]! & m3!) !== 0
        )
          return true;
        if ((sig[FLAG_WORD]! & FLAG_NON_ASCII) === 0) return false;
        if (anyNonAscii) return true;
        for (let k = 0; k < uw.length; k++) if ((sig[uw[k]!]! & ub[k]!) !== 0) return true;
        return false;
      };
    }
    case "and": {
      const gates = req.xs.map(compile).filter((g): g is Gate => g !== null);
      if (gates.length === 0) return null;
      if (gates.length === 1) return gates[0]!;
      return (sig) => {
        for (const g of gates) if (!g(sig)) return false;
        return true;
      };
    }
    case "or": {
      const gates: Gate[] = [];
      for (const x of req.xs) {
        const g = compile(x);
        if (g === null) return null;
        gates.push(g);
      }
      return (sig) => {
        for (const g of gates) if (g(sig)) return true;
        return false;
      };
    }
  }
}

/** A human-readable form of a condition (for `describeGate`, debugging and tests). */
function show(req: Req): string {
  switch (req.t) {
    case "true":
      return "always";
    case "lit":
      return JSON.stringify(req.s);
    case "cls": {
      let chars = "";
      for (let c = 32; c < 127; c++) if (hasAscii(req.ascii, c)) chars += String.fromCharCode(c);
      if (chars.length > 12) chars = `${chars.slice(0, 12)}…`;
      return `[${chars}${req.anyNonAscii ? "+non-ASCII" : req.nonAscii.map((c) => String.fromCodePoint(c)).join("")}]`;
    }
    case "and":
      return `(${req.xs.map(show).join(" & ")})`;
    case "or":
      return `(${req.xs.map(show).join(" | ")})`;
  }
}

interface Compiled {
  gate: Gate | null;
  text: string;
}

const compiled = new WeakMap<RegExp, Compiled>();

function conditionOf(pattern: RegExp): Compiled {
  let c = compiled.get(pattern);
  if (c) return c;
  try {
    const req = analyse(parsePattern(pattern.source, pattern.flags)).req;
    c = { gate: compile(req), text: show(req) };
  } catch {
    c = { gate: null, text: "always (pattern not analysed)" };
  }
  compiled.set(pattern, c);
  return c;
}

/** What a sentence must contain for the pattern to match, in words ("always" when nothing). */
export function describeGate(pattern: RegExp): string {
  return conditionOf(pattern).text;
}

/** Could the pattern match somewhere in this text? (false only when it certainly cannot.) */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const { gate } = conditionOf(pattern);
  if (!gate) return true;
  const sig = newSignature();
  signatureOf(text, sig);
  return gate(sig);
}

// ---------------------------------------------------------------------------------------------
// The engine

function isHits<K extends Kind>(x: unknown): x is Hit<K>[] {
  return Array.isArray(x);
}

export interface RunOptions {
  /** Skip matchers whose pattern cannot match a sentence (default true; false runs every one). */
  prefilter?: boolean;
}

/** Every raw match of the matchers in a document, in sentence order. */
export function runMatchers(
  matchers: readonly Matcher[],
  doc: SourceDoc,
  options: RunOptions = {},
): AnyDraft[] {
  const drafts: AnyDraft[] = [];
  const prefilter = options.prefilter !== false;
  const n = matchers.length;
  const gates: (Gate | null)[] = new Array(n);
  let gated = false;
  for (let j = 0; j < n; j++) {
    gates[j] = prefilter ? conditionOf(matchers[j]!.pattern).gate : null;
    if (gates[j]) gated = true;
  }
  const sig = newSignature(); // one per document: extract may itself run the engine
  const sentences = doc.sentences;
  for (let index = 0; index < sentences.length; index++) {
    const sentence: Sentence = sentences[index]!;
    const text = sentence.text;
    if (gated) signatureOf(text, sig);
    let ctx: MatchContext | null = null;
    for (let j = 0; j < n; j++) {
      const gate = gates[j];
      if (gate && !gate(sig)) continue;
      const matcher = matchers[j]!;
      const re = matcher.pattern;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        ctx ??= { doc, sentence };
        const out = matcher.extract(m, ctx);
        if (out === null) continue;
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
      }
    }
  }
  return drafts;
}

export function runRefiners(
  refiners: readonly Refiner[],
  drafts: AnyDraft[],
  doc: SourceDoc,
): AnyDraft[] {
  return refiners.reduce((acc, refiner) => refiner.refine(acc, doc), drafts);
}
