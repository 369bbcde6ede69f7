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
  mil: 1e6,
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

/**
 * Words that multiply what came before ("thirty thousand", "two dozen", "ten lakh", "five
 * crore"). "hundred" and the dozens multiply the number before them; the others close a group
 * ("four thousand and six hundred" = 4000 + 600), or multiply the groups before them when no
 * number stands between ("one hundred thousand", "3 lakh crore").
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  dozen: 12,
  dozens: 12,
  doz: 12,
  hundred: 100,
  thousand: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  million: 1e6,
  crore: 1e7,
  crores: 1e7,
  billion: 1e9,
  trillion: 1e12,
};

/** Fractions before "a million" ("half a million", "a quarter of a million"), to their value. */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 0.5,
  "a half": 0.5,
  "one half": 0.5,
  "a quarter": 0.25,
  "one quarter": 0.25,
  "three quarters": 0.75,
  "a third": 1 / 3,
  "one third": 1 / 3,
  "two thirds": 2 / 3,
};

/** Korean counting units written after digits in English text ("1,250만" = 12.5 million). */
export const KOREAN_UNITS: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8 };

/** Every word that may be part of a number in words: the `:number-word` trigger class. */
export const NUMBER_WORDS: readonly string[] = [
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TENS_WORDS),
  ...Object.keys(SCALE_WORDS),
  "half",
  "quarter",
  "quarters",
  "third",
  "thirds",
];

const alt = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join("|");

/**
 * Digits: "1,234,567", "1.234.567" (European grouping), "2 750 000" (grouped by spaces),
 * "1,20,000" (Indian grouping), "1,5" and "1.299,99" (a decimal comma), "1.5", "417000".
 * The European form needs two groups, so "1.234" stays a decimal; a decimal comma takes one
 * or two digits, so "1,500" stays a thousand.
 */
