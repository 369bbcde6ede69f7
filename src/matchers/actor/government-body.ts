// A government body by its capitalised name, headed by a word such as Ministry, Agency or
// Commission: "Ministry of Economy, Trade and Industry", "Japan Cybersecurity Agency", "Federal
// Trade Commission", "Office of the Australian Information Commissioner".
import {
  COMPOUND_GOVERNMENT_HEADS,
  GOVERNMENT_QUALIFIERS,
  GOVERNMENT_WORDS,
  QUALIFIED_GOVERNMENT_WORDS,
  WEAK_GOVERNMENT_WORDS,
} from "../../lexicon/organizations.js";
import { defineMatcher, type Hit } from "../../rules/index.js";
import {
  actor,
  bodyInvolvement,
  byLength,
  escape,
  governmentAffiliation,
  isGovernmentName,
  isQualifiedGovernmentName,
  organizationName,
  ROLE,
  namesDocumentKind,
  orgAfter,
  orgBefore,
} from "./_shared.js";
import { prefixesOf } from "../../rules/index.js";

/** Head words as they are written in names: capitalised. */
const HEAD = `(?:${byLength([...GOVERNMENT_WORDS, ...COMPOUND_GOVERNMENT_HEADS])
  .map(escape)
  .join("|")})`;
/** The head word; the name around it is read word by word (see extract). */
const PATTERN = new RegExp(String.raw`\b${HEAD}(?![\p{L}\d])`, "gu");
/** "of", "for", "on" (and "the") between the head and the rest: "Office of the …". */
const TAIL_LEAD = /^\s(?:of|for|on)\s(?:the\s)?/u;

const WEAK_HEAD = new RegExp(
  String.raw`(?:^|\s)(?:${byLength(WEAK_GOVERNMENT_WORDS).map(escape).join("|")})$`,
  "u",
);
const QUALIFIER = new RegExp(
  String.raw`(?:^|\s)(?:${byLength(GOVERNMENT_QUALIFIERS).map(escape).join("|")})\s`,
  "u",
);

/**
 * Whether a name headed by a weak word ("Department", "Office") is a government's: an "of"
 * after, or a government qualifier before ("Treasury Department"), a country at the start.
 */
function governmentEnough(name: string): boolean {
  if (!WEAK_HEAD.test(name)) return true;
  return (
    QUALIFIER.test(`${name} `.replace(/\s\S+\s$/u, " ")) ||
    isGovernmentName(name.replace(WEAK_HEAD, "").trim())
  );
}

const WEAK_HEADS = new Set(WEAK_GOVERNMENT_WORDS);
const QUALIFIED_HEADS = new Set(QUALIFIED_GOVERNMENT_WORDS);

const A_TITLE = new RegExp(`^${ROLE}$`, "u");

/** Heads that name a body only with a qualifier before or after: not "Office" alone. */
const BARE_HEAD = new RegExp(`^${HEAD}$`, "u");
/** Companies whose names carry a head word: "Microsoft Office", "Amazon Web Services". */
const NOT_GOVERNMENT =
  /\b(?:Microsoft|Google|Amazon|Web|Customer|Post|Head|Home|Box|Front|Back)\b/u;

