// "Names and Social Security numbers were stolen", "bank details and account passwords were
// not affected", "card data and PINs were encrypted and never accessed".
import { EXPOSED_PARTICIPLES } from "../../lexicon/data.js";
import { defineMatcher } from "../../rules/index.js";
import { insideTerm, readItems } from "./_senses.js";
import {
  termAlternation,
  continuesList,
  DENIED_STATE_AFTER,
  listHits,
  ITEM_START,
  ITEM_TRIGGERS,
  termAt,
} from "./_terms.js";

const PATTERN = new RegExp(ITEM_START, "giu");

/** A form of "be" (with hedges and negation) and a participle of exposure, right after the list. */
const PASSIVE_AFTER = new RegExp(
  String.raw`^\s+(?:${termAlternation(EXPOSED_PARTICIPLES)})\b|^(?:,?\s+and\s+other(?:\s+[\w-]+){0,2}?\s+(?:information|data|details|identifiers))?(?:\s+(?:of|for|belonging\s+to|from)(?:\s+[\w,.'’-]+){1,10}?)?[\s,]{0,3}(?:(?:which|that)\s+)?(?:may|might|could|would|will|did|does|were|was|is|are|has|have|had|being|been|to\s+be|appears?|appeared|seems?|seemed)\b(?:\s+[\w'’]+){0,4}?\s+(?:${termAlternation(EXPOSED_PARTICIPLES)})\b`,
  "i",
);

/** "… password exposed), and …": a participle that closes an aside or a clause. */
const PARTICIPLE_THEN_BREAK = new RegExp(
  String.raw`^\s{1,3}(?:${termAlternation(EXPOSED_PARTICIPLES)})\s{0,2}[),;]`,
  "i",
);

/**
 * "recipients' addresses were typed into the 'to' line instead of BCC": put where
 * every recipient sees them.
 */
