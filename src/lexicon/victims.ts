// Words that tell the victim of a document from the other names in it (src/refiners/victim.ts):
// who works for or buys from a body, what of a body an intruder enters, and kinds of names that
// are never the organisation breached.

/** Acronyms of common things, not of bodies: never a victim ("an ATM", "HIV status"). */
export const THING_ACRONYMS = [
  "ATM",
  "ATMs",
  "HIV",
  "AIDS",
  "CEO",
  "CFO",
  "CIO",
  "CTO",
  "FAQ",
  "GPS",
  "DNA",
  "SMS",
  "OTP",
  "NFC",
  "RFID",
  "POS",
  "EHR",
  "EMR",
  "HTML",
  "HTTP",
  "HTTPS",
  "PC",
  "PCs",
  "TV",
  "CCTV",
  "DDoS",
  "SSL",
  "TLS",
] as const;

/**
 * People a body employs, serves or speaks through, after its name: "an Ashgrove Bank customer",
 * "Tidewell County employees", "a Norland Air spokesman". Singular; a plural "s" is allowed.
 */
export const STAFF_NOUNS = [
  "employee",
  "staffer",
  "staff",
  "worker",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "customer",
  "client",
  "patient",
  "member",
  "subscriber",
  "driver",
  "cardholder",
] as const;

/** Nouns for the people who work for a body, before "of"/"at" ("an employee of X"). */
export const EMPLOYEE_NOUNS = ["employee", "staffer", "worker", "staff member"] as const;

/** What of a body an intruder gets into: "hacked into the servers of X". */
export const SYSTEM_NOUNS = [
  "server",
  "network",
  "system",
  "database",
  "website",
  "site",
  "computer",
  "account",
  "portal",
  "platform",
  "forum",
  "app",
] as const;

/** Verbs (stems) of getting into a system: "breached the network of X". */
export const INTRUSION_STEMS = [
  "hack",
  "breach",
  "access",
  "compromis",
  "infiltrat",
  "penetrat",
  "broke",
] as const;

/** Verbs of a body telling its people: "X has alerted 900 patients". */
export const NOTIFY_VERBS = [
  "alerted",
  "alerting",
  "notified",
  "notifying",
  "informed",
  "informing",
  "contacted",
  "contacting",
  "warned",
  "warning",
  "sent letters to",
  "sent out letters to",
  "mailed letters to",
] as const;

/** Whom a body tells, besides the PEOPLE_NOUNS: "X notified 300 individuals". */
export const NOTIFIED_PEOPLE = [
  "individuals",
  "people",
  "consumers",
  "parents",
  "families",
] as const;

/** The last word of a law's name ("Data Protection Act"): a law is never a victim. */
export const LAW_HEADS = ["Act", "Directive", "Regulation", "Regulations"] as const;

/** The last word of a court's or prosecutor's name: a body that judges, never the victim. */
export const JUDICIAL_HEADS = [
  "Court",
  "Tribunal",
  "Attorney",
  "Attorneys",
  "Prosecutor",
  "Prosecutors",
] as const;

/** Words before a breach that held a record the new one beats: "the record was previously held by the X breach". */
export const RECORD_HOLDERS = ["previously held by", "held the record", "record holder"] as const;
