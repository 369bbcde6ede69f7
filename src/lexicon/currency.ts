// Currencies by symbol, code and word, to ISO 4217, and money as data: "$5.5 million",
// "6.8 billion won", "US$1.2m", "€20m", "Rs 50 crore", "5 million Australian dollars".
import {
  LETTER,
  NUMBER_SOURCE,
  parseNumber,
  parseNumberWords,
  WORD_NUMBER_CASED_SOURCE,
} from "./numbers.js";
import { escape } from "./regex.js";

/** Written before the number, exactly as written (case matters: "Rs" is rupees, "rs" is not). */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  $: "USD",
  US$: "USD",
  USD: "USD",
  "U.S.$": "USD",
  A$: "AUD",
  AU$: "AUD",
  AUD: "AUD",
  C$: "CAD",
  CA$: "CAD",
  CAD: "CAD",
  HK$: "HKD",
  HKD: "HKD",
  S$: "SGD",
  SGD: "SGD",
  NT$: "TWD",
  TWD: "TWD",
  NZ$: "NZD",
  NZD: "NZD",
  R$: "BRL",
  BRL: "BRL",
  "€": "EUR",
  EUR: "EUR",
  "£": "GBP",
  GBP: "GBP",
  "¥": "JPY",
  JPY: "JPY",
  "CN¥": "CNY",
  CNY: "CNY",
  RMB: "CNY",
  "₩": "KRW",
  KRW: "KRW",
  "₹": "INR",
  Rs: "INR",
  "Rs.": "INR",
  INR: "INR",
  CHF: "CHF",
  "₽": "RUB",
  RUB: "RUB",
  "₱": "PHP",
  "₺": "TRY",
  "₦": "NGN",
  NGN: "NGN",
  "₪": "ILS",
  ILS: "ILS",
  RM: "MYR",
  MYR: "MYR",
  Rp: "IDR",
  IDR: "IDR",
  SEK: "SEK",
  NOK: "NOK",
  DKK: "DKK",
  PLN: "PLN",
  ZAR: "ZAR",
  AED: "AED",
  MXN: "MXN",
  "US $": "USD",
  // A code and a dollar sign together: "NZD$3 million", "CAD$40", "AUD$2.5m".
  ...Object.fromEntries(
    ["USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD"].map((code) => [`${code}$`, code]),
  ),
};

/** Symbols that may also follow the number ("20€", "10$", "14,95 €"). */
export const CURRENCY_SYMBOLS_AFTER: Readonly<Record<string, string>> = {
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₩": "KRW",
  "₹": "INR",
};

/**
 * ISO codes that may follow the number with no space ("220EUR") or a space ("220 EUR"), and
 * after an amount with a bare "$", say which dollar it is ("$40 AUD").
 */
export const CURRENCY_CODES: readonly string[] = [
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "CNY",
  "KRW",
  "INR",
  "CHF",
  "AUD",
  "CAD",
  "HKD",
  "SGD",
  "NZD",
  "TWD",
  "BRL",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "ZAR",
  "AED",
  "MXN",
  "RUB",
  "MYR",
  "IDR",
  "NGN",
  "ILS",
  "TRY",
  "PHP",
  "SAR",
  "QAR",
  "KWD",
  "BHD",
  "OMR",
  "JOD",
  "EGP",
  "PKR",
  "LKR",
  "BDT",
  "THB",
  "VND",
  "ARS",
  "CLP",
  "COP",
  "UAH",
  "HUF",
  "CZK",
  "RON",
  "KES",
];

