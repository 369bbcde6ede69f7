// The organisation whose breach it was, named before the breach: "Globex's 2019 data breach",
// "Initech's $90 million settlement". Often the victim of another
// incident cited for comparison.
import { defineMatcher, type Hit } from "../../rules/index.js";
import { cleanStart, orgBefore, victimActor } from "./_shared.js";

/** Up to three words between the owner and the breach: "2019", "12 million-user", "data". */
const BETWEEN = String.raw`(?:(?!(?:said|says|told|the|an?|and|or|of|to|was|is|has|had|that|which)\s)[\p{Ll}\d$.,-][\p{L}\d.,-]{0,19}\s){0,3}`;
const BREACH = String.raw`(?:data\s)?(?:breach(?:es)?|hack|leak|cyber-?attack|ransomware\sattack|settlement)\b`;

const PATTERN = new RegExp(String.raw`['’]s\s${BETWEEN}${BREACH}`, "gu");

export default defineMatcher({
  id: "actor.victim-possessive-breach",
  kind: "actor",
  description: "The organisation named as the owner of a breach, hack or settlement.",
  pattern: PATTERN,
  triggers: ["breach*", "hack", "leak", "cyber*", "ransomware", "settlement"],
  extract(m, { sentence }) {
    const text = sentence.text;
    const owner = orgBefore(text, m.index, 5);
    if (!owner || !cleanStart(text, owner.start)) return null;
    const { raw, start } = owner;
    const value = victimActor(raw);
    // "SKT's breach": an acronym is a second name of a body named in full elsewhere.
    if (!value || /^[\p{Lu}\d&.-]+$/u.test(value.name)) return null;
    const at = start + raw.indexOf(value.name);
    const hit: Hit<"actor"> = { value, start: at, end: at + value.name.length };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "The fine tops Globex Mobile's 12 million-user breach of two years ago.",
        match: "Globex Mobile",
        value: { name: "Globex Mobile", type: "organization", involvement: "victim" },
      },
      {
        text: "It is the largest since Initech's $90 million settlement in 2021.",
        match: "Initech",
        value: { name: "Initech", involvement: "victim" },
      },
    ],
    invalid: [
      "Korea's largest data breach exposed millions.",
      "The company's data breach was disclosed on Friday.",
      "Monday's breach was the second this year.",
      "Acme's CEO said the breach was contained.",
      "Since GTX's 2021 breach, audits are yearly.",
      "The Privacy Act breach was reported to the regulator.",
    ],
  },
});
