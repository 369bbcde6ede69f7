// "a $5.5 million settlement", "a £200,000 penalty", "$300 million in fines",
// "agreed to pay $3.4 million to settle", "slapped with a $2 million dollar fine".
import { moneyStartsAt } from "../../lexicon/currency.js";
import { LETTER } from "../../lexicon/numbers.js";
import { defineMatcher } from "../../rules/index.js";
import {
  AMOUNT_SOURCE,
  asideIsConversion,
  cueSource,
  CUES_AFTER,
  notPenalty,
  penaltyValue,
  statusOf,
} from "./_money.js";

const CUE = cueSource(CUES_AFTER);
/** Up to three plain words between amount and cue: "in civil", "dollar", "monetary". */
const GAP_WORD = String.raw`(?:${LETTER}|['’.-])+`;

const PATTERN = new RegExp(
  String.raw`(${AMOUNT_SOURCE})(?:\s+${GAP_WORD}){0,3}?\s+(?:${CUE})\b`,
  "g",
);
const AMOUNT = 1;
const BEFORE = 60;
const AFTER = 60;

export default defineMatcher({
  id: "penalty.amount-cue",
  kind: "penalty",
  description:
    "An amount of money followed within three words by fine, penalty, settlement or 'to settle'.",
  pattern: PATTERN,
  triggers: [":digit", ":number-word", "half", "quarter"],
  extract(m, { sentence }) {
    const amount = m[AMOUNT]!;
    const start = m.index;
    const end = start + amount.length;
    const text = sentence.text;
    if (!moneyStartsAt(text, start) || !asideIsConversion(amount)) return null;
    const before = text.slice(Math.max(0, start - BEFORE), start);
    const after = text.slice(end, m.index + m[0].length + AFTER);
    if (notPenalty(m[0]) || notPenalty(before.slice(-25))) return null;
    const value = penaltyValue(amount, statusOf(before, after));
    return value ? [{ value, start, end }] : null;
  },
  examples: {
    valid: [
      {
        text: "Harbor Valley Clinics has accepted a $5.5 million settlement with federal regulators.",
        match: "$5.5 million",
        value: { amount: 5_500_000, currency: "USD", bound: "exact", status: "imposed" },
      },
      {
        text: "The watchdog today issued the inquiry a £200,000 penalty after a bulk email.",
        match: "£200,000",
        value: { amount: 200_000, currency: "GBP", status: "imposed" },
      },
      {
        text: "The retailer agreed to pay $18.5 million to settle claims from 47 states.",
        match: "$18.5 million",
        value: { amount: 18_500_000, currency: "USD", status: "imposed" },
      },
      {
        text: "The lender drew a 3.2 billion won ($2.4 million) penalty from the watchdog.",
        match: "3.2 billion won ($2.4 million)",
        value: {
          amount: 3_200_000_000,
          currency: "KRW",
          converted: { amount: 2_400_000, currency: "USD" },
        },
      },
      {
        text: "last year the lender was slapped with a $1 million dollar fine",
        match: "$1 million",
        value: { amount: 1_000_000, currency: "USD" },
      },
      {
        text: "Regulators have issued more than $300 million in fines since 2019.",
        match: "$300 million",
        value: { amount: 300_000_000, currency: "USD", bound: "exact", status: "cumulative" },
      },
      {
        text: "It could face a 50 million euro fine under the GDPR.",
        match: "50 million euro",
        value: { amount: 50_000_000, currency: "EUR", status: "potential" },
      },
      {
        // A hedge more than a clause back is not this fine's hedge.
        text: "The regulator said it could not comment on the matter, but the lender has since quietly paid a $3 million fine.",
        match: "$3 million",
        value: { amount: 3_000_000, currency: "USD", status: "imposed" },
      },
      {
        text: "The bank has paid $40 million in fines in the past five years.",
        match: "$40 million",
        value: { amount: 40_000_000, currency: "USD", status: "cumulative" },
      },
      {
        // "totalled" far after the fine says nothing about it.
        text: "The lender paid a $2 million fine in March, a spokesman said on Tuesday, adding that its legal bills were still being totalled.",
        match: "$2 million",
        value: { amount: 2_000_000, currency: "USD", status: "imposed" },
      },
      {
        // A ransom mentioned a clause before is another payment.
        text: "After refusing the ransom demand, the clinic paid $1 million in fines.",
        match: "$1 million",
        value: { amount: 1_000_000, currency: "USD", status: "imposed" },
      },
    ],
    invalid: [
      "The bank put €5 million (a tenth of its profit) toward fines and penalties.",
      "the county's newly built $100-million Northwind training campus",
      "paid a $5 million ransom to the attackers",
      "reported $4 billion in revenue and a fine quarter",
      "two directors sold about $2 million of the firm's shares",
      "The firm quietly paid $4 million in bitcoin to settle with the gang.",
      "It paid a ransom of $5 million to settle the matter with the gang.",
    ],
  },
});
