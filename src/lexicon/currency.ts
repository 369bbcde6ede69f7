// Currencies by symbol, code and word, to ISO 4217, and money as data: "$5.5 million",
// "6.8 billion won", "US$1.2m", "€20m", "Rs 50 crore", "5 million Australian dollars".
import { LETTER, NUMBER_SOURCE, parseNumber } from "./numbers.js";
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
};

/**
 * Written after the number ("2.4 billion won", "5m euros", "5 million Australian dollars"),
 * as usually written: the first letter of each word matches either case, the rest as given.
 */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollars: "USD",
  dollar: "USD",
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
  "Swedish kronor": "SEK",
  "Norwegian kroner": "NOK",
  "Danish kroner": "DKK",
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
  HKD: "HKD",
  SGD: "SGD",
};

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

const PREFIX_ALT = alt(Object.keys(CURRENCY_PREFIXES));
const SUFFIX_ALT = alt(Object.keys(CURRENCY_WORDS))
  .split("|")
  .map((w) => (/^[A-Z]+$/.test(w) ? w : firstEitherCase(w)))
  .join("|");
const WORD_LOWER = new Map(Object.entries(CURRENCY_WORDS).map(([k, v]) => [k.toLowerCase(), v]));

/** A currency written before the number. */
export const CURRENCY_PREFIX_SOURCE = PREFIX_ALT;
/** A currency written after the number (match case-insensitively). */
export const CURRENCY_WORD_SOURCE = SUFFIX_ALT;

/**
 * An amount of money: a prefix and a number ("$5.5 million", "US$ 1.2m", "€20m", "Rs 50 crore")
 * or a number and a currency word ("6.8 billion won", "5 million Australian dollars").
 * No capturing groups, case-sensitive (no `i` flag: it slows the scan down several times).
 * A number with no prefix starts only where no digit, `.` or `,` precedes it: otherwise a
 * global scan would try every digit of a long run of digits, each time to its end (quadratic).
 * Check the other characters before (a letter, `$`) with `moneyStartsAt`.
 */
export const MONEY_SOURCE = String.raw`(?=[$€£¥₩₹₽₱₺₦₪A-Z\d])(?:(?:${PREFIX_ALT})\s?(?:${NUMBER_SOURCE})|(?<![\d.,])(?:${NUMBER_SOURCE})[\s-](?:${SUFFIX_ALT})(?!${LETTER}|\d))`;

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

/**
 * A second amount given in the same breath, right after the first:
 * " (approximately $5.1 million)", " ($1.7 million)", ", or about $1.3 million".
 * No capturing groups.
 */
export const CONVERSION_SOURCE = String.raw`(?:\s?\(\s?(?:(?:${HEDGE_ALT})\s?)?(?:${MONEY_SOURCE})[^()\n]{0,40}\)|,?\s(?:or\s)?(?:approximately|about|around|roughly|some|equivalent\sto)\s(?:${MONEY_SOURCE}))`;

export interface Money {
  amount: number;
  currency: string;
}

const PREFIX_RE = new RegExp(String.raw`^(${PREFIX_ALT})\s?`);
const SUFFIX_RE = new RegExp(String.raw`[\s-](${SUFFIX_ALT})$`);
const FIND_MONEY_RE = new RegExp(MONEY_SOURCE, "g");

/** "$5.5 million" → {5500000, USD}; "6.8 billion won" → {6800000000, KRW}; else null. */
export function parseMoney(text: string): Money | null {
  const t = text.trim();
  const pre = PREFIX_RE.exec(t);
  if (pre) {
    const currency = CURRENCY_PREFIXES[pre[1]!];
    const amount = parseNumber(t.slice(pre[0].length));
    if (currency && amount !== null && amount > 0) return { amount, currency };
  }
  const suf = SUFFIX_RE.exec(t);
  if (suf) {
    const currency = WORD_LOWER.get(suf[1]!.toLowerCase().replace(/\s+/g, " "));
    const amount = parseNumber(t.slice(0, suf.index));
    if (currency && amount !== null && amount > 0) return { amount, currency };
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
