// "The data included email addresses, passwords and …", "personal info like names,
// addresses and purchase records", "over 15M email addresses alongside names".
import { INCLUSION_CUES, NEAR_INCLUSION_CUES } from "../../lexicon/data.js";
import { defineMatcher } from "../../rules/index.js";
import { deniedPastTail, readItems } from "./_senses.js";
import { termAlternation, listHits, type Item } from "./_terms.js";
import { prefixesOf } from "../../rules/index.js";

const PATTERN = new RegExp(
  String.raw`\b(?:(${termAlternation(NEAR_INCLUSION_CUES)})|${termAlternation(INCLUSION_CUES)})\b`,
  "gi",
);
const NEAR = 1;

/** Up to the next semicolon of an enumeration: "Full name and gender; CURP number (…); …". */
const TO_SEMICOLON = /^[^;]{0,200};\s{0,3}/;

/**
 * The items of a colon-led enumeration whose fields a semicolon separates ("fields such as:
 * Full name and gender; Insurance policy number; Date of birth"): a field counts when it
 * starts with an item; two fields in a row that do not end the enumeration.
 */
function semicolonFields(text: string, items: Item[]): Item[] {
  const all = [...items];
  let pos = all[all.length - 1]!.end;
  let misses = 0;
  for (let n = 0; n < 20 && misses < 2; n++) {
    const gap = TO_SEMICOLON.exec(text.slice(pos));
    if (!gap) break;
    const next = pos + gap[0].length;
    const field = readItems(text, next, { lead: 0, gap: 6, weakAtCue: true });
    if (field.length && field[0]!.start === next) {
      all.push(...field);
      pos = field[field.length - 1]!.end;
      misses = 0;
    } else {
      // A field that is no data item ("CURP number (…)"): two in a row end the enumeration.
      pos = next;
      misses += 1;
    }
  }
  return all;
}

export default defineMatcher({
  id: "data.inclusion",
  kind: "data",
  description:
    "A word that opens what the data held (included, containing, such as), then the items.",
  pattern: PATTERN,
  triggers: prefixesOf([...NEAR_INCLUSION_CUES, ...INCLUSION_CUES]),
  extract(m, { sentence }) {
    const text = sentence.text;
    let items = readItems(text, m.index + m[0].length, {
      lead: m[NEAR] ? 1 : 5,
      gap: 6,
      weakAtCue: true,
    });
    if (items.length && text.slice(m.index, items[0]!.start).includes(":"))
      items = semicolonFields(text, items);
    const hits = listHits(text, items);
    if (deniedPastTail(text, items)) for (const h of hits) h.value = { ...h.value, exposed: false };
    return hits.length ? hits : null;
  },
  examples: {
    valid: [
      {
        text: "The data included email addresses, passwords and dates of birth.",
        match: "dates of birth",
        value: { category: "date_of_birth", exposed: true },
      },
      {
        text: "The affected data included 2.2M email addresses plus names, phone numbers and, for a few of the records, physical addresses.",
        match: "physical addresses",
        value: { category: "address", exposed: true },
      },
      {
        text: "According to the filing, the leaked files contain client names, mailing addresses and contact details.",
        match: "client names",
        value: { category: "name", exposed: true },
      },
      {
        text: "According to the filing, the leaked files contain client names, mailing addresses and contact details.",
        match: "contact details",
        value: { category: "other", exposed: true },
      },
      {
        text: "The stolen laptop contained patient names, dates of birth, diagnoses and medications.",
        match: "diagnoses",
        value: { category: "health", exposed: true },
      },
      {
        text: "The leaked rows included usernames, email addresses and SHA-1 hashes of passwords.",
        match: "hashes of passwords",
        value: { category: "password", exposed: true },
      },
      {
        text: "The dump contained email and IP addresses, display names and unsalted SHA-1 hashes of passwords.",
        match: "email",
        value: { category: "email", exposed: true },
      },
      {
        text: "Exposed data may have included names, Social Security numbers and passport numbers.",
        match: "Social Security numbers",
        value: { category: "national_id", exposed: true },
      },
      {
        text: "The clinic said 3,118 patients had PHI on a laptop that was stolen.",
        match: "PHI",
        value: { category: "health", exposed: true },
      },
      {
        text: "The spreadsheets he emailed to himself contained names, account numbers and balances of the bank's mortgage clients.",
        match: "account numbers",
        value: { category: "payment", exposed: true },
      },
      {
        text: "The misconfigured database, which required no password, contained email addresses and phone numbers.",
        match: "email addresses",
        value: { category: "email", exposed: true },
      },
      {
        text: "The stolen files included patients' names, diagnoses and payment information.",
        match: "payment information",
        value: { category: "other", exposed: true },
      },
      {
        text: "The stolen files included the names and payment information of online shoppers.",
        match: "payment information",
        value: { category: "payment", exposed: true },
      },
      {
        text: "The information accessed includes names, dates of birth and BC Care Card numbers.",
        match: "Care Card numbers",
        value: { category: "health", exposed: true },
      },
      {
        text: "Details of purchases including credit card and loyalty numbers were not compromised.",
        match: "credit card",
        value: { category: "card_number", exposed: false },
      },
      {
        text: "Data included fields like: Full name and sex; RFC code (a tax identifier); Insurance policy number with its renewal date; Date of birth.",
        match: "Insurance policy number",
        value: { category: "health", exposed: true },
      },
    ],
    invalid: [
      "HIBP found 917k unique email address patterns, including message IDs and other non-user addresses.",
      "The scheme involved loans taken out in the names of dead patients.",
      "Billing files at the clinic contained patient account numbers.",
      "The account numbers listed are for donations to the foundation.",
      "The company, which has offices in Seattle and Denver, includes a support line.",
      "Measures included resetting passwords for all staff.",
      "The attack involved phishing emails sent to employees.",
      "Sensitive data such as personal information may have been exposed.",
      "Contact us with questions at the email address below.",
    ],
  },
});