/**
 * Written after the number ("2.4 billion won", "5m euros", "5 million Australian dollars"),
 * as usually written: the first letter of each word matches either case, the rest as given.
 */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollars: "USD",
  dollar: "USD",
  bucks: "USD",
  "US dollars": "USD",
  "U.S. dollars": "USD",
  "American dollars": "USD",
  "Australian dollars": "AUD",
  "Canadian dollars": "CAD",
  "Hong Kong dollars": "HKD",
  "Singapore dollars": "SGD",
  "Singaporean dollars": "SGD",
  "New Zealand dollars": "NZD",
  "Taiwan dollars": "TWD",
  "New Taiwan dollars": "TWD",
  euros: "EUR",
  euro: "EUR",
  pounds: "GBP",
  pound: "GBP",
  "pounds sterling": "GBP",
  sterling: "GBP",
  won: "KRW",
  "Korean won": "KRW",
  yen: "JPY",
  "Japanese yen": "JPY",
  yuan: "CNY",
  "Chinese yuan": "CNY",
  renminbi: "CNY",
  RMB: "CNY",
  rupees: "INR",
  rupee: "INR",
  "Indian rupees": "INR",
  francs: "CHF",
  "Swiss francs": "CHF",
  rubles: "RUB",
  roubles: "RUB",
  reais: "BRL",
  ringgit: "MYR",
  rand: "ZAR",
  kronor: "SEK",
  krona: "SEK",
  "Swedish kronor": "SEK",
  "Swedish krona": "SEK",
  kroner: "NOK",
  krone: "NOK",
  "Norwegian kroner": "NOK",
  "Norwegian krone": "NOK",
  "Danish kroner": "DKK",
  "Danish krone": "DKK",
  "Brazilian reais": "BRL",
  "Brazilian real": "BRL",
  "Swiss franc": "CHF",
  "Hong Kong dollar": "HKD",
  "Australian dollar": "AUD",
  "Canadian dollar": "CAD",
  "Singapore dollar": "SGD",
  "New Zealand dollar": "NZD",
  "South African rand": "ZAR",
  "Russian rubles": "RUB",
  "Polish zloty": "PLN",
  "Turkish lira": "TRY",
  "Chinese renminbi": "CNY",
  "British pounds": "GBP",
  "US dollar": "USD",
  "Saudi riyals": "SAR",
  "Saudi riyal": "SAR",
  riyals: "SAR",
  "Qatari riyals": "QAR",
  "Kuwaiti dinars": "KWD",
  "Kuwaiti dinar": "KWD",
  "Bahraini dinars": "BHD",
  "Jordanian dinars": "JOD",
  "Egyptian pounds": "EGP",
  "Lebanese pounds": "LBP",
  "Pakistani rupees": "PKR",
  "Sri Lankan rupees": "LKR",
  "Nepalese rupees": "NPR",
  taka: "BDT",
  rupiah: "IDR",
  "Indonesian rupiah": "IDR",
  baht: "THB",
  "Thai baht": "THB",
  dong: "VND",
  "Vietnamese dong": "VND",
  "Argentine pesos": "ARS",
  "Chilean pesos": "CLP",
  "Colombian pesos": "COP",
  hryvnias: "UAH",
  hryvnia: "UAH",
  forints: "HUF",
  forint: "HUF",
  "Czech koruna": "CZK",
  "Czech crowns": "CZK",
  "Romanian lei": "RON",
  "Kenyan shillings": "KES",
  "Ugandan shillings": "UGX",
  cedis: "GHS",
  zloty: "PLN",
  zlotys: "PLN",
  lira: "TRY",
  naira: "NGN",
  shekels: "ILS",
  dirhams: "AED",
  "Mexican pesos": "MXN",
  "Philippine pesos": "PHP",
  USD: "USD",
  EUR: "EUR",
  GBP: "GBP",
  KRW: "KRW",
  JPY: "JPY",
  CNY: "CNY",
  INR: "INR",
  CHF: "CHF",
  AUD: "AUD",
  CAD: "CAD",
  ...Object.fromEntries(CURRENCY_CODES.map((code) => [code, code])),
};

/**
 * What the `:currency` trigger class is built from: every currency word (lower case, each word
 * of a name: "dollars", "francs", "kroner"), code ("usd", "nzd") and prefix word ("rs"), and
 * every sign ("$", "€", "₹"). A code glued to digits ("220EUR", "NZD$3") holds a digit too.
 */
