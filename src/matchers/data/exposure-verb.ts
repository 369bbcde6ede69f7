// "exposed email addresses", "accessed the Social Security numbers of 2,000 employees",
// "the theft of names and dates of birth".
import { EXPOSURE_VERBS, GENERIC_ADJECTIVE_BEFORE } from "../../lexicon/data.js";
import { defineMatcher } from "../../rules/index.js";
import { readItems } from "./_senses.js";
import { termAlternation, clauseStart, listHits } from "./_terms.js";
import { prefixesOf } from "../../rules/index.js";

const PATTERN = new RegExp(String.raw`\b(?:${termAlternation(EXPOSURE_VERBS)})\b`, "gi");

/**
 * A participle used as an adjective after a word that makes the phrase a kind of thing, not
 * this breach: "indicate compromised credentials", "the trading of stolen credit cards".
 */
const GENERIC_USE = new RegExp(
  String.raw`\b(?:${termAlternation(GENERIC_ADJECTIVE_BEFORE)})\s+(?:compromised|stolen|leaked|exposed|breached|hacked)$`,
  "i",
);

/** "did not access", "never stole", "didn't obtain": the verb itself is denied. */
const NEGATED_VERB =
  /\b(?:not|never|n['’]t)\s{1,3}(?!only\b)(?:[a-z]{1,12}\s{1,3}){0,2}(?:been\s{1,3})?$/i;

/** "the employee's access credentials", "their access logs": "access" names a kind of thing. */
const ACCESS_AS_NOUN =
  /(?:['’]s?|\b(?:the|their|his|her|its|our|your|my|of|with|whose|and))\s{1,3}$/i;

/**
 * "did not involve access to", "no unauthorized access to": the noun "access" denied, and with
 * it what it reached.
 */
const DENIED_ACCESS =
  /\b(?:(?:not|never|n['’]t)\s{1,3}(?:[a-z]{1,12}\s{1,3}){0,2}(?:involve|include|gain|have|get|obtain|give|provide)[a-z]{0,3}\s{1,3}(?:any\s{1,3})?|no\s{1,3}(?:unauthori[sz]ed\s{1,3})?)$/i;

/** An aim, not an outcome: "an attack designed to steal employee credentials". */
const INTENT_BEFORE =
  /\b(?:designed|intended|meant|aimed|aiming|attempting|attempted|attempts?|trying|tried|tries|try|seeking|sought|plotting|plotted)\s{1,3}to\s{1,3}[a-z]{1,20}$/i;

/** A policy, not an event: "prohibit employees from accessing patient records". */
const POLICY_GERUND =
  /\b(?:from|on|about|against|without)\s{1,3}(?:[a-z]{1,20}ing\s{1,3}and\s{1,3})?[a-z]{1,20}ing$/i;

/** What makes "took" or "taken" another verb: "took in", "took down", "taken steps". */
const TAKE_PHRASAL = /^\s{1,3}(?:in|over|down|up|off|part|place|steps?|action|measures|offline)\b/i;

export default defineMatcher({
  id: "data.exposure-verb",
  kind: "data",
  description: "A verb of exposure (exposed, stole, accessed, leaked), then the data items.",
  pattern: PATTERN,
  triggers: prefixesOf(EXPOSURE_VERBS),
  extract(m, { sentence }) {
    const text = sentence.text;
    // "wired to accounts he had set up": what follows "to" is where, not what.
    if (/^\s+to\b/i.test(text.slice(m.index + m[0].length))) return null;
    // "took in millions of dollars by …", "took down the site": a phrasal verb, not a theft.
    if (/^(?:took|taken)$/i.test(m[0]) && TAKE_PHRASAL.test(text.slice(m.index + m[0].length)))
      return null;
    const upTo = text.slice(Math.max(0, m.index - 40), m.index + m[0].length);
    if (GENERIC_USE.test(upTo) || POLICY_GERUND.test(upTo) || INTENT_BEFORE.test(upTo)) return null;
    if (/^access$/i.test(m[0]) && ACCESS_AS_NOUN.test(upTo.slice(0, -m[0].length))) return null;
    const hits = listHits(
      text,
      readItems(text, m.index + m[0].length, { lead: 5, gap: 6, weakAtCue: true }),
    );
    if (/^access\s+to$/i.test(m[0]) && DENIED_ACCESS.test(upTo.slice(0, -m[0].length)))
      for (const h of hits) h.value = { ...h.value, exposed: false };
    // A verb (not a noun: "no access to") that the clause denies denies what it governs.
    if (
      /^[a-z]+(?:ed|en|ole|ook|ost|old|eft)$/i.test(m[0]) ||
      /^(?:steal|access|take|leak)$/i.test(m[0])
    )
      if (
        NEGATED_VERB.test(text.slice(Math.max(clauseStart(text, m.index), m.index - 60), m.index))
      )
        for (const h of hits) h.value = { ...h.value, exposed: false };
    return hits.length ? hits : null;
  },
  examples: {
    valid: [
      {
        text: "The leak exposed roughly 6 million unique email addresses.",
        match: "unique email addresses",
        value: { category: "email", exposed: true },
      },
      {
        text: "A former employee accessed the Social Security numbers of 2,400 workers.",
        match: "Social Security numbers",
        value: { category: "national_id", exposed: true },
      },
      {
        text: "Hackers stole usernames and passwords from the forum.",
        match: "usernames",
        value: { category: "credentials", exposed: true },
      },
      {
        text: "Hackers stole usernames and passwords from the forum.",
        match: "passwords",
        value: { category: "password", exposed: true },
      },
      {
        text: "A hospital employee erroneously placed medical information in a recycling bin.",
        match: "medical information",
        value: { category: "health", exposed: true },
      },
      {
        text: "Police traced the thief of the racing driver's medical records to a helicopter firm.",
        match: "medical records",
        value: { category: "health", exposed: true },
      },
      {
        text: "The clerk faxed medical records to the wrong number.",
        match: "medical records",
        value: { category: "health", exposed: true },
      },
      {
        text: "The newsletter went out with every recipient seeing each other's email addresses.",
        match: "email addresses",
        value: { category: "email", exposed: true },
      },
      {
        text: "The company said the attackers did not steal credit card numbers.",
        match: "credit card numbers",
        value: { category: "card_number", exposed: false },
      },
      {
        text: "Malicious code on the checkout page captured the card numbers and expiration dates of shoppers.",
        match: "card numbers",
        value: { category: "card_number", exposed: true },
      },
      {
        text: "Prosecutors said the gang skimmed debit card numbers and PINs at two petrol stations.",
        match: "PINs",
        value: { category: "password", exposed: true },
      },
      {
        text: "Investigators said the intruders never stole any PINs.",
        match: "PINs",
        value: { category: "password", exposed: false },
      },
      {
        text: "The contractor did not access call logs or billing details.",
        match: "billing details",
        value: { category: "payment", exposed: false },
      },
      {
        text: "The incident did not involve access to client charts, Social Security numbers or other banking information.",
        match: "Social Security numbers",
        value: { category: "national_id", exposed: false },
      },
    ],
    invalid: [
      "The supplier described a phishing campaign meant to steal employee credentials.",
      "We disabled the employee's access credentials the same day.",
      "The crew used stolen identities to forge cards bearing their own names.",
      "The storage bucket was left open without a password, exposing it to anyone online.",
      "The server had been left without a password, username or firewall for weeks.",
      "Monitoring tools flag logins that indicate compromised credentials.",
      "The forum was dedicated to the trading of stolen credit cards.",
      "Policies prohibit employees from accessing patient records without a work-related reason.",
      "A leak exposed personal information of 2,750 shoppers.",
      "Staff accessed the system and changed passwords the same day.",
      "The director left the company with no explanation.",
      "Affected users should change their passwords.",
      "The leaked database was taken offline within hours.",
      "The fraudsters took in thousands of pounds by draining bank accounts and billing credit cards.",
      "Accounts were accessed by an intruder utilizing member usernames and passwords.",
      "The ring stole identities and used them to open credit card accounts.",
    ],
  },
});
