// Sentence boundaries with offsets into the document text.
import { isSpaceCode } from "./chars.js";

export interface Sentence {
  start: number;
  end: number;
  /** The document text between start and end, untouched (offsets index it). */
  text: string;
}

/** Sentences longer than this are cut at a space: a line of defence for the matchers. */
export const MAX_SENTENCE = 2000;

/** Words that end with a period without ending a sentence. Lower-cased, no period. */
const ABBREVIATIONS = new Set([
  "rs", // rupees: "Rs. 5 lakh"
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "sen",
  "rep",
  "gov",
  "gen",
  "col",
  "lt",
  "capt",
  "sgt",
  "inc",
  "corp",
  "co",
  "ltd",
  "llc",
  "plc",
  "bros",
  "dept",
  "univ",
  "assn",
  "no",
  "nos",
  "vol",
  "fig",
  "approx",
  "est",
  "etc",
  "vs",
  "v",
  "cf",
  "e.g",
  "i.e",
  "al",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
  "a.m",
  "p.m",
]);

// Character tests on char codes (the splitter looks at every character of every document).
/** " ", tab, no-break space: the spaces that may follow a sentence's end on its line. */
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
const isBreak = (c: number) => c === 10 || c === 13;
const isLower = (c: number) => c >= 97 && c <= 122;
/** Quotes and brackets that may close a sentence after its period: " ' ” ’ ) ]. */
const isCloser = (c: number) =>
  c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
/** An ASCII letter or a period (what /[A-Z.]/i matches). */
const isWordChar = (c: number) => c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The word (letters and inner periods) that ends just before `i` (a period's index). */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && isWordChar(text.charCodeAt(j - 1))) j--;
  return text.slice(j, i);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whether the number before the period at `dot` marks a list item: it is all the sentence begun
 * at `start` holds so far ("3. Change your password", at a line's start or after a sentence),
 * or a short number after a colon ("Do this: 1. Change your password").
 */
function numbersItem(text: string, start: number, dot: number): boolean {
  let j = dot;
  while (j > start && isDigit(text.charCodeAt(j - 1))) j--;
  const digits = dot - j;
  while (j > start && isSpaceCode(text.charCodeAt(j - 1))) j--;
  return j === start || (digits <= 2 && text.charCodeAt(j - 1) === 58); // ":"
}

/**
 * Whether the period at `dot` ends the sentence begun at `start`. After a number it does ("in
 * 2019. The firm …", "fined $10,000. It …"), unless the number marks a list item; "2.5" and
 * "1,000.00" never reach here (the caller wants a space after the period).
 */
function endsSentenceAt(text: string, start: number, dot: number): boolean {
  const ch = text[dot];
  if (ch !== ".") return true; // ! and ?
  const word = wordBefore(text, dot);
  if (word.length === 0)
    return !isDigit(text.charCodeAt(dot - 1)) || !numbersItem(text, start, dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^[A-Z]$/i.test(word)) return false; // an initial: "J." "D."
  if (/^(?:[A-Z]\.)+[A-Z]$/i.test(word)) return false; // "U.S" "J.D" "e.g"
  return true;
}

/**
 * Where to cut a run of text longer than MAX_SENTENCE that starts at `s`: after the last
 * white space within the window (looked for inside the window only, so a 20 MB line without
 * spaces costs linear time), else at the window's end, never between a surrogate pair.
 */
function cutPoint(text: string, s: number): number {
  const limit = s + MAX_SENTENCE;
  for (let i = limit; i > s + MAX_SENTENCE / 2; i--) {
    if (isSpaceCode(text.charCodeAt(i))) return i;
  }
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/**
 * Split text[from, to) into sentences. A line break ends a sentence unless the next line
 * starts in lower case (a scraper's cut in mid-sentence); ". ", "! ", "? " end one unless
 * the word before the period is an abbreviation or an initial.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let start = from;

  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    while (e - s > MAX_SENTENCE) {
      const cut = cutPoint(text, s);
      out.push({ start: s, end: cut, text: text.slice(s, cut) });
      s = cut;
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    }
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };

  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      let j = i;
      while (j < to && (isBreak(text.charCodeAt(j)) || isSpace(text.charCodeAt(j)))) j++;
      if (j < to && isLower(text.charCodeAt(j))) {
        i = j - 1;
        continue;
      }
      push(i);
      start = j;
      i = j - 1;
      continue;
    }
    if (c === 46 || c === 33 || c === 63) {
      // . ! ?
      let k = i + 1;
      while (k < to && isCloser(text.charCodeAt(k))) k++;
      if (k < to && !isSpace(text.charCodeAt(k))) continue; // "2.5", "U.S.-based", "example.com"
      let j = k;
      while (j < to && isSpace(text.charCodeAt(j))) j++;
      if (j < to && (isLower(text.charCodeAt(j)) || isBreak(text.charCodeAt(j)))) continue;
      if (!endsSentenceAt(text, start, i)) continue;
      push(k);
      start = j;
      i = j - 1;
    }
  }
  push(to);
  return out;
}

/**
 * Whitespace that is not already one space: a run of two or more, or a lone tab or line break.
 * Replacing these with " " folds every run to one space, as `\s+` would, without rewriting the
 * single space between every pair of words (a match, and a piece of the new string, each).
 */
const SPACE_TO_FOLD = /\s{2,}|[^\S ]/g;

/** Every run of whitespace as one space. */
export function foldSpaces(text: string): string {
  return text.replace(SPACE_TO_FOLD, " ");
}

/** Whitespace collapsed, as the contract's `sentence` field shows it. */
export function collapse(text: string): string {
  return foldSpaces(text).trim();
}