export const DIGITS_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d{1,2}(?:,\d\d)+,\d{3}(?!\d|,\d)|\d{1,3}(?:\.\d{3})+,\d\d?(?!\d)|\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d|[.,]\d)|\d{1,3}(?:['’]\d{3})+(?!\d|['’]\d)|\d+,\d\d?(?!\d|,\d)|\d+(?:\.\d+)?`;

/**
 * Magnitude words that may follow after a space or hyphen ("1.5 billion", "$100-million",
 * "250 k", "3 mil"). Matched case-insensitively by the count patterns; the money pattern
 * runs case-sensitively, so each is given in the cases news writes it.
 */
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
  "mil",
  "bn",
  "bln",
  "tn",
  "k",
  "K",
  "M",
  "MM",
  // Headlines capitalise them ("$350 Million", "2.1 BILLION").
  "Thousand",
  "Million",
  "Millions",
  "Billion",
  "Billions",
  "Trillion",
  "Lakh",
  "Crore",
  "THOUSAND",
  "MILLION",
  "BILLION",
  "TRILLION",
]);

/**
 * A letter, for patterns that run without the `u` flag (it costs scanning speed): Latin
 * letters with their accented forms.
 */
export const LETTER = "[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]";

/**
 * Suffixes written straight after the digits ("22k", "4.6M", "£20m", "$1.2B", "$5MM", "3mil",
 * "4.5mln", "1,250만").
 */
export const MAGNITUDE_SUFFIX_SOURCE = String.raw`(?:mil|mln|bln|mm|MM|mn|bn|tn|[kKmMbB만억])(?!${LETTER}|\d)`;

/** Scale words that may follow digits inside a compound ("2 hundred and 45", "410 hundred"). */
const DIGIT_SCALE = String.raw`(?:[Hh]undred|[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|[Ll]akhs?|[Cc]rores?|[Dd]ozens?|[Dd]oz)\b`;
const DIGIT_SCALE_ANY = String.raw`(?:${DIGIT_SCALE}|${MAGNITUDE_WORD_SOURCE})`;

/**
 * A number in digits with an optional magnitude: "4.6 million", "4.6M", "22k", "1,500", and
 * compounds of digits and scale words: "2 hundred and 45", "410 hundred", "3 lakh crore",
 * "2 million 500 thousand", "4 dozen". Only after "hundred" or "thousand" may a bare number
 * follow, with or without "and" ("$2 million and 3 years" is an amount and a term).
 */
export const NUMBER_SOURCE = String.raw`(?:${DIGITS_SOURCE})(?:\s[Aa]nd\s[Aa]\s(?:[Hh]alf|[Qq]uarter)(?=[\s-](?:${DIGIT_SCALE})))?(?:${MAGNITUDE_SUFFIX_SOURCE}|[\s-]?(?:${DIGIT_SCALE_ANY})(?!${LETTER})(?:[\s-](?:${DIGIT_SCALE}))*(?:[\s-]\d{1,3}(?:,\d{3})?(?:[\s-](?:${DIGIT_SCALE}))+)*(?:(?<=[Hh]undred|[Tt]housand)[\s-](?:and\s)?\d{1,3}(?![\d.,]|[\s-]*(?:${DIGIT_SCALE_ANY})(?!${LETTER})))?)?`;

const FRACTION = alt(
  Object.keys(FRACTION_WORDS).map((w) => w.replaceAll(" ", String.raw`\s{1,3}`)),
);

/** A word as a pattern: as written, or with its first letter in either case ("[Ss]ix"). */
type Cased = (word: string) => string;
const asWritten: Cased = (w) => w;
/** "six" → "[Ss]ix", for patterns that run without the `i` flag (the money pattern). */
export const firstEitherCase: Cased = (w) =>
  w.replace(
    /(^|\\s\{1,3\}|\s)([a-z])/g,
    (_m, pre: string, c: string) => `${pre}[${c.toUpperCase()}${c}]`,
  );

/** The pattern of a number in words, each word's letters as `cased` makes them. */
function wordNumberSource(cased: Cased): string {
  const words = (list: readonly string[]) => alt(list.map(cased));
  const UNITS_ALT = words(Object.keys(UNIT_WORDS).filter((w) => w !== "zero"));
  const ONES_ALT = words(Object.keys(UNIT_WORDS).filter((w) => UNIT_WORDS[w]! < 10));
  const DIGIT_WORDS_ALT = words(Object.keys(UNIT_WORDS).filter((w) => UNIT_WORDS[w]! < 10));
  const TENS_ALT = words(Object.keys(TENS_WORDS));
  const [hundred, point, of, and, one, quarter, half, third] = [
    "hundred",
    "point",
    "of",
    "and",
    "one",
    "quarter",
    "half",
    "third",
  ].map(cased);
  const an = cased("an?");
  /** Between the words of a number: spaces, or a hyphen with or without spaces ("seventy - three"). */
  const SEP = String.raw`(?:\s*-\s*|\s+)`;
  const SMALL = String.raw`(?:(?:${TENS_ALT})\b(?:${SEP}(?:${ONES_ALT})\b)?|(?:${UNITS_ALT})\b)`;
  /**
   * Under a thousand: "twelve", "two hundred and fifty", "twelve hundred", "a hundred", and
   * "two point five" (before a scale word).
   */
  const HUNDREDS = String.raw`(?:${SMALL}(?:\s{1,3}${point}(?:\s+(?:${DIGIT_WORDS_ALT})\b)+)?|${an}(?=\s{1,3}${hundred}\b))(?:${SEP}${hundred}\b(?:${SEP}(?:${and}${SEP})?${SMALL})?)?`;
  const BIG = String.raw`(?:${words(["thousand", "million", "billion", "trillion", "lakhs?", "crores?", "dozens?"])})\b`;
  const FRACTIONS = FRACTION.split("|").map(cased).join("|");
  /** "a" before a scale: "a million", "half a million", "a quarter of a million", "a quarter million". */
  const A_LEAD = String.raw`(?:(?:(?:${FRACTIONS})\s{1,3}(?:${of}\s{1,3})?)?${an}|(?:${an}|${one})\s{1,3}(?:${quarter}|${half}))(?=\s{1,3}${BIG})`;
  /** A trailing number under a thousand, not followed by a scale of its own. */
  const TAIL = String.raw`${SEP}(?:${and}${SEP})?${HUNDREDS}(?!${SEP}(?:${BIG}|${hundred}\b))`;
  /** What a number in words starts with, checked once before the alternatives are tried. */
  const FIRST = String.raw`(?=(?:${TENS_ALT}|${UNITS_ALT})\b|${an}\s{1,3}(?:${hundred}|${BIG}|${quarter}|${half}|${third})|${half}\s)`;
  /** "two and a half million": a half or a quarter added before a scale. */
  const AND_A_HALF = String.raw`(?:\s+${and}\s+${an}\s+(?:${half}|${quarter})(?=\s+${BIG}))?`;
  return String.raw`${FIRST}(?:${A_LEAD}|${HUNDREDS}${AND_A_HALF})(?:(?:${SEP}${BIG})+(?:${SEP}${HUNDREDS}(?:${SEP}${BIG})+)*(?:${TAIL})?)?`;
}

/**
 * A number in words: "nine", "thirty thousand", "two hundred and fifty", "a million",
 * "half a million", "a quarter of a million", "a dozen", "twenty-five thousand", "seventy - three",
 * "four thousand and six hundred", "one million two hundred thousand", "nineteen trillion",
 * "ten lakh", "two point five million". Case-insensitive.
 */
export const WORD_NUMBER_SOURCE = wordNumberSource(asWritten);

/**
 * The same, for patterns that run without the `i` flag: each word lower case or capitalised
 * ("Six million", "Four Thousand").
 */
export const WORD_NUMBER_CASED_SOURCE = wordNumberSource(firstEitherCase);

const COMMA_GROUPS_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const INDIAN_GROUPS_RE = /^\d{1,2}(?:,\d\d)+,\d{3}$/;
const SPACE_GROUPS_RE = /^\d{1,3}(?:[ \u00A0\u202F'’]\d{3})+$/;
const DOT_GROUPS_RE = /^\d{1,3}(?:\.\d{3}){2,}$/;
const DECIMAL_COMMA_RE = /^(\d{1,3}(?:\.\d{3})*|\d+),(\d\d?)$/;
const EURO_THOUSANDS_RE = /^\d{1,3}\.\d{3}$/;

/**
 * The numeric value of digits alone: "1,234,567" → 1234567, "1.5" → 1.5, "2 750 000" →
 * 2750000, "1,20,000" → 120000, "1,5" → 1.5, "1.299,99" → 1299.99.
 */
export function parseDigits(digits: string): number | null {
  let clean = digits;
  const dec = DECIMAL_COMMA_RE.exec(digits);
  if (COMMA_GROUPS_RE.test(digits) || INDIAN_GROUPS_RE.test(digits))
    clean = digits.replaceAll(",", "");
  else if (SPACE_GROUPS_RE.test(digits)) clean = digits.replace(/[ \u00A0\u202F'’]/g, "");
  else if (DOT_GROUPS_RE.test(digits)) clean = digits.replaceAll(".", "");
  else if (dec) clean = `${dec[1]!.replaceAll(".", "")}.${dec[2]}`;
  else if (/[, \u00A0\u202F'’]/.test(digits)) return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : null;
}

/** Multiply without binary noise: 4.6 × 1e6 → 4600000, 1.15 × 1e6 → 1150000. */
function scale(n: number, mult: number): number {
  if (mult === 1) return n;
  const v = n * mult;
  return Math.abs(v - Math.round(v)) < 1e-6 * mult ? Math.round(v) : v;
}

type Token = { n: number } | { scale: number } | { fraction: number };

/**
 * The value of a number as a run of numbers and scale words, left to right: a number adds to
 * the open group, "hundred" and "dozen" multiply it, a larger scale closes it (or multiplies
 * all before it when no number stands between: "3 lakh crore"). A closing scale must be
 * smaller than the one before it: "1 million 2 million" is no single number (null).
 */
function evaluate(tokens: readonly Token[]): number | null {
  let total = 0;
  let current = 0;
  let open = false; // a number since the last closing scale
  let lastClose = Infinity;
  let fraction = 1;
  let seen = false;
  for (const t of tokens) {
    if ("fraction" in t) {
      fraction = t.fraction;
    } else if ("n" in t) {
      current = open ? current + t.n : t.n;
      open = true;
      seen = true;
    } else if (t.scale < 1000) {
      current = scale(open ? current : 1, t.scale);
      open = true;
      seen = true;
    } else if (!open && total > 0) {
      total = scale(total, t.scale);
      lastClose = lastClose * t.scale;
    } else {
      if (t.scale >= lastClose) return null;
      total += scale(open ? current : 1, t.scale);
      lastClose = t.scale;
      current = 0;
      open = false;
      seen = true;
    }
  }
  if (!seen) return null;
  return scale(total + (open ? current : 0), fraction);
}

const FRACTION_RE = new RegExp(
  String.raw`^(${FRACTION})\s+(?:of\s+)?(?=an?\s|(?:thousand|million|billion|trillion|lakh|crore|dozen)s?\b)`,
  "i",
);

/** Tokens of a run of words and digits; null at a word that is no part of a number. */
function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let rest = text.toLowerCase().trim();
  const fr = FRACTION_RE.exec(rest);
  if (fr) {
    tokens.push({ fraction: FRACTION_WORDS[fr[1]!.replace(/\s+/g, " ")]! });
    rest = rest.slice(fr[0].length);
  }
  const words = rest.split(/[\s-]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const part =
      w === "and" && /^an?$/.test(words[i + 1] ?? "") ? HALVES[words[i + 2]!] : undefined;
    if (part !== undefined) {
      tokens.push({ n: part }); // "two and a half million"
      i += 2;
      continue;
    }
    if (w === "and") continue;
    const last = tokens[tokens.length - 1];
    if (w === "point" && last && "n" in last) {
      let digits = "";
      while (i + 1 < words.length && (UNIT_WORDS[words[i + 1]!] ?? 10) < 10)
        digits += String(UNIT_WORDS[words[++i]!]);
      if (!digits) return null;
      last.n = Number(`${last.n}.${digits}`);
      continue;
    }
    const n = w === "a" || w === "an" ? 1 : (UNIT_WORDS[w] ?? TENS_WORDS[w]);
    const s = SCALE_WORDS[w] ?? MAGNITUDES[w] ?? KOREAN_UNITS[w];
    const digits = /^\d/.test(w) ? parseDigits(w) : null;
    if (n !== undefined) tokens.push({ n });
    else if (s !== undefined) tokens.push({ scale: s });
    else if (digits !== null) tokens.push({ n: digits });
    else return null;
  }
  return tokens;
}

const HALVES: Readonly<Record<string, number>> = { half: 0.5, quarter: 0.25 };

const LEAD_DIGITS_RE = new RegExp(`^(?:${DIGITS_SOURCE})`);

/**
 * A number in digits with its magnitude, as NUMBER_SOURCE matches it:
 * "4.6 million" → 4600000, "4.6M" → 4600000, "22k" → 22000, "1,500" → 1500,
 * "2 hundred and 45" → 245, "3 lakh crore" → 3e12, "1,250만" → 12500000.
 * Returns null when the text is not such a number.
 */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  const lead = LEAD_DIGITS_RE.exec(t);
  if (!lead) return null;
  const digits = lead[0];
  const rest = t.slice(digits.length).replace(/^[\s-]+/, "");
  // "2.000 users" with no magnitude is European grouping; a count or sum is not 2.0.
  if (!rest && EURO_THOUSANDS_RE.test(digits)) return Number(digits.replace(".", ""));
  const n = parseDigits(digits);
  if (n === null) return null;
  if (!rest) return n;
  const suffix = MAGNITUDES[rest] ?? MAGNITUDES[rest.toLowerCase()] ?? KOREAN_UNITS[rest];
  if (suffix !== undefined) return scale(n, suffix);
  const tokens = tokenize(rest);
  return tokens?.length ? evaluate([{ n }, ...tokens]) : null;
}

/**
 * A number in words: "thirty thousand" → 30000, "a million" → 1000000, "a dozen" → 12,
 * "two hundred and fifty" → 250, "half a million" → 500000, "four thousand and six hundred"
 * → 4600, "two point five million" → 2500000. Null when not a number.
 */
export function parseNumberWords(text: string): number | null {
  if (/^\s*an?\s*$/i.test(text)) return null;
  const tokens = tokenize(text);
  return tokens ? evaluate(tokens) : null;
}

/** A number in digits or in words, whichever the text is. */
export function parseAnyNumber(text: string): number | null {
  return /^\d/.test(text) ? parseNumber(text) : parseNumberWords(text);
}

/**
 * Examples of each form, run as tests (test/numbers-forms.test.ts): [text, value].
 */
export const NUMBER_EXAMPLES: readonly (readonly [string, number])[] = [
  ["4 dozens", 48],
  ["4 doz", 48],
  ["two dozen", 24],
  ["half a dozen", 6],
  ["four thousand and six hundred", 4600],
  ["seventy - three", 73],
  ["seventy   three", 73],
  ["2 hundred and 45", 245],
  ["410 hundred", 41_000],
  ["3 lakh crore", 3e12],
  ["1.5 lakh", 150_000],
  ["ten lakh", 1_000_000],
  ["nineteen trillion", 19e12],
  ["2 750 000", 2_750_000],
  ["1,20,000", 120_000],
  ["2.7m", 2_700_000],
  ["14 mn", 14_000_000],
  ["250k", 250_000],
  ["250 k", 250_000],
  ["3 mil", 3_000_000],
  ["3mil", 3_000_000],
  ["1.2bn", 1_200_000_000],
  ["12 lakh", 1_200_000],
  ["3.5 crore", 35_000_000],
  ["1,250만", 12_500_000],
  ["2 million 500 thousand", 2_500_000],
  ["one million two hundred thousand", 1_200_000],
  ["a quarter of a million", 250_000],
  ["two point five million", 2_500_000],
  ["twelve hundred", 1200],
  ["a quarter million", 250_000],
  ["one million and one", 1_000_001],
  ["1'000'000", 1_000_000],
  ["14-thousand-512", 14_512],
  ["126 Million", 126_000_000],
  ["two and a half million", 2_500_000],
  ["3 and a half thousand", 3500],
];

/** A bare four-digit year such as "2025" (no separators, no magnitude). */
export function isYearLike(text: string): boolean {
  return /^(?:19|20)\d\d$/.test(text);
}
