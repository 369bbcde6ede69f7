// "a fine of 6.8 billion won (about $5.1 million)", "was fined £20m",
// "penalties of 5.2 billion won ($4 million)", "agreed to pay a settlement of $650,000".
import { defineMatcher } from "../../rules/index.js";
import { MONEY_SOURCE } from "../../lexicon/currency.js";
import {
  conversionEnd,
  cueSource,
  CUES_BEFORE,
  notPenalty,
  orderedToPay,
  penaltyValue,
  statusOf,
} from "./_money.js";

const CUE = cueSource(CUES_BEFORE);
/** Words between the cue and the amount: no digits or currency signs, but a year may stand. */
const GAP_WORD = String.raw`(?:[^\s\d$€£¥₩₹]+|(?:19|20)\d\d(?![\d,.]))`;

const PATTERN = new RegExp(
  String.raw`\b(?:${CUE})\b(?:\s+${GAP_WORD}){0,10}?\s+(${MONEY_SOURCE})`,
  "g",
);
const AMOUNT = 1;
const BEFORE = 50;
const AFTER = 60;

/**
 * A noun cue ("fine", "penalty") reaches its amount within a few words ("a record fine of");
 * only a verb ("fined the clinic", "agreed to pay the state attorney general …") reaches further.
 * "fine" the adjective ("the fine print", "a fine job") is no cue at all.
 */
const NOUN_CUE = /^(?:fines?|penalt(?:y|ies)|settlements?|sanctions?)$/i;
const NOUN_GAP = 6;
const NOT_A_FINE =
  /^fine\s+(?:print|job|line|art|arts|dining|tuning|grained|details?|balance|example)\b/i;

