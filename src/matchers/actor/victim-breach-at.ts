// The organisation a breach happened at: "a data breach at Acme", "the hack of Sony Pictures",
// "a cyberattack on Colonial Pipeline".
import { defineMatcher, type Hit } from "../../rules/index.js";
import { ORG_NAME, victimActor } from "./_shared.js";

const PATTERN = new RegExp(
  String.raw`\b(?:breach(?:es)?|hack|cyber-?attack|ransomware\sattack|attack|intrusion|compromise|security\sincident)(?:\s(?:of|involving|affecting)\s(?:[\p{Ll}-]{1,25}\s){1,3}at|\s(?:at|of|on|against|affecting|targeting|involving))\s(?:the\s)?(${ORG_NAME})`,
  "gu",
);

export default defineMatcher({
  id: "actor.victim-breach-at",
  kind: "actor",
  description: "The organisation a breach, hack or attack happened at.",
  pattern: PATTERN,
  triggers: [
    "breach",
    "breaches",
    "hack",
    "cyber*",
    "ransomware",
    "attack",
    "intrusion",
    "compromise",
    "security",
  ],
  extract(m) {
    const value = victimActor(m[1]!);
    if (!value) return null;
    const start = m.index + m[0].lastIndexOf(m[1]!) + m[1]!.indexOf(value.name);
    const hit: Hit<"actor"> = { value, start, end: start + value.name.length };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "A significant data breach at Rakuten exposed customer emails.",
        match: "Rakuten",
        value: { name: "Rakuten", type: "organization", involvement: "victim" },
      },
      {
        text: "The hack of Sony Pictures Entertainment leaked unreleased films.",
        match: "Sony Pictures Entertainment",
        value: { name: "Sony Pictures Entertainment", involvement: "victim" },
      },
      {
        text: "A breach of mailboxes at Fairview Community Health may have exposed data.",
        match: "Fairview Community Health",
        value: { name: "Fairview Community Health" },
      },
    ],
    invalid: [
      "The leak of Personal Information was reported on Monday.",
      "It is a breach of the Privacy Act.",
      "The attack on Monday hit several sites.",
    ],
  },
});
