// The breached organisation after a description of what it is: "e-commerce giant Acme",
// "South Korean retail giant Acme", "ride-hailing company Uber" — in a sentence about the breach.
import { defineMatcher, type Hit } from "../../rules/index.js";
import {
  BREACH_CONTEXT,
  BREACH_CONTEXT_TRIGGERS,
  COMPANY_NOUN,
  COUNTRY,
  ORG_NAME,
  victimActor,
  cleanStart,
} from "./_shared.js";

const PATTERN = new RegExp(
  String.raw`\b(?:${COUNTRY}\s)?((?:[\p{Ll}\d][\p{Ll}\d-]{0,25}\s){1,2})${COMPANY_NOUN}\s(${ORG_NAME})`,
  "gu",
);
const DESCRIPTION = 1;
const NAME = 2;

/** Descriptions that make the company a helper in the story, or are no description at all. */
const ATTACKS =
  /^\s(?:has\s|have\s)?(?:hacked|breached|attacked|stole|claimed|took\scredit|leaked|dumped)\b/u;

/** Words a description's span does not start with: "at e-commerce giant Acme". */
const FUNCTION_WORDS = new Set([
  "at",
  "of",
  "in",
  "on",
  "by",
  "for",
  "from",
  "with",
  "to",
  "and",
  "or",
  "as",
  "into",
  "about",
  "over",
  "against",
  "involving",
  "affecting",
]);

/** Descriptions that make no victim: a determiner, a helper in the story (any word). */
const NOT_VICTIM_WORDS =
  /(?:^|\s)(?:the|a|an|its|their|this|that|our|his|her|which|whose|parent|sister|subsidiary|another|other|security|cybersecurity|cyber|research|consulting|forensics?|intelligence|analytics|threat|pr|accounting|audit|insurance)\s/u;
/** "infamous hacking group X", "ransomware gang X": the attacker, a suspect. */
const SUSPECT_WORDS =
  /(?:^|\s)(?:hack\w{0,6}|activist|ransomware|\w{0,6}criminal|extortion|espionage|apt|threat actor)\s/u;
/** What an attacker's description calls it: a group, not a website. */
const GANG = /^\s?(?:group|gang|collective|crew|syndicate|cartel|outfit)\b/u;
/** "global law firm X", "private equity firm X": an organisation taking part, not the victim. */
const OTHER_WORDS = /(?:^|\s)(?:law|legal|equity|investment|investor|advisory)\s/u;

export default defineMatcher({
  id: "actor.victim-descriptor",
  kind: "actor",
  description:
    "An organisation after a description: 'e-commerce giant Acme' (victim), 'hacking group X' (suspect), 'law firm X' (other).",
  pattern: PATTERN,
  triggers: BREACH_CONTEXT_TRIGGERS,
  extract(m, { sentence }) {
    if (!cleanStart(sentence.text, m.index)) return null;
    if (!BREACH_CONTEXT.test(sentence.text)) return null;
    const raw = m[DESCRIPTION]!;
    const words = raw.split(" ");
    while (words.length && FUNCTION_WORDS.has(words[0]!)) words.shift();
    const description = words.join(" ");
    // Leading function words stay out of the span ("at e-commerce giant Acme").
    const start =
      description.length === raw.length
        ? m.index
        : m.index + m[0].indexOf(raw) + (raw.length - description.length);
    if (!description.trim()) return null;
    const attacker = SUSPECT_WORDS.test(description);
    // "hacking group X" is the attacker; "the hacking forum X" may be the victim: no claim.
    if (attacker && !GANG.test(m[0].slice(raw.length))) return null;
    const involvement = attacker ? "suspect" : OTHER_WORDS.test(description) ? "other" : "victim";
    if (involvement === "victim" && NOT_VICTIM_WORDS.test(description)) return null;
    // "The hacker collective LulzCrew broke into …": the company is the one who attacked.
    if (
      involvement === "victim" &&
      ATTACKS.test(sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 30))
    )
      return null;
    const found = victimActor(m[NAME]!);
    if (!found || found.name !== m[NAME]!.replace(/[,.]$/, "")) return null;
    const value = { ...found, involvement } as const;
    const hit: Hit<"actor"> = {
      value,
      start,
      end: m.index + m[0].lastIndexOf(m[NAME]!) + value.name.length,
    };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "a major data breach at e-commerce giant Rakuten is creating friction",
        match: "e-commerce giant Rakuten",
        value: { name: "Rakuten", type: "organization", involvement: "victim" },
      },
      {
        text: "Japanese retail giant Uniqlo has confirmed that attackers accessed customer records.",
        match: "Japanese retail giant Uniqlo",
        value: { name: "Uniqlo", involvement: "victim" },
      },
      {
        text: "Driver names may have been exposed, ride-hailing company Uber said Friday.",
        match: "ride-hailing company Uber",
        value: { name: "Uber" },
      },
      {
        text: "A breach claimed by the notorious hacking group Grey Wolves hit the insurer.",
        match: "notorious hacking group Grey Wolves",
        value: { name: "Grey Wolves", involvement: "suspect" },
      },
      {
        text: "Breach reports rose, global law firm Hollis Barr said in its survey.",
        match: "global law firm Hollis Barr",
        value: { name: "Hollis Barr", involvement: "other" },
      },
    ],
    invalid: [
      "The breach was investigated by security firm Mandiant.",
      "Shares of e-commerce giant Rakuten rose on Monday.",
      "the company Acme said the breach was contained",
      "In July the hacking forum Darkmoor suffered a data breach.",
    ],
  },
});
