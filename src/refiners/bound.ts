// One pass sets `bound` for every quantity kind (affected, penalty, duration) from the words
// just before its number (Duckling's rulePrecision / ruleIntervalMax): "nearly 40 million",
// "over 21 million", "up to 1,519 veterans", "about 417,000", "for nearly two years".
import type { Bound } from "../contract/index.js";
import type { AnyDraft } from "../rules/index.js";
import { defineRefiner } from "../rules/index.js";

/** Cue phrases, lower-case, as word sequences; the longest one that ends the context wins. */
export const BOUND_CUES: Readonly<Record<string, Bound>> = {
  nearly: "at_most",
  almost: "at_most",
  "just under": "at_most",
  "just below": "at_most",
  "just short of": "at_most",
  "up to": "at_most",
  "as many as": "at_most",
  "as much as": "at_most",
  "less than": "at_most",
  "fewer than": "at_most",
  "no more than": "at_most",
  "not more than": "at_most",
  "at most": "at_most",
  "close to": "at_most",
  under: "at_most",
  over: "at_least",
  "just over": "at_least",
  "well over": "at_least",
  "more than": "at_least",
  "no fewer than": "at_least",
  "no less than": "at_least",
  "not less than": "at_least",
  exceeding: "at_least",
  exceeds: "at_least",
  exceeded: "at_least",
  "at least": "at_least",
  "upwards of": "at_least",
  "upward of": "at_least",
  "in excess of": "at_least",
  "north of": "at_least",
  "greater than": "at_least",
  about: "approx",
  approximately: "approx",
  "approx.": "approx",
  approx: "approx",
  around: "approx",
  roughly: "approx",
  some: "approx",
  "an estimated": "approx",
  estimated: "approx",
  "est.": "approx",
  circa: "approx",
  "~": "approx",
  "≈": "approx",
};

/**
 * Words that may sit between a cue and its number without breaking it:
 * "exceeding the 2019 record of $170 million", "up to a further 300 patients".
 * "over a period of 18 months" stays unbounded: "period" is no filler.
 */
const FILLERS = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "record",
  "previous",
  "prior",
  "of",
  "further",
  "additional",
  "another",
]);

/** Nouns before "about" that make it a preposition: "information about 3,600 people". */
const ABOUT_AS_PREPOSITION = new Set([
  "information",
  "info",
  "data",
  "details",
  "records",
  "questions",
  "concerns",
  "news",
  "stories",
  "story",
  "reports",
  "report",
]);

/** After the number: "5,000-plus", "2 million or more", "500+". */
const AFTER_AT_LEAST = /^(?:\+|-?plus\b|\s+or\s+more\b)/i;
const AFTER_AT_MOST = /^\s+or\s+(?:fewer|less)\b/i;
const AFTER_APPROX = /^\s+or\s+so\b/i;

const MAX_CUE_WORDS = 4;
const WINDOW = 60;

const WORD_CHAR = /[\p{L}\p{N}.~≈'’-]/u;
/** WORD_CHAR for the ASCII characters, looked up rather than matched (lastWords reads many). */
const ASCII_WORD = new Uint8Array(128).map((_, code) =>
  WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0,
);
const isWordChar = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 128 ? ASCII_WORD[code] === 1 : WORD_CHAR.test(c);
};

/** The last words of a text, lower-cased, nearest last ("fines potentially exceeding"). */
function lastWords(text: string, max: number): string[] {
  const words: string[] = [];
  let i = text.length;
  while (i > 0 && words.length < max) {
    while (i > 0 && !isWordChar(text[i - 1]!)) {
      if (text[i - 1] === "(" || text[i - 1] === ")" || text[i - 1] === ";") return words.reverse();
      i--;
    }
    const end = i;
    while (i > 0 && isWordChar(text[i - 1]!)) i--;
    if (end > i) words.push(text.slice(i, end).toLowerCase());
  }
  return words.reverse();
}

/** Split a leading "~" off a word ("~5,000" reads as "~ 5,000"). */
function tokens(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (w.length > 1 && (w[0] === "~" || w[0] === "≈")) out.push(w[0], w.slice(1));
    else out.push(w);
  }
  return out;
}

/** The bound that the words before a quantity give, or null when they give none. */
export function boundBefore(context: string): Bound | null {
  const words = tokens(lastWords(context, 10));
  let end = words.length;
  while (end > 0) {
    for (let n = Math.min(MAX_CUE_WORDS, end); n >= 1; n--) {
      const phrase = n === 1 ? words[end - 1]! : words.slice(end - n, end).join(" ");
      const bound = BOUND_CUES[phrase];
      if (bound === undefined) continue;
      if (phrase === "about" && ABOUT_AS_PREPOSITION.has(words[end - 2] ?? "")) return null;
      return bound;
    }
    const last = words[end - 1]!;
    if (!FILLERS.has(last) && !/^(?:19|20)\d\d$/.test(last)) return null;
    end--;
  }
  return null;
}

/**
 * Where the quantity starts inside a claim's text: its first digit, currency sign or number
 * word; "a"/"an" only when nothing else is there ("over a year").
 */
export function quantityStart(span: string): number {
  const digit = span.search(/[\d$€£¥₩₹]/u);
  const word =
    /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|half|several|few)\b/i.exec(
      span,
    );
  const candidates = [digit, word ? word.index : -1].filter((i) => i >= 0);
  if (candidates.length) return Math.min(...candidates);
  const article = /\ban?\b/i.exec(span);
  return article ? article.index : 0;
}

const QUANTITY_END = /^[\d.,]+(?:\s?(?:thousand|million|billion|trillion|[kmb]n?)\b)?/i;

function boundAfter(span: string, q: number, rest: string): Bound | null {
  const m = QUANTITY_END.exec(span.slice(q));
  const after = m ? span.slice(q + m[0].length) + rest : "";
  if (!m) return null;
  if (AFTER_AT_LEAST.test(after)) return "at_least";
  if (AFTER_AT_MOST.test(after)) return "at_most";
  if (AFTER_APPROX.test(after)) return "approx";
  return null;
}

type Quantity = Extract<AnyDraft, { kind: "affected" | "penalty" | "duration" }>;
const isQuantity = (d: AnyDraft): d is Quantity =>
  d.kind === "affected" || d.kind === "penalty" || d.kind === "duration";

export default defineRefiner({
  id: "bound",
  description:
    "Set bound (at_most, at_least, approx) on affected, penalty and duration claims from the words just before the number.",
  refine(drafts, doc) {
    return drafts.map((d) => {
      if (!isQuantity(d)) return d;
      const sentence = doc.sentences[d.sentence];
      const from = sentence
        ? Math.max(sentence.start, d.start - WINDOW)
        : Math.max(0, d.start - WINDOW);
      const span = doc.text.slice(d.start, d.end);
      // A penalty's text starts with its amount, currency letters included ("US$5 million").
      const q = d.kind === "penalty" ? 0 : quantityStart(span);
      const context = doc.text.slice(from, d.start + q);
      const sentenceEnd = sentence ? sentence.end : doc.text.length;
      const rest = doc.text.slice(d.end, Math.min(sentenceEnd, d.end + 12));
      const bound =
        boundBefore(context) ?? (d.kind === "affected" ? boundAfter(span, q, rest) : null);
      if (bound === null || bound === d.value.bound) return d;
      return { ...d, value: { ...d.value, bound } } as Quantity;
    });
  },
});