export const CURRENCY_TRIGGER_WORDS: readonly string[] = [
  ...new Set(
    [...Object.keys(CURRENCY_WORDS), ...Object.keys(CURRENCY_PREFIXES), ...CURRENCY_CODES]
      .map((w) =>
        w
          .toLowerCase()
          .split(/\s+/)
          .pop()!
          .replace(/[^a-z]/g, ""),
      )
      .filter((w) => (w.length > 2 || w === "rs") && w !== "try" && w !== "real"),
  ),
].sort();
/** Currency signs, for the `:currency` trigger class. */
export const CURRENCY_SIGNS: readonly string[] = [
  ...new Set(
    [...Object.keys(CURRENCY_PREFIXES), ...Object.keys(CURRENCY_SYMBOLS_AFTER)]
      .flatMap((w) => [...w])
      .filter((c) => /[^\w\s.]/.test(c)),
  ),
].sort();

const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => escape(w).replaceAll(" ", String.raw`\s`))
    .join("|");

/** "won" → "[Ww]on", "Swiss francs" → "[Ss]wiss [Ff]rancs": the patterns run without `i`. */
const firstEitherCase = (source: string) =>
  source.replace(/(^|\\s)([a-z])/gi, (_m, pre: string, c: string) =>
    c.toLowerCase() === c.toUpperCase() ? pre + c : `${pre}[${c.toUpperCase()}${c.toLowerCase()}]`,
  );

/** Prefixes, and every ISO code as one ("SAR 20", "CZK 5 million"). */
const PREFIXES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(CURRENCY_CODES.map((code) => [code, code])),
  ...CURRENCY_PREFIXES,
};
const PREFIX_ALT = alt(Object.keys(PREFIXES));
const SUFFIX_ALT = alt(Object.keys(CURRENCY_WORDS))
  .split("|")
  .map((w) => (/^[A-Z]+$/.test(w) ? w : firstEitherCase(w)))
  .join("|");
const WORD_LOWER = new Map(Object.entries(CURRENCY_WORDS).map(([k, v]) => [k.toLowerCase(), v]));

/** A currency written before the number. */
export const CURRENCY_PREFIX_SOURCE = PREFIX_ALT;
/** A currency written after the number (match case-insensitively). */
export const CURRENCY_WORD_SOURCE = SUFFIX_ALT;

const SYMBOL_AFTER_ALT = alt(Object.keys(CURRENCY_SYMBOLS_AFTER));
const CODE_ALT = alt(CURRENCY_CODES);
/** After an amount with a bare "$", the dollar it is: "$40 AUD", "$3 million NZD". */
const DOLLAR_CODE_ALT = alt(
  Object.entries(CURRENCY_PREFIXES)
    .filter(([k, v]) => k === `${v}$`)
    .map(([, v]) => v),
);
/**
 * Cents after a currency word: "12 dollars and 40 cents", "12 dollars and 40" (not "and 40
 * customers", "and 40 percent").
 */
const CENTS = String.raw`\s[Aa]nd\s\d\d(?:\s[Cc]ents?\b|(?![\d.,%]|\s(?:percent|per|[a-z]+s)\b))`;

/** An amount with its number in digits (the conversions after an amount are written so). */
const MONEY_DIGITS = String.raw`(?:(?:${PREFIX_ALT})\s?(?:${NUMBER_SOURCE})(?:\s(?:${DOLLAR_CODE_ALT})(?!${LETTER}|\d))?|(?<![\d.,])(?:${NUMBER_SOURCE})(?:[\s-](?:${SUFFIX_ALT})(?!${LETTER}|\d)(?:${CENTS})?|\s?(?:${SYMBOL_AFTER_ALT})(?![\d$€£¥₩₹])|(?:${CODE_ALT})(?!${LETTER}|\d)))`;
/** An amount with its number in words: "six million euros". */
const MONEY_WORDS = String.raw`(?<![A-Za-z\u00C0-\u024F'’-])(?:${WORD_NUMBER_CASED_SOURCE})[\s-](?:${SUFFIX_ALT})(?!${LETTER}|\d)(?:${CENTS})?`;

/**
 * An amount of money: a prefix and a number ("$5.5 million", "US$ 1.2m", "€20m", "Rs 50 crore",
 * "NZD$3 million", "$40 AUD"), a number and a currency word ("6.8 billion won", "5 million
 * Australian dollars", "12 dollars and 40 cents"), a symbol or code ("20€", "220EUR", "220
 * EUR"), or a number in words and a currency word ("six million euros", "half a million
 * pounds", "a quarter of a million dollars").
 * No capturing groups, case-sensitive (no `i` flag: it slows the scan down several times).
 * A number with no prefix starts only where no digit, `.` or `,` precedes it: otherwise a
 * global scan would try every digit of a long run of digits, each time to its end (quadratic).
 * Check the other characters before (a letter, `$`) with `moneyStartsAt`.
 */
