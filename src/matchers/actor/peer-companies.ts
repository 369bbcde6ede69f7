// Other companies of the same trade named in a list: "other carriers — Globex and Initech",
// "rival banks such as Acme Bank and Vandelay Trust", "competing retailers, including Hooli".
import { COMPANY_NOUNS } from "../../lexicon/organizations.js";
import { defineMatcher, type Hit } from "../../rules/index.js";
import { ORG_NAME, actor, byLength, escape, isGovernmentName, victimActor } from "./_shared.js";

/** A company noun in the plural: "carriers", "banks", "companies". */
const NOUNS = `(?:${byLength(
  COMPANY_NOUNS.map((n) => (n.endsWith("y") ? `${n.slice(0, -1)}ies` : `${n}s`)),
)
  .map(escape)
  .join("|")})`;
const PATTERN = new RegExp(
  String.raw`\b(?:[Oo]ther|[Rr]ival|[Cc]ompeting)\s(?:[\p{Ll}-]{3,20}\s)?${NOUNS}(?:\s?[—–]\s?|,\s(?:including\s|such\sas\s|like\s)?|\s(?:including|such\sas|like)\s)(${ORG_NAME})(?:(?:,\s|,?\sand\s)(${ORG_NAME}))?`,
  "gu",
);

export default defineMatcher({
  id: "actor.peer-companies",
  kind: "actor",
  description: "Other companies of the same trade, named in a list after 'other', 'rival'.",
  pattern: PATTERN,
  triggers: ["other", "rival", "competing"],
  extract(m) {
    const hits: Hit<"actor">[] = [];
    let from = 0;
    // ORG_NAME joins names with "and": "Globex and Initech" is two names here.
    const names = [m[1], m[2]].flatMap((g) => (g === undefined ? [] : g.split(/,?\sand\s|,\s/u)));
    for (const raw of names) {
      const at = m[0].indexOf(raw, from);
      from = at + raw.length;
      const found = victimActor(raw);
      if (!found || isGovernmentName(found.name)) continue;
      const start = m.index + at + raw.indexOf(found.name);
      hits.push({
        value: actor({ name: found.name, type: "organization", involvement: "other" }),
        start,
        end: start + found.name.length,
      });
    }
    return hits.length ? hits : null;
  },
  examples: {
    valid: [
      {
        text: "The ministry asked other mobile carriers — Globex Mobile and Initech — to check their networks.",
        match: "Globex Mobile",
        value: { name: "Globex Mobile", type: "organization", involvement: "other" },
      },
      {
        text: "Rival banks such as Vandelay Trust said they saw no intrusion.",
        match: "Vandelay Trust",
        value: { name: "Vandelay Trust", involvement: "other" },
      },
    ],
    invalid: [
      "Other companies, however, were not affected.",
      "Other banks — and their customers — were warned.",
    ],
  },
});
