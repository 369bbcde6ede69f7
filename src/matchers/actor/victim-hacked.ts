// The organisation an attacker hacked, as the verb's object: "they have hacked DIRECTV",
// "hackers breached Target's network", "the group hacked into Sony Pictures".
import { defineMatcher, type Hit } from "../../rules/index.js";
import { BREACH_CONTEXT, ORG_NAME, victimActor } from "./_shared.js";

const PATTERN = new RegExp(
  String.raw`\b(?:hacked|breached)(?:\sinto)?\s(?:the\s)?(${ORG_NAME})`,
  "gu",
);
const NAME = 1;

/** "hacked Gmail account", "breached Facebook profiles": someone's account at the service. */
const ACCOUNT_AFTER =
  /^(?:['’]s)?\s(?:e-?mail\s)?(?:accounts?|profiles?|pages?|inbox|e-?mails?|users?)\b/iu;
/** "was hacked Tuesday": a passive verb and a date, not an object. */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|get|gets|got)\s$/iu;

export default defineMatcher({
  id: "actor.victim-hacked",
  kind: "actor",
  description: "The organisation a sentence says someone hacked or breached (the verb's object).",
  pattern: PATTERN,
  triggers: ["hacked", "breached"],
  extract(m, { sentence }) {
    const text = sentence.text;
    if (!BREACH_CONTEXT.test(text)) return null;
    if (PASSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
    const end = m.index + m[0].length;
    if (ACCOUNT_AFTER.test(text.slice(end, end + 20))) return null;
    const value = victimActor(m[NAME]!);
    if (!value) return null;
    const start = m.index + m[0].lastIndexOf(m[NAME]!) + m[NAME]!.indexOf(value.name);
    const hit: Hit<"actor"> = { value, start, end: start + value.name.length };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "@CrewNorthwind has announced they have hacked GLOBEXTV and dumped the data on pastebin.",
        match: "GLOBEXTV",
        value: { name: "GLOBEXTV", type: "organization", involvement: "victim" },
      },
      {
        text: "Investigators say the group hacked into Sony Pictures and stole unreleased films.",
        match: "Sony Pictures",
        value: { name: "Sony Pictures", involvement: "victim" },
      },
    ],
    invalid: [
      "The attacker used hacked Gmail accounts to send phishing emails.",
      "The server was hacked Tuesday, the company said.",
      "Customers whose accounts were breached should reset their passwords.",
    ],
  },
});
