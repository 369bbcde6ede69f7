// "bank details and passwords were not affected" is read by the passive matcher; this one
// reads the denial that comes first:
// "did not include Social Security numbers", "no financial information was exposed".
import { DENIAL_CUES, DENIED_VERBS } from "../../lexicon/data.js";
import { defineMatcher } from "../../rules/index.js";
import { termAlternation, isDenied, listHits, readList } from "./_terms.js";

const PATTERN = new RegExp(
  String.raw`\b(?:(?:did|does|do|was|were|is|are|has|have|had|would|will)(?:\s+not|n['’]t)\s+(?:(?:appear|appears|seem|seems|believed|thought|to|have|be|been)\s+){0,3}(?:${termAlternation(DENIED_VERBS)})|${termAlternation(DENIAL_CUES)})\b`,
  "gi",
);

export default defineMatcher({
  id: "data.denial",
  kind: "data",
  description:
    'A denial, then the data items it denies: "did not include Social Security numbers".',
  pattern: PATTERN,
  triggers: ["no", "not", "nor", "none", "neither", "without", "except", "excluding", "other", "t"],
  extract(m, { sentence }) {
    const text = sentence.text;
    const items = readList(text, m.index + m[0].length, { lead: 2, gap: 3 });
    if (!items.length || !isDenied(text, items[0]!.start, items[items.length - 1]!.end))
      return null;
    const hits = listHits(text, items);
    return hits.length ? hits : null;
  },
  examples: {
    valid: [
      {
        text: "The leaked files did not contain any Social Security numbers or bank account details.",
        match: "Social Security numbers",
        value: { category: "national_id", exposed: false },
      },
      {
        text: "The leaked files did not contain any Social Security numbers or bank account details.",
        match: "bank account details",
        value: { category: "payment", exposed: false },
      },
      {
        text: "The company said no financial information was exposed in the attack.",
        match: "financial information",
        value: { category: "payment", exposed: false },
      },
      {
        text: "Names and email addresses were taken, but not passwords.",
        match: "passwords",
        value: { category: "password", exposed: false },
      },
      {
        text: "The retailer stressed that the intrusion didn't involve any credit card numbers.",
        match: "credit card numbers",
        value: { category: "card_number", exposed: false },
      },
      {
        text: "Neither passwords nor payment card data were stored on the affected server.",
        match: "payment card data",
        value: { category: "card_number", exposed: false },
      },
      {
        text: "The database held no full SSNs, according to the notice.",
        match: "full SSNs",
        value: { category: "national_id", exposed: false },
      },
      {
        text: "The lender said no PINs or security questions were exposed.",
        match: "PINs",
        value: { category: "password", exposed: false },
      },
    ],
    invalid: [
      "The admin panel had no password, and it listed names and phone numbers.",
      "There is no evidence that names or addresses have been misused.",
      "The laptop was not encrypted and contained names and Social Security numbers.",
      "Customers did not receive phishing emails, the bank said.",
      "The company did not say how many passwords were taken.",
      "It was not only names that leaked.",
    ],
  },
});
