// What the penalty matchers share: an amount with its optional conversion, and the status
// that the words around it give (imposed, potential, cumulative, proposed).
//
// Ransom is not a penalty: a demand or payment to criminals is no fine, settlement or
// sanction, so money near "ransom" or "extort" is never a penalty claim.
import type { ValueOf } from "../../contract/index.js";
import {
  CONVERSION_SAID_SOURCE,
  CONVERSION_SOURCE,
  MONEY_SOURCE,
  findMoney,
} from "../../lexicon/currency.js";

// V8 optimises no regular expression longer than 20,480 characters: it runs a longer one
// several times slower (test/regex-size.test.ts holds every pattern under it). An amount with
// its conversion, the money lexicon three times over, is longer. So a pattern whose amount ends
// it holds the money alone and takes the conversion after it (`conversionEnd`); one where words
// must follow the conversion holds AMOUNT_SOURCE, whose bracketed conversion is any short aside
// in brackets, and checks it (`asideIsConversion`).

/** Longest bracketed aside read as a conversion (money, hedge and 40 characters more). */
const ASIDE = 200;

/**
 * An amount of money, then optionally the same amount in another currency: in brackets (any
 * aside there: check it with asideIsConversion) or said after a comma.
 */
export const AMOUNT_SOURCE = String.raw`(?:${MONEY_SOURCE})(?:\s?\([^()\n]{1,${ASIDE}}\)|\s?\[[^[\]\n]{1,${ASIDE}}\]|${CONVERSION_SAID_SOURCE})?`;

const CONVERSION = new RegExp(CONVERSION_SOURCE, "y");

/** Where the conversion after money ending at `end` of `text` ends ("… (about $5.1 million)"), else `end`. */
export function conversionEnd(text: string, end: number): number {
  CONVERSION.lastIndex = end;
  const found = CONVERSION.test(text) ? CONVERSION.lastIndex : end;
  CONVERSION.lastIndex = 0;
  return found;
}

/**
 * Whether an amount AMOUNT_SOURCE matched is money with no aside in brackets after it, or with
 * one that is the amount in another currency ("€5 million ($5.4 million)", not "€5 million
 * (a record)").
 */
export function asideIsConversion(amount: string): boolean {
  const close = amount.at(-1);
  if (close !== ")" && close !== "]") return true;
  // The aside has no bracket of its kind inside; a space before it is optional in both.
  const open = amount.lastIndexOf(close === ")" ? "(" : "[");
  return open > 0 && conversionEnd(amount, open) === amount.length;
}

/** "fine" → "[Ff]ine", "agreed to pay" → "[Aa]greed\s+to\s+pay": the patterns run without `i`. */
export const cueSource = (cues: readonly string[]) =>
  [...cues]
    .sort((a, b) => b.length - a.length)
    .map((c) => `[${c[0]!.toUpperCase()}${c[0]}]${c.slice(1).replaceAll(" ", String.raw`\s+`)}`)
    .join("|");

/** Cue words before the amount, as data. */
export const CUES_BEFORE = [
  "fine",
  "fines",
  "fined",
  "fining",
  "penalty",
  "penalties",
  "penalised",
  "penalized",
  "settlement",
  "settlements",
  "settled",
  "settle",
  "sanction",
  "sanctions",
  "sanctioned",
  "agreed to pay",
  "ordered to pay",
  "required to pay",
  "forced to pay",
  "to pay",
] as const;

/** "to pay" is a penalty cue only after an order or an agreement: "ordered Meta to pay". */
const ORDERED =
  /\b(?:order(?:ed|s)?|agree(?:d|s)?|requir(?:ed|es)|forc(?:ed|es)|sentenced|directed|told)\b/i;

/** Whether a bare "to pay" cue at `index` of `text` follows an order or an agreement. */
export function orderedToPay(text: string, index: number): boolean {
  return ORDERED.test(text.slice(Math.max(0, index - 40), index));
}

/** Cue words after the amount ("a $5 million fine", "$1.2 million to settle"). */
export const CUES_AFTER = [
  "fine",
  "fines",
  "penalty",
  "penalties",
  "settlement",
  "settlements",
  "to settle",
  "to resolve",
  "restitution",
  "sanction",
  "sanctions",
] as const;

const PROPOSED =
  /\b(?:propos(?:ed|es|al)|intends?\s+to\s+(?:fine|impose)|intention\s+to\s+(?:fine|impose)|notice\s+of\s+intent|provisional(?:ly)?|plans?\s+to\s+(?:fine|impose)|seek(?:s|ing)?|sought|recommend(?:ed|s)?)\b/i;
const POTENTIAL =
  /\b(?:could|may|might|would|can\s+be|faces?|facing|potential(?:ly)?|possible|risk(?:s|ing)?|maximum|exceed(?:ing|s)?|expected|likely)\b/i;
/** "up to" is a statutory maximum ("fines of up to €20 million") unless an act sets the amount. */
const UP_TO = /\bup\s+to\b/i;
/** An act that sets the amount: "imposed a fine of up to", "will pay up to", "agreed to pay up to". */
const SETTING_ACT =
  /\b(?:impos(?:ed|es|ing)|levied|issued|handed|fined|agree(?:d|s|ment)|will\s+pay|ordered|settle[ds]?)\b/i;
const CUMULATIVE =
  /\b(?:total(?:l?ing|l?ed)?|in\s+total|combined|cumulative(?:ly)?|altogether|in\s+the\s+past\s+\w+\s+years|over\s+the\s+(?:past|last)\s+\w+\s+years|since\s+(?:19|20)\d\d)\b/i;
const RANSOM =
  /\b(?:ransom|extort|bitcoin|revenue|sales|turnover|invest(?:ed|ment|ing)?|valued?|worth\s+of|stock|shares|market\s+cap)/i;

/** The status of a penalty from the words before it (and, for "in the past five years", after). */
export function statusOf(before: string, after: string): ValueOf<"penalty">["status"] {
  if (PROPOSED.test(before)) return "proposed";
  if (POTENTIAL.test(before)) return "potential";
  if (UP_TO.test(before) && !SETTING_ACT.test(before)) return "potential";
  if (CUMULATIVE.test(before) || CUMULATIVE.test(after)) return "cumulative";
  return "imposed";
}

/** Whether the words near an amount say it is not a penalty at all (a ransom, revenue). */
export function notPenalty(near: string): boolean {
  return RANSOM.test(near);
}

/**
 * The value of an amount as AMOUNT_SOURCE matched it: "6.8 billion won (approximately
 * $5.1 million)" → 6800000000 KRW converted to 5100000 USD. Null without a currency.
 */
export function penaltyValue(
  amountText: string,
  status: ValueOf<"penalty">["status"],
): ValueOf<"penalty"> | null {
  const first = findMoney(amountText);
  if (!first || first.index !== 0) return null;
  const rest = amountText.slice(first.text.length);
  const second = rest ? findMoney(rest) : null;
  const converted =
    second && second.currency !== first.currency
      ? { amount: second.amount, currency: second.currency }
      : null;
  return { amount: first.amount, currency: first.currency, bound: "exact", converted, status };
}
