// Numbers as data: digits, magnitude words and suffixes, number words (Duckling's Numeral).
// The *_SOURCE strings hold no capturing groups, so matchers can wrap them in their own.

/** Magnitude words and suffixes, lower-cased, to their multiplier. */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  million: 1e6,
  millions: 1e6,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mln: 1e6,
  crore: 1e7,
  crores: 1e7,
  billion: 1e9,
  billions: 1e9,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** Words that stand for a number on their own, lower-cased. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words that multiply what came before ("thirty thousand", "two dozen"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

const alt = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join("|");

/**
 * Digits: "1,234,567", "1.234.567" (European grouping), "1.5", "417000".
 * The European form needs two groups, so "1.234" stays a decimal.
 */
export const DIGITS_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}|\d+(?:\.\d+)?`;

/** Magnitude words that may follow after a space or hyphen ("1.5 billion", "$100-million"). */
export const MAGNITUDE_WORD_SOURCE = alt([
  "thousand",
  "million",
  "millions",
  "billion",
  "billions",
  "trillion",
  "lakh",
  "lakhs",
  "crore",
  "crores",
  "mn",
  "mln",
  "bn",
  "bln",
  "tn",
]);

/**
 * A letter, for patterns that run without the `u` flag (it costs scanning speed): Latin
 * letters with their accented forms.
 */
export const LETTER = "[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]";

/** Suffixes written straight after the digits ("22k", "4.6M", "£20m", "$1.2B", "$5MM"). */
export const MAGNITUDE_SUFFIX_SOURCE = String.raw`(?:mm|MM|mn|bn|[kKmMbB])(?!${LETTER}|\d)`;

/**
 * A number in digits with an optional magnitude: "4.6 million", "4.6M", "22k", "1,500".
 */
export const NUMBER_SOURCE = String.raw`(?:${DIGITS_SOURCE})(?:${MAGNITUDE_SUFFIX_SOURCE}|[\s-]?(?:${MAGNITUDE_WORD_SOURCE})\b)?`;

const UNITS_ALT = alt(Object.keys(UNIT_WORDS).filter((w) => w !== "zero"));
const TENS_ALT = alt(Object.keys(TENS_WORDS));
const SMALL = String.raw`(?:(?:${TENS_ALT})(?:[\s-](?:${UNITS_ALT}))?|${UNITS_ALT})`;

/**
 * A number in words: "nine", "thirty thousand", "two hundred and fifty", "a million",
 * "half a million", "a dozen", "twenty-five thousand". Case-insensitive.
 */
export const WORD_NUMBER_SOURCE = String.raw`(?:(?:half\s+an?|an?)\s+(?:dozen|hundred|thousand|million|billion)(?:\s+(?:thousand|million))?|${SMALL}(?:\s+hundred(?:\s+(?:and\s+)?${SMALL})?)?(?:\s+(?:dozen|thousand|million|billion))?)`;

const DIGITS_RE = /^(\d[\d,.]*)[\s-]*(\p{L}*)$/u;
const COMMA_GROUPS_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_GROUPS_RE = /^\d{1,3}(?:\.\d{3}){2,}$/;
const EURO_THOUSANDS_RE = /^\d{1,3}\.\d{3}$/;

/** The numeric value of digits alone: "1,234,567" → 1234567, "1.5" → 1.5. */
export function parseDigits(digits: string): number | null {
  let clean = digits;
  if (COMMA_GROUPS_RE.test(digits)) clean = digits.replaceAll(",", "");
  else if (DOT_GROUPS_RE.test(digits)) clean = digits.replaceAll(".", "");
  else if (digits.includes(",")) return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : null;
}

/** Multiply without binary noise: 4.6 × 1e6 → 4600000, 1.15 × 1e6 → 1150000. */
function scale(n: number, mult: number): number {
  if (mult === 1) return n;
  const v = n * mult;
  return Math.abs(v - Math.round(v)) < 1e-6 * mult ? Math.round(v) : v;
}

/**
 * A number in digits with its magnitude, as NUMBER_SOURCE matches it:
 * "4.6 million" → 4600000, "4.6M" → 4600000, "22k" → 22000, "1,500" → 1500.
 * Returns null when the text is not such a number.
 */
export function parseNumber(text: string): number | null {
  const m = DIGITS_RE.exec(text.trim());
  if (!m) return null;
  const word = m[2]!.toLowerCase();
  // "2.000 users" with no magnitude is European grouping; a count or sum is not 2.0.
  if (!word && EURO_THOUSANDS_RE.test(m[1]!)) return Number(m[1]!.replace(".", ""));
  const n = parseDigits(m[1]!);
  if (n === null) return null;
  if (!word) return n;
  const mult = MAGNITUDES[word];
  return mult === undefined ? null : scale(n, mult);
}

/**
 * A number in words: "thirty thousand" → 30000, "a million" → 1000000, "a dozen" → 12,
 * "two hundred and fifty" → 250, "half a million" → 500000. Null when not a number.
 */
export function parseNumberWords(text: string): number | null {
  const words = text.toLowerCase().split(/[\s-]+/);
  let total = 0;
  let current = 0;
  let seen = false;
  let half = false;
  for (const w of words) {
    if (!w || w === "and") continue;
    if (w === "half") {
      half = true;
      continue;
    }
    if (w === "a" || w === "an") {
      current = current || 1;
      continue;
    }
    const unit = UNIT_WORDS[w] ?? TENS_WORDS[w];
    if (unit !== undefined) {
      current += unit;
      seen = true;
      continue;
    }
    const s = SCALE_WORDS[w];
    if (s === undefined) return null;
    seen = true;
    if (s === 100 || s === 12) current = (current || 1) * s;
    else {
      total += (current || 1) * s;
      current = 0;
    }
  }
  if (!seen) return null;
  const value = total + current;
  return half ? value / 2 : value;
}

/** A number in digits or in words, whichever the text is. */
export function parseAnyNumber(text: string): number | null {
  return /^\d/.test(text) ? parseNumber(text) : parseNumberWords(text);
}

/** A bare four-digit year such as "2025" (no separators, no magnitude). */
export function isYearLike(text: string): boolean {
  return /^(?:19|20)\d\d$/.test(text);
}