export default defineMatcher({
  id: "penalty.cue-amount",
  kind: "penalty",
  description:
    "A fine, penalty or settlement word, a few words, then an amount of money (with its conversion).",
  pattern: PATTERN,
  triggers: [":digit", ":number-word", "half", "quarter"],
  extract(m, { sentence }) {
    const text = sentence.text;
    const start = m.index + m[0].length - m[AMOUNT]!.length;
    // The money, and the same amount in another currency after it (see _money.ts).
    const end = conversionEnd(text, m.index + m[0].length);
    const amount = text.slice(start, end);
    const before = text.slice(Math.max(0, m.index - BEFORE), start);
    const after = text.slice(end, end + AFTER);
    if (notPenalty(text.slice(m.index, end)) || notPenalty(after.slice(0, 20))) return null;
    if (/^to\s/i.test(m[0]) && !orderedToPay(text, m.index)) return null;
    if (NOT_A_FINE.test(m[0])) return null;
    const cue = /^\S+/.exec(m[0])![0];
    const gap = m[0].slice(cue.length, m[0].length - amount.length).trim();
    if (NOUN_CUE.test(cue) && gap && gap.split(/\s+/).length > NOUN_GAP) return null;
    const value = penaltyValue(amount, statusOf(before, after));
    return value ? [{ value, start, end }] : null;
  },
  examples: {
    valid: [
      {
        text: "The commission imposed a fine of 6.8 billion won (about $5.1 million) on the retailer.",
        match: "6.8 billion won (about $5.1 million)",
        value: {
          amount: 6_800_000_000,
          currency: "KRW",
          bound: "exact",
          converted: { amount: 5_100_000, currency: "USD" },
          status: "imposed",
        },
      },
      {
        text: "The insurer has paid penalties of 4.1 billion won ($3 million) over the past three years.",
        match: "4.1 billion won ($3 million)",
        value: {
          amount: 4_100_000_000,
          currency: "KRW",
          converted: { amount: 3_000_000, currency: "USD" },
          status: "cumulative",
        },
      },
      {
        text: "The carrier now faces fines exceeding the 2019 record of $170 million.",
        match: "$170 million",
        value: { amount: 170_000_000, currency: "USD", bound: "exact", status: "potential" },
      },
      {
        text: "The telecom operator was ordered to pay Rs. 5 lakh as penalty to the complainant.",
        match: "Rs. 5 lakh",
        value: { amount: 500_000, currency: "INR", status: "imposed" },
      },
      {
        text: "The airline was fined £20m by the regulator.",
        match: "£20m",
        value: { amount: 20_000_000, currency: "GBP", converted: null, status: "imposed" },
      },
      {
        text: "the ICO announced a proposed fine of £99 million for the hotel chain",
        match: "£99 million",
        value: { amount: 99_000_000, currency: "GBP", status: "proposed" },
      },
      {
        text: "the state health department fined the nursing home $250,000, the most it could",
        match: "$250,000",
        value: { amount: 250_000, currency: "USD", status: "imposed" },
      },
      {
        text: "Globex Care could be fined up to $1.8 million by the federal health regulator.",
        match: "$1.8 million",
        value: { amount: 1_800_000, currency: "USD", bound: "exact", status: "potential" },
      },
      {
        text: "The operator was penalised €1.2 million (about £1 million) by the authority.",
        match: "€1.2 million (about £1 million)",
        value: {
          amount: 1_200_000,
          currency: "EUR",
          converted: { amount: 1_000_000, currency: "GBP" },
        },
      },
      {
        text: "The bank agreed to pay a settlement of Rs 50 crore to the regulator.",
        match: "Rs 50 crore",
        value: { amount: 500_000_000, currency: "INR", status: "imposed" },
      },
      {
        text: "The regulator ordered the platform to pay €1.2 billion for unlawful transfers.",
        match: "€1.2 billion",
        value: { amount: 1_200_000_000, currency: "EUR", status: "imposed" },
      },
      {
        text: "The carrier was fined 10 billion won ($7.5 million) on Tuesday.",
        match: "10 billion won ($7.5 million)",
        value: {
          amount: 10_000_000_000,
          currency: "KRW",
          converted: { amount: 7_500_000, currency: "USD" },
        },
      },
      {
        text: "The watchdog imposed a fine of up to 50 million won on the operator.",
        match: "50 million won",
        value: { amount: 50_000_000, currency: "KRW", bound: "exact", status: "imposed" },
        refined: { bound: "at_most" },
      },
      {
        text: "The new act allows fines of up to €20 million for a serious breach.",
        match: "€20 million",
        value: { amount: 20_000_000, currency: "EUR", bound: "exact", status: "potential" },
        refined: { bound: "at_most" },
      },
      {
        text: "The firm intends to fine the airline £183.39m for the breach.",
        match: "£183.39m",
        value: { amount: 183_390_000, currency: "GBP", status: "proposed" },
      },
      {
        // "Revenue" in another clause does not make the fine a sum of revenue.
        text: "Revenue fell after the regulator fined the bank $3 million.",
        match: "$3 million",
        value: { amount: 3_000_000, currency: "USD", status: "imposed" },
      },
      {
        text: "The regulator fined the exchange $3 million for lax controls over customer bitcoin wallets.",
        match: "$3 million",
        value: { amount: 3_000_000, currency: "USD", status: "imposed" },
      },
      {
        // A verb cue reaches its amount across a long object.
        text: "The regulator fined the company that runs the city's largest hospital network $4 million.",
        match: "$4 million",
        value: { amount: 4_000_000, currency: "USD", status: "imposed" },
      },
    ],
    invalid: [
      "faces a penalty of up to 4% of global annual turnover",
      "the hackers demanded a ransom of $5 million",
      "a harsher penalty is likely, since far more people were hit this time",
      "the clinic was told to pay a settlement of 3.1 million.",
      "Customers will have to pay $5 more per month.",
      "The fine print says customers get a $5 credit.",
      "The penalty box was full, and the team later signed a striker for the club for $5 million.",
      "Mostly we do a pretty fine job of blocking intrusions; sales reached $4 billion.",
      "The hospital agreed to pay a ransom of $4 million to unlock its files.",
      "The insurer agreed to pay $1.5 million in bitcoin to the attackers.",
      "Subscribers will have to pay $5 more a month, as the regulator ordered.",
      "The penalty shootout went badly, so the club spent $5 million on a striker.",
    ],
  },
});
