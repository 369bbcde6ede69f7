// "a skimmer that records data from cards swiped at the till", "stole information off
// customers' bank cards": what a skimmer reads from payment cards is card data.
import { CARD_READ_QUALIFIERS } from "../../lexicon/data.js";
import { defineMatcher } from "../../rules/index.js";
import { deniedPhrase, saysExposed } from "./_context.js";
import { termAlternation } from "./_terms.js";

const PATTERN = new RegExp(
  String.raw`\b(?:data|information|info|details|numbers)\s{1,3}(?:from|off|of)\s{1,3}(?:(?:${termAlternation(CARD_READ_QUALIFIERS)})\s{1,3}){0,3}cards(?![\p{L}\p{N}])`,
  "giu",
);

/** Cards that are no means of payment: "ID cards", "gift cards", "report cards". */
const NOT_PAYMENT_CARD =
  /\b(?:id|identity|identification|gift|loyalty|business|membership|report|health|insurance|sim|memory|greeting|key|access|library|student|voter)\s{1,3}cards$/i;

export default defineMatcher({
  id: "data.card-read",
  kind: "data",
  description:
    'Data read from payment cards ("collects data from swiped cards") where the sentence says it was taken.',
  pattern: PATTERN,
  triggers: ["data", "information", "info", "details", "numbers"],
  extract(m, { sentence }) {
    const text = sentence.text;
    if (NOT_PAYMENT_CARD.test(m[0]) || !saysExposed(text)) return null;
    const end = m.index + m[0].length;
    return { category: "card_number", exposed: !deniedPhrase(text, m.index, end) };
  },
  examples: {
    valid: [
      {
        text: "Staff found a skimming device that collects data from swiped cards at the pump.",
        match: "data from swiped cards",
        value: { category: "card_number", exposed: true },
      },
      {
        text: "The pair stole information off customers' bank cards at three cash machines.",
        match: "information off customers' bank cards",
        value: { category: "card_number", exposed: true },
      },
    ],
    invalid: [
      "The council stole a march on rivals by printing data from ID cards.",
      "The clinic sent information from insurance cards to the billing office.",
      "The shop prints data from loyalty cards on receipts.",
      "Tellers read numbers from cards to callers every day.",
    ],
  },
});