export const MONEY_SOURCE = String.raw`(?=[$€£¥₩₹₽₱₺₦₪A-Z\d]|(?<![A-Za-z])[aAhHoOtTfFsSeEnNqQ])(?:${MONEY_DIGITS}|${MONEY_WORDS})`;

/** Whether money found at `index` of `text` starts there, not inside a word or a number. */
export function moneyStartsAt(text: string, index: number): boolean {
  return index === 0 || !/[A-Za-z\u00C0-\u024F\d.,$]/.test(text[index - 1]!);
}

/** Hedges inside a conversion: "(approximately $5.1 million)", ", or about €80m". */
export const CONVERSION_HEDGES = [
  "approximately",
  "approx.",
  "about",
  "around",
  "roughly",
  "some",
  "nearly",
  "almost",
  "over",
  "more than",
  "equivalent to",
  "equal to",
  "or",
  "or about",
  "or around",
  "or roughly",
  "or approximately",
  "or some",
  "worth",
  "~",
];

const HEDGE_ALT = alt(CONVERSION_HEDGES);

/** A second amount in brackets: " (approximately $5.1 million)", " [$27 million]". */
const CONVERSION_BRACKETED = String.raw`\s?\(\s?(?:(?:${HEDGE_ALT})\s?)?(?:${MONEY_DIGITS})[^()\n]{0,40}\)|\s?\[\s?(?:(?:${HEDGE_ALT})\s?)?(?:${MONEY_DIGITS})[^[\]\n]{0,40}\]`;

/** A second amount said after the first: ", or about $1.3 million". No capturing groups. */
export const CONVERSION_SAID_SOURCE = String.raw`,?\s(?:or\s)?(?:approximately|about|around|roughly|some|equivalent\sto)\s(?:${MONEY_DIGITS})`;

/**
 * A second amount given in the same breath, right after the first:
 * " (approximately $5.1 million)", " ($1.7 million)", " [$27 million]", ", or about $1.3 million".
 * No capturing groups.
 */
export const CONVERSION_SOURCE = String.raw`(?:${CONVERSION_BRACKETED}|${CONVERSION_SAID_SOURCE})`;

export interface Money {
  amount: number;
  currency: string;
}

const PREFIX_RE = new RegExp(String.raw`^(${PREFIX_ALT})\s?`);
const SUFFIX_RE = new RegExp(String.raw`[\s-](${SUFFIX_ALT})$`);
const SYMBOL_AFTER_RE = new RegExp(String.raw`\s?(${SYMBOL_AFTER_ALT})$`);
const CODE_AFTER_RE = new RegExp(String.raw`(?<=\d)(${CODE_ALT})$`);
const DOLLAR_CODE_RE = new RegExp(String.raw`\s(${DOLLAR_CODE_ALT})$`);
const CENTS_RE = /\s{1,3}and\s{1,3}(\d\d)(?:\s{1,3}cents?)?$/i;
const FIND_MONEY_RE = new RegExp(MONEY_SOURCE, "g");

const amountOf = (text: string) =>
  /^\d/.test(text.trim()) ? parseNumber(text) : parseNumberWords(text);

/**
 * "$5.5 million" → {5500000, USD}; "6.8 billion won" → {6800000000, KRW}; "six million euros"
 * → {6000000, EUR}; "12 dollars and 40 cents" → {12.4, USD}; "220EUR" → {220, EUR}; else null.
 */
