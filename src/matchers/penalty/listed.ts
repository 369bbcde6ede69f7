// "fined the three firms €2 million, €1.5 million and €900,000", "$80 million to the states and
// $20 million to the agency in civil penalties": the later amounts of a list whose head is a
// penalty. The head is cue-amount's or amount-cue's; this matcher finds the amounts after it.
import { MONEY_SOURCE, moneyStartsAt } from "../../lexicon/currency.js";
import { defineMatcher } from "../../rules/index.js";
import { conversionEnd, notPenalty, penaltyValue, statusOf } from "./_money.js";

/** An amount after a comma or "and"; a conversion may stand in square brackets ("[$27 million]"). */
const PATTERN = new RegExp(
  String.raw`(?:,|\band)\s+(?:then\s+|another\s+|a\s+further\s+)?(${MONEY_SOURCE})`,
  "g",
);
/** After the money and its conversion, an aside in square brackets ("[$27 million]"). */
const SQUARE_ASIDE = /\s?\[[^[\]\n]{1,40}\]/y;
const AMOUNT = 1;
const MONEY = new RegExp(MONEY_SOURCE, "g");
/** How far back the list's head and its cue may be. */
const REACH = 160;
/** At most this many words between the previous amount and the "and" or comma before this one. */
const GAP_WORDS = 8;
/** A penalty word before the list or just after the amount. */
const CUE =
  /\b(?:fine[ds]?|fining|penalt(?:y|ies)|penali[sz]ed|settle(?:d|ment|ments)?|sanction(?:s|ed)?|restitution|(?:agreed|ordered|required)\s+to\s+pay)\b/i;
/** Money after the head that is no penalty: costs, fees, a payout per person, pay. */
const NOT_PENALTY_AFTER =
  /^\s{1,3}(?:in\s+)?(?:legal\s+|court\s+)?(?:costs?|fees|per\s+(?:person|customer|victim|claimant|user)|each|a\s+(?:year|month)|salar(?:y|ies)|bonus(?:es)?|wages?)\b/i;

export default defineMatcher({
  id: "penalty.listed",
  kind: "penalty",
  description: "A later amount in a list whose first amount is a fine, penalty or settlement.",
  triggers: [":currency"],
  pattern: PATTERN,
  extract(m, { sentence }) {
    const text = sentence.text;
    const start = m.index + m[0].length - m[AMOUNT]!.length;
    // The money, its conversion, then an aside in square brackets (see _money.ts).
    let end = conversionEnd(text, m.index + m[0].length);
    SQUARE_ASIDE.lastIndex = end;
    if (SQUARE_ASIDE.test(text)) end = SQUARE_ASIDE.lastIndex;
    SQUARE_ASIDE.lastIndex = 0;
    const amount = text.slice(start, end);
    if (!moneyStartsAt(text, start)) return null;
    const from = Math.max(0, m.index - REACH);
    const before = text.slice(from, m.index);
    // The previous amount of the list, close before the comma or "and".
    let head = -1;
    MONEY.lastIndex = 0;
    for (let h = MONEY.exec(before); h; h = MONEY.exec(before)) {
      if (moneyStartsAt(before, h.index)) head = h.index + h[0].length;
    }
    if (head < 0) return null;
    const gap = before.slice(head).replace(/[([][^()[\]]{0,60}[)\]]/g, " ");
    if (/[.;:!?]/.test(gap) || gap.trim().split(/\s+/).filter(Boolean).length > GAP_WORDS)
      return null;
    const after = text.slice(end, end + 60);
    if (!CUE.test(before) && !CUE.test(after.slice(0, 40))) return null;
    if (notPenalty(before.slice(-40)) || notPenalty(after.slice(0, 20))) return null;
    if (NOT_PENALTY_AFTER.test(after)) return null;
    const value = penaltyValue(amount, statusOf(before, after));
    return value ? [{ value, start, end }] : null;
  },
  examples: {
    valid: [
      {
        text: "The authority fined the three banks €2 million, €1.5 million and €900,000 respectively.",
        match: "€900,000",
        value: { amount: 900_000, currency: "EUR", status: "imposed" },
      },
      {
        text: "The authority fined the three banks €2 million, €1.5 million and €900,000 respectively.",
        match: "€1.5 million",
        value: { amount: 1_500_000, currency: "EUR" },
      },
      {
        text: "The retailer agreed to pay $80 million to the states and $20 million to the agency in civil penalties.",
        match: "$20 million",
        value: { amount: 20_000_000, currency: "USD", status: "imposed" },
      },
      {
        text: "Fines imposed in the three countries reached €40 million [$44 million], €12 million [$13 million] and €9 million.",
        match: "€12 million [$13 million]",
        value: {
          amount: 12_000_000,
          currency: "EUR",
          converted: { amount: 13_000_000, currency: "USD" },
        },
      },
      {
        // Up to eight words between one amount and the next.
        text: "The company agreed to pay $3 million to the consumer protection division of the state and $1 million to its attorney general.",
        match: "$1 million",
        value: { amount: 1_000_000, currency: "USD", status: "imposed" },
      },
      {
        // A remark in brackets after an amount does not count against the gap.
        text: "The agency fined the banks €2 million (the largest sum it has ever imposed on a lender), €1.5 million and €900,000.",
        match: "€1.5 million",
        value: { amount: 1_500_000, currency: "EUR", status: "imposed" },
      },
      {
        text: "After the ransom attack last spring, the regulator fined the clinic and its lab $1 million and $400,000 respectively.",
        match: "$400,000",
        value: { amount: 400_000, currency: "USD", status: "imposed" },
      },
      {
        text: "The regulator fined the banks $2 million and $1 million for failing to flag payments in bitcoin.",
        match: "$1 million",
        value: { amount: 1_000_000, currency: "USD", status: "imposed" },
      },
    ],
    invalid: [
      "The court fined the firm $2 million and $300,000 in legal costs.",
      "The company reported revenue of $2 billion and $400 million in profit.",
      "The gang demanded a ransom of $5 million and $1 million more for the keys.",
      "The company was fined $2 million. It also spent $3 million and $1 million on upgrades.",
      "Regulators fined the bank, and $2 million was later spent on new servers.",
      "The firm was fined $2 million; its rival, $3 million richer after the deal, expanded.",
      "The firm was fined $2 million after an audit found its passwords unprotected for years, and $5 million went to new security.",
      "The firm spent $2 million, $1 million and $500,000 on systems in the years before it was finally fined.",
      "The firm paid a ransom of $2 million and $300,000 more, and was later fined.",
    ],
  },
});
