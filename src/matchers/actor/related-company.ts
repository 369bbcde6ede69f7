// A company named by how it stands to another: its parent or subsidiary, a vendor or contractor,
// a ransomware group's affiliate. "its parent company, Globex", "its payments subsidiary Acme
// Pay", "the vendor, Northwind Software,", "Initrode, the bank's IT contractor".
import { defineMatcher, type Hit } from "../../rules/index.js";
import {
  ORG_NAME,
  actor,
  byLength,
  cleanStart,
  escape,
  victimActor,
  type Involvement,
} from "./_shared.js";

/** Relations, each with what it makes the company named. */
const RELATIONS: Record<string, Involvement> = {
  "parent company": "victim",
  "parent firm": "victim",
  "parent group": "victim",
  parent: "victim",
  "holding company": "victim",
  subsidiary: "victim",
  "subsidiary company": "victim",
  unit: "victim",
  affiliate: "other",
  affiliates: "other",
  vendor: "other",
  "software vendor": "other",
  contractor: "other",
  subcontractor: "other",
  supplier: "other",
  "service provider": "other",
  "cloud provider": "other",
  "law firm": "other",
};

const RELATION = `(?:${byLength(Object.keys(RELATIONS)).map(escape).join("|")})`;
/** "its", "the", "the bank's", "Acme's", "one of the group's": whose relation it is. */
const OWNER = String.raw`(?:[Ii]ts|[Tt]heir|[Tt]he|(?:(?:one\sof\s)?(?:the\s)?[\p{L}\d&.-]{2,30}['’]s))`;
/** One or two lower-case words that narrow the relation: "technology", "third-party", "former". */
const NARROW = String.raw`(?:(?!and\s|or\s)[\p{Ll}-]{3,20}\s){0,2}`;

const PATTERN = new RegExp(
  String.raw`\b${OWNER}\s${NARROW}(${RELATION}),?\s(${ORG_NAME})|\b(${ORG_NAME}),\s${OWNER}\s${NARROW}(${RELATION})\b`,
  "gu",
);
const RELATION_AFTER_OWNER = 1;
const NAME_AFTER = 2;
const NAME_BEFORE = 3;
const RELATION_AFTER_NAME = 4;

const GENERIC_NAME = /^(?:Company|Firm|Group|Corporation|Vendor|Parent|Bank|Business)$/u;

/** Whose affiliate: a ransomware group's affiliate is one of the attackers. */
const GROUP_OWNER = /\b(?:group|gang|crew)['’]s\b/u;

export default defineMatcher({
  id: "actor.related-company",
  kind: "actor",
  description: "A company named as another's parent, subsidiary, vendor, contractor or affiliate.",
  pattern: PATTERN,
  triggers: [
    "parent",
    "holding",
    "subsidiary",
    "unit",
    "affiliate*",
    "vendor",
    "contractor",
    "subcontractor",
    "supplier",
    "provider",
    "firm",
  ],
  extract(m, { sentence }) {
    const before = m[NAME_BEFORE] !== undefined;
    const raw = (before ? m[NAME_BEFORE] : m[NAME_AFTER])!;
    const relation = (before ? m[RELATION_AFTER_NAME] : m[RELATION_AFTER_OWNER])!;
    if (before && !cleanStart(sentence.text, m.index)) return null;
    const found = victimActor(raw);
    // "the Company, its subsidiaries": a word for a company is no name.
    if (!found || GENERIC_NAME.test(found.name)) return null;
    let involvement = RELATIONS[relation] ?? "other";
    if (/^affiliates?$/.test(relation) && GROUP_OWNER.test(m[0])) involvement = "suspect";
    const at = before
      ? m.index + raw.indexOf(found.name)
      : m.index + m[0].lastIndexOf(raw) + raw.indexOf(found.name);
    const hit: Hit<"actor"> = {
      value: actor({ name: found.name, type: found.type, involvement }),
      start: at,
      end: at + found.name.length,
    };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "Its parent company, Globex Holdings, said the incident was contained.",
        match: "Globex Holdings",
        value: { name: "Globex Holdings", type: "organization", involvement: "victim" },
      },
      {
        text: "The breach of its payments subsidiary, Acme Pay, exposed card data.",
        match: "Acme Pay",
        value: { name: "Acme Pay", involvement: "victim" },
      },
      {
        text: "Attackers phished a worker at Initrode Labs, the insurer's third-party contractor.",
        match: "Initrode Labs",
        value: { name: "Initrode Labs", involvement: "other" },
      },
      {
        text: "One of the group's affiliates, DarkVault, claimed to hold the files.",
        match: "DarkVault",
        value: { name: "DarkVault", involvement: "suspect" },
      },
      {
        text: "The hospital's law firm Baker Stone sent the letters.",
        match: "Baker Stone",
        value: { name: "Baker Stone", involvement: "other" },
      },
    ],
    invalid: [
      "Its parent company, which owns three brands, declined to comment.",
      "The vendor, Monday, said nothing.",
      "The company, its contractor and the bank all deny fault.",
      "Customers of the subsidiary were told to reset passwords.",
      "Claims against the Company, its subsidiaries and affiliates are released.",
    ],
  },
});