export default defineMatcher({
  id: "actor.government-body",
  kind: "actor",
  description:
    "A government body's capitalised name headed by Ministry, Agency, Commission and the like.",
  pattern: PATTERN,
  triggers: prefixesOf([...GOVERNMENT_WORDS, ...COMPOUND_GOVERNMENT_HEADS]),
  extract(m, { doc, sentence }) {
    const text = sentence.text;
    // Capitalised words before the head ("Federal Trade …"), then "of …" after it.
    const prefix = text[m.index - 1] === " " ? orgBefore(text, m.index - 1, 5) : null;
    const from = prefix ? prefix.start : m.index;
    let to = m.index + m[0].length;
    const lead = TAIL_LEAD.exec(text.slice(to, to + 12));
    const rest = lead ? orgAfter(text, to + lead[0].length, 6) : null;
    if (lead && rest) to += lead[0].length + rest.length;
    const raw = text.slice(from, to);
    const org = organizationName(raw);
    if (!org || BARE_HEAD.test(org.name) || NOT_GOVERNMENT.test(org.name)) return null;
    if (WEAK_HEADS.has(m[0]) && !governmentEnough(org.name)) return null;
    if (namesDocumentKind(text.slice(to))) return null;
    // "Board" only after "Federal", "National", "County" …: not a company's "Board of Directors".
    if (QUALIFIED_HEADS.has(m[0]) && !isQualifiedGovernmentName(org.name)) return null;
    if (A_TITLE.test(org.name)) return null; // "Chief of Police" is a person's title
    const at = raw.indexOf(org.name);
    if (at < 0) return null;
    const start = from + at;
    const before = sentence.text.slice(0, start);
    const hit: Hit<"actor"> = {
      value: actor({
        name: org.name,
        type: "government",
        affiliation: org.country ?? governmentAffiliation(org.name, before, doc),
        involvement: bodyInvolvement(org.name, sentence.text),
      }),
      start,
      end: start + org.name.length,
    };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "The Ministry of Health and Welfare is scrutinizing the company's compliance.",
        match: "Ministry of Health and Welfare",
        value: {
          name: "Ministry of Health and Welfare",
          type: "government",
          involvement: "regulator",
        },
      },
      {
        text: "The Japan Cybersecurity & Security Agency has issued public advisories to users.",
        match: "Japan Cybersecurity & Security Agency",
        value: { affiliation: "Japan", involvement: "other" },
      },
      {
        text: "Northwind filed a copy with the Department of Health and Human Services' Office for Civil Rights.",
        match: "Department of Health and Human Services",
        value: { name: "Department of Health and Human Services", type: "government" },
      },
      {
        text: "The Securities and Exchange Commission is investigating the disclosure.",
        match: "Securities and Exchange Commission",
        value: { name: "Securities and Exchange Commission", involvement: "regulator" },
      },
      {
        text: "Investigation Continues The Ministry of Health said on Monday it was notified.",
        match: "Ministry of Health",
        value: { name: "Ministry of Health" },
      },
      {
        text: "The Federal Trade Commission fined the company $5 billion.",
        match: "Federal Trade Commission",
        value: { name: "Federal Trade Commission", involvement: "regulator" },
      },
      {
        text: "Officers from the Seoul Metropolitan Police Agency raided the headquarters.",
        match: "Seoul Metropolitan Police Agency",
        value: { involvement: "investigator" },
      },
      {
        text: "The National Labor Relations Board said the union's complaint would be reviewed.",
        match: "National Labor Relations Board",
        value: { name: "National Labor Relations Board", type: "government" },
      },
      {
        text: "Minutes of the Federal Reserve Board of Governors were among the leaked files.",
        match: "Federal Reserve Board of Governors",
        value: { name: "Federal Reserve Board of Governors", type: "government" },
      },
      {
        text: "Grades were posted online, and the Fairfax County School Board asked for their removal.",
        match: "Fairfax County School Board",
        value: { name: "Fairfax County School Board", type: "government" },
      },
      {
        text: "a complaint to the Office of the Australian Information Commissioner about the leak",
        match: "Office of the Australian Information Commissioner",
        value: { name: "Office of the Australian Information Commissioner" },
      },
      {
        text: "Staff of the Korea Financial Intelligence Unit traced the transfers.",
        match: "Korea Financial Intelligence Unit",
        value: { name: "Korea Financial Intelligence Unit", involvement: "investigator" },
      },
      {
        text: "The Banking Supervisory Service ordered an audit of the lender.",
        match: "Banking Supervisory Service",
        value: { name: "Banking Supervisory Service", type: "government" },
      },
      {
        text: "Officers of the Australian Federal Police searched a house in Perth.",
        match: "Australian Federal Police",
        value: { name: "Australian Federal Police", affiliation: "Australia" },
      },
    ],
    invalid: [
      "The retailer disclosed the theft in a Securities and Exchange Commission filing.",
      "She left her Office at five.",
      "The Post Office mailed a parcel tracing form.",
      "Documents were stolen from Microsoft Office files.",
      "The New York Stock Exchange listing was delayed.",
      "The Compliance Department reviewed the access logs.",
      "Forensic Data Services was hired to investigate.",
      "The Chief of Police said the officer was suspended.",
      "The Board of Directors approved the settlement with affected customers.",
      "The company's Audit Board reviewed the breach response.",
      "The hacker posted the dump on the Lounge Board forum.",
    ],
  },
});
