// "a payment card loss", "the password leak", "a small health data breach": a data item that
// names the kind of loss the breach was.
import { LOSS_NOUNS, NOT_LOSS_AFTER, PREVENTION_BEFORE } from "../../lexicon/data.js";
import { defineMatcher } from "../../rules/index.js";
import { insideTerm } from "./_senses.js";
import {
  termAlternation,
  continuesList,
  listHits,
  ITEM_START,
  ITEM_TRIGGERS,
  termAt,
} from "./_terms.js";

const PATTERN = new RegExp(ITEM_START, "giu");

/**
 * The event noun right after the item, singular: "… card loss", "… data breach"; not a rule
 * or a service named after such events ("… breach notification law").
 */
const LOSS_AFTER = new RegExp(
  String.raw`^[\s-]{1,3}(?:${termAlternation(LOSS_NOUNS)})(?![\p{L}\p{N}'’-])(?![\s-]{1,3}(?:${termAlternation(NOT_LOSS_AFTER)})(?![\p{L}\p{N}]))`,
  "iu",
);

/** "to prevent credit card theft", "protection against password leaks". */
const PREVENTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${termAlternation(PREVENTION_BEFORE)})\s{1,3}(?:(?:a|an|the|any|future|further|more|possible|potential)\s{1,3}){0,2}$`,
  "iu",
);

export default defineMatcher({
  id: "data.compound",
  kind: "data",
  description: 'A data item before a noun of loss: "a payment card breach", "the password leak".',
  pattern: PATTERN,
  triggers: ITEM_TRIGGERS,
  extract(m, { sentence }) {
    const text = sentence.text;
    const t = termAt(text, m.index);
    // "email breach" is a mailbox broken into, not addresses taken.
    if (t === null || t.listOnly) return null;
    if (!LOSS_AFTER.test(text.slice(t.end, t.end + 20))) return null;
    if (continuesList(text, m.index) || insideTerm(text, m.index)) return null;
    if (PREVENTION.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
    const hits = listHits(text, [t]);
    return hits.length ? hits : null;
  },
  examples: {
    valid: [
      {
        text: "The ticket seller disclosed a breach that led to payment card loss at dozens of venues.",
        match: "payment card",
        value: { category: "card_number", exposed: true },
      },
      {
        text: "The clinic reported a small health data breach last spring.",
        match: "health data",
        value: { category: "health", exposed: true },
      },
      {
        text: "Forum members were warned about the password leak on Tuesday.",
        match: "password",
        value: { category: "password", exposed: true },
      },
      {
        text: "No credit card breach occurred, the chain said.",
        match: "credit card",
        value: { category: "card_number", exposed: false },
      },
    ],
    invalid: [
      "The new terminals help prevent credit card theft.",
      "Credit card breaches have become common at small restaurants.",
      "The agency investigated an email breach at the mayor's office.",
      "The company bought insurance against data breach losses.",
      "The clinic followed the state's health data breach notification law.",
    ],
  },
});