const MISADDRESSED_AFTER =
  /^(?:\s{1,3}(?:of|for|belonging\s{1,3}to)(?:\s{1,3}[\w,.'’-]{1,30}){1,6}?)?\s{1,3}(?:was|were|had\s{1,3}been|have\s{1,3}been)\s{1,3}(?:[a-z]{2,20}ly\s{1,3})?(?:entered|put|placed|typed|pasted|listed|inserted|included|added)\s{1,3}(?:in|into|on)\s{1,3}the\s{1,3}["“'‘]?(?:to|cc)["”'’]?\s{1,3}(?:field|line|box)\b/i;

/** "was erroneously send to the wrong number": a common misspelling of "sent to". */
const SEND_TYPO = /^\s+(?:was|were)\s+(?:[a-z]{2,20}ly\s+)?send\s+to\b/i;

/** "card data was not stored (on the server)": a denial when `isDenied` reads it as one. */
const NOT_STORED_AFTER =
  /^[\s,]{1,3}(?:(?:which|that)\s+)?(?:was|were|is|are)\s+(?:not|never)\s+(?:stored|kept|held|retained|saved|collected)\b/i;

export default defineMatcher({
  id: "data.passive",
  kind: "data",
  description:
    'Data items, then a passive verb of exposure or its denial: "… were not compromised".',
  pattern: PATTERN,
  triggers: ITEM_TRIGGERS,
  extract(m, { sentence }) {
    const text = sentence.text;
    // The list must start with an item right here (most words ITEM_START finds open none):
    // without one, nothing below can find a hit, so the costlier checks are skipped.
    if (termAt(text, m.index) === null) return null;
    if (continuesList(text, m.index)) return null;
    const read = readItems(text, m.index, { lead: 0, gap: 3, weakAtCue: true });
    if (!read.length || read[0]!.start !== m.index) return null;
    // Scare quotes do not change the verb: 'may have been "leaked"'.
    const afterItem = (i: number) =>
      text.slice(read[i]!.end, read[i]!.end + 150).replace(/["“”]/g, "");
    let last = read.length - 1;
    const after = afterItem(last);
    let notStored = NOT_STORED_AFTER.test(after);
    // "(name, email and password exposed), and millions of email addresses": the list read on
    // past its verb; it ends at the item the verb follows.
    const deniedState = DENIED_STATE_AFTER.test(after);
    if (
      !notStored &&
      !deniedState &&
      !PASSIVE_AFTER.test(after) &&
      !SEND_TYPO.test(after) &&
      !MISADDRESSED_AFTER.test(after)
    ) {
      do if (--last < 0) return null;
      while (!PARTICIPLE_THEN_BREAK.test(afterItem(last)));
      notStored = false;
    }
    // "the account credentials": read from "account", not from "credentials".
    if (insideTerm(text, m.index)) return null;
    const items = read.slice(0, last + 1);
    const hits = listHits(text, items);
    // "were not stored securely" says how, not whether: no claim either way.
    if (notStored && hits.some((h) => h.value.exposed)) return null;
    return hits.length ? hits : null;
  },
  examples: {
    valid: [
      {
        text: "Card numbers and account passwords were unaffected, the retailer said.",
        match: "passwords",
        value: { category: "password", exposed: false },
      },
      {
        text: "The bank said that customer passwords remain secure.",
        match: "customer passwords",
        value: { category: "password", exposed: false },
      },
      {
        text: "Billing information, debit card numbers and account credentials were not affected, a spokeswoman for the airline said.",
        match: "account credentials",
        value: { category: "credentials", exposed: false },
      },
      {
        text: "Billing information, debit card numbers and account credentials were not affected, a spokeswoman for the airline said.",
        match: "Billing information",
        value: { category: "payment", exposed: false },
      },
      {
        text: "The hotel group insists that payment card data and PINs were encrypted and never accessed by the intruders.",
        match: "payment card data",
        value: { category: "card_number", exposed: false },
      },
      {
        text: "Names, addresses and Social Security numbers of 3,200 employees may have been compromised.",
        match: "addresses",
        value: { category: "address", exposed: true },
      },
      {
        text: "Social Security numbers and other personal details of over 2,400 current and former staff were leaked last week.",
        match: "Social Security numbers",
        value: { category: "national_id", exposed: true },
      },
      {
        text: "A filing mistake caused the Social Security numbers of 43 volunteers to be available on the county portal.",
        match: "Social Security numbers",
        value: { category: "national_id", exposed: true },
      },
      {
        text: "Patient names and dates of birth were inadvertently emailed to a vendor.",
        match: "Patient names",
        value: { category: "name", exposed: true },
      },
      {
        text: "Plain text passwords were later posted online.",
        match: "Plain text passwords",
        value: { category: "password", exposed: true },
      },
      {
        text: "Card data was not stored on the breached server, the restaurant chain said.",
        match: "Card data",
        value: { category: "card_number", exposed: false },
      },
      {
        text: "The credit union said member account numbers were not accessed.",
        match: "member account numbers",
        value: { category: "payment", exposed: false },
      },
      {
        text: "Several members' Medicare, Medicaid, and Social Security numbers had also been detailed in the seized files.",
        match: "Social Security numbers",
        value: { category: "national_id", exposed: true },
      },
      {
        text: "Patient medical information was wrongly sent to a stranger's fax machine.",
        match: "Patient medical information",
        value: { category: "health", exposed: true },
      },
      {
        text: 'By mistake, the email addresses were entered in the "to" field instead of BCC.',
        match: "email addresses",
        value: { category: "email", exposed: true },
      },
      {
        text: 'The forum feared that up to 31 million of its user IDs had been "leaked".',
        match: "user IDs",
        value: { category: "credentials", exposed: true },
      },
      {
        text: "Links led to subscribers' records (name, email, username and plain text password exposed), and to millions of email addresses.",
        match: "plain text password",
        value: { category: "password", exposed: true },
      },
    ],
    invalid: [
      "Just 3.1 percent of all messages sent contained patient health information.",
      "Names, email addresses and passwords of subscribers, and millions of email addresses from mailing lists.",
      "Disabling the login and changing all account credentials were taken as first steps.",
      "Patient names were used to send appointment reminders.",
      "Passwords were not stored securely at the firm, auditors found.",
      "Password rules were detailed in the new policy.",
      "Email addresses for questions are listed on the website.",
      "Passwords were not encrypted and the database had no firewall.",
      "Users who reuse passwords are at greater risk.",
      "Customers who changed their passwords were not affected.",
      "The provider's email was compromised by an unknown source.",
      "Her phone was stolen from her car.",
    ],
  },
});