export function parseMoney(text: string): Money | null {
  let t = text.trim();
  const pre = PREFIX_RE.exec(t);
  if (pre) {
    let currency = PREFIXES[pre[1]!];
    let rest = t.slice(pre[0].length);
    const code = pre[1] === "$" ? DOLLAR_CODE_RE.exec(rest) : null;
    if (code) {
      currency = code[1]!;
      rest = rest.slice(0, code.index);
    }
    const amount = parseNumber(rest);
    if (currency && amount !== null && amount > 0) return { amount, currency };
  }
  const cents = CENTS_RE.exec(t);
  if (cents) t = t.slice(0, cents.index);
  const addCents = (n: number) => (cents ? Math.round(n * 100 + Number(cents[1])) / 100 : n);
  const suf = SUFFIX_RE.exec(t);
  if (suf) {
    const currency = WORD_LOWER.get(suf[1]!.toLowerCase().replace(/\s+/g, " "));
    const amount = amountOf(t.slice(0, suf.index));
    if (currency && amount !== null && amount > 0) return { amount: addCents(amount), currency };
  }
  const after = SYMBOL_AFTER_RE.exec(t) ?? CODE_AFTER_RE.exec(t);
  if (after) {
    const currency = CURRENCY_SYMBOLS_AFTER[after[1]!] ?? after[1]!;
    const amount = parseNumber(t.slice(0, after.index));
    if (amount !== null && amount > 0) return { amount, currency };
  }
  return null;
}

/** The first amount of money in a text, with its offset. */
export function findMoney(text: string): (Money & { index: number; text: string }) | null {
  FIND_MONEY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIND_MONEY_RE.exec(text))) {
    if (!moneyStartsAt(text, m.index)) continue;
    const money = parseMoney(m[0]);
    return money ? { ...money, index: m.index, text: m[0] } : null;
  }
  return null;
}

/** Examples of each form, run as tests (test/numbers-forms.test.ts): [text, amount, currency]. */
export const MONEY_EXAMPLES: readonly (readonly [string, number, string])[] = [
  ["six million euros", 6_000_000, "EUR"],
  ["four thousand dollars", 4000, "USD"],
  ["Two Hundred Pounds", 200, "GBP"],
  ["half a million pounds", 500_000, "GBP"],
  ["a quarter of a million dollars", 250_000, "USD"],
  ["40 Hong Kong dollars", 40, "HKD"],
  ["12 million Swiss francs", 12_000_000, "CHF"],
  ["NZD$3 million", 3_000_000, "NZD"],
  ["CAD$40", 40, "CAD"],
  ["$40 AUD", 40, "AUD"],
  ["220EUR", 220, "EUR"],
  ["220 EUR", 220, "EUR"],
  ["20€", 20, "EUR"],
  ["14,95 €", 14.95, "EUR"],
  ["12 dollars and 40", 12.4, "USD"],
  ["12 dollars and 40 cents", 12.4, "USD"],
  ["10 million kroner", 10_000_000, "NOK"],
  ["NOK 10 million", 10_000_000, "NOK"],
  ["5 million kronor", 5_000_000, "SEK"],
  ["DKK 1.2 million", 1_200_000, "DKK"],
  ["3 billion yen", 3_000_000_000, "JPY"],
  ["¥300 million", 300_000_000, "JPY"],
  ["5 million yuan", 5_000_000, "CNY"],
  ["CNY 5 million", 5_000_000, "CNY"],
  ["Rs 3.5 crore", 35_000_000, "INR"],
  ["₹40 lakh", 4_000_000, "INR"],
  ["2 million reais", 2_000_000, "BRL"],
  ["R$ 2 million", 2_000_000, "BRL"],
  ["S$1 million", 1_000_000, "SGD"],
  ["A$10m", 10_000_000, "AUD"],
  ["C$40", 40, "CAD"],
  ["HK$10 million", 10_000_000, "HKD"],
  ["NZ$3 million", 3_000_000, "NZD"],
  ["US$5 million", 5_000_000, "USD"],
  ["CHF 3 million", 3_000_000, "CHF"],
  ["6.8 billion won", 6_800_000_000, "KRW"],
  ["€3.1bn", 3_100_000_000, "EUR"],
  ["£1.8bn", 1_800_000_000, "GBP"],
  ["$2.7m", 2_700_000, "USD"],
  ["$40 million", 40_000_000, "USD"],
  ["$350 Million", 350_000_000, "USD"],
  ["€2.1 BILLION", 2_100_000_000, "EUR"],
  ["20 Egyptian pounds", 20, "EGP"],
  ["5 million Pakistani rupees", 5_000_000, "PKR"],
  ["two and a half million euros", 2_500_000, "EUR"],
];
