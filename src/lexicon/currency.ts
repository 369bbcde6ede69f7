// Currencies by symbol, code and word, to ISO 4217, and money as data: "$92 million",
// "134.8 billion won", "US$1.2m", "€20m", "Rs 50 crore", "5 million Australian dollars".
import { NUMBER_SOURCE, parseNumber } from "./numbers.js";

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

/** Written after the number, lower-cased, single spaces ("1.5 billion won", "5m euros"). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollars: "USD",
  dollar: "USD",
  "us dollars": "USD",
  "u.s. dollars": "USD",
  "american dollars": "USD",
  "australian dollars": "AUD",
  "canadian dollars": "CAD",
  "hong kong dollars": "HKD",
  "singapore dollars": "SGD",
  "singaporean dollars": "SGD",
  "new zealand dollars": "NZD",
  "taiwan dollars": "TWD",
  "new taiwan dollars": "TWD",
  euros: "EUR",
  euro: "EUR",
  pounds: "GBP",
  pound: "GBP",
  "pounds sterling": "GBP",
  sterling: "GBP",
  won: "KRW",
  "korean won": "KRW",
  yen: "JPY",
  "japanese yen": "JPY",
  yuan: "CNY",
  "chinese yuan": "CNY",
  renminbi: "CNY",
  rmb: "CNY",
  rupees: "INR",
  rupee: "INR",
  "indian rupees": "INR",
  francs: "CHF",
  "swiss francs": "CHF",
  rubles: "RUB",
  roubles: "RUB",
  reais: "BRL",
  ringgit: "MYR",
  rand: "ZAR",
  kronor: "SEK",
  "swedish kronor": "SEK",
  "norwegian kroner": "NOK",
  "danish kroner": "DKK",
  zloty: "PLN",
  zlotys: "PLN",
  lira: "TRY",
  naira: "NGN",
  shekels: "ILS",
  dirhams: "AED",
  "mexican pesos": "MXN",
  "philippine pesos": "PHP",
  usd: "USD",
  eur: "EUR",
  gbp: "GBP",
  krw: "KRW",
  jpy: "JPY",
  cny: "CNY",
  inr: "INR",
  chf: "CHF",
  aud: "AUD",
  cad: "CAD",
  hkd: "HKD",
  sgd: "SGD",
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => escape(w).replaceAll(" ", String.raw`\s`))
    .join("|");

const PREFIX_ALT = alt(Object.keys(CURRENCY_PREFIXES));
const SUFFIX_ALT = alt(Object.keys(CURRENCY_WORDS));
const PREFIX_LOWER = new Map(
  Object.entries(CURRENCY_PREFIXES).map(([k, v]) => [k.toLowerCase(), v]),
);

/** A currency written before the number. */
export const CURRENCY_PREFIX_SOURCE = PREFIX_ALT;
/** A currency written after the number (match case-insensitively). */
export const CURRENCY_WORD_SOURCE = SUFFIX_ALT;

/**
 * An amount of money: a prefix and a number ("$92 million", "US$ 1.2m", "€20m", "Rs 50 crore")
 * or a number and a currency word ("134.8 billion won", "5 million Australian dollars").
 * No capturing groups; use with the `u` flag.
 */
export const MONEY_SOURCE = String.raw`(?:(?<![\p{L}\d$])(?:${PREFIX_ALT})\s?(?:${NUMBER_SOURCE})|(?<![\p{L}\d.,])(?:${NUMBER_SOURCE})[\s-](?:${SUFFIX_ALT})(?![\p{L}\d]))`;

/** Hedges inside a conversion: "(approximately $92 million)", ", or about €80m". */
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
 * " (approximately $92 million)", " ($1.02 million)", ", or about $1.3 million".
 * No capturing groups.
 */
export const CONVERSION_SOURCE = String.raw`(?:\s?\(\s?(?:(?:${HEDGE_ALT})\s?)?(?:${MONEY_SOURCE})[^()\n]{0,40}\)|,?\s(?:or\s)?(?:approximately|about|around|roughly|some|equivalent\sto)\s(?:${MONEY_SOURCE}))`;

export interface Money {
  amount: number;
  currency: string;
}

const PREFIX_RE = new RegExp(String.raw`^(${PREFIX_ALT})\s?`, "i");
const SUFFIX_RE = new RegExp(String.raw`[\s-](${SUFFIX_ALT})$`, "i");
const FIND_MONEY_RE = new RegExp(MONEY_SOURCE, "iu");

/** "$92 million" → {92000000, USD}; "134.8 billion won" → {134800000000, KRW}; else null. */
export function parseMoney(text: string): Money | null {
  const t = text.trim();
  const pre = PREFIX_RE.exec(t);
  if (pre) {
    const currency = CURRENCY_PREFIXES[pre[1]!] ?? PREFIX_LOWER.get(pre[1]!.toLowerCase());
    const amount = parseNumber(t.slice(pre[0].length));
    if (currency && amount !== null && amount > 0) return { amount, currency };
  }
  const suf = SUFFIX_RE.exec(t);
  if (suf) {
    const word = suf[1]!.toLowerCase().replace(/\s+/g, " ");
    const currency = CURRENCY_WORDS[word];
    const amount = parseNumber(t.slice(0, suf.index));
    if (currency && amount !== null && amount > 0) return { amount, currency };
  }
  return null;
}

/** The first amount of money in a text, with its offset. */
export function findMoney(text: string): (Money & { index: number; text: string }) | null {
  const m = FIND_MONEY_RE.exec(text);
  if (!m) return null;
  const money = parseMoney(m[0]);
  return money ? { ...money, index: m.index, text: m[0] } : null;
}
