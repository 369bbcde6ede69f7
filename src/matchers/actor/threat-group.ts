// A named attacker group: "hacktivist group Anonymous", "the ShinyHunters hacking group",
// "ransomware gang LockBit", "Syrian Electronic Army" — a suspect, outside the victim.
import { defineMatcher, type Hit } from "../../rules/index.js";
import { actor, orgAfter, orgBefore, organizationName } from "./_shared.js";

const KIND = String.raw`(?:hacking|hacker|hackers|hacktivist|activist|ransomware|cyber-?criminal|extortion|threat|cyber-?espionage|APT)`;
const GROUP = String.raw`(?:group|gang|collective|crew|outfit|syndicate|actor)`;
/** Group names that end in a word of their own: "Lizard Squad", "Syrian Electronic Army". */
const NAMED = String.raw`(?:Army|Squad|Crew|Gang|Collective|Kittens?|Spiders?|Pandas?|Bears?)`;
const PATTERN = new RegExp(String.raw`\b${KIND}\s${GROUP}\b|\s${NAMED}\b`, "gu");
/** What may stand between "hacking group" and the name after it. */
const NAMING = /^\s(?:(?:called|known\sas|dubbed|named)\s)?/u;

/** A sentence about an attack: a self-named group needs one. */
const ATTACK_CONTEXT =
  /\b(?:hack\w{0,4}|breach\w{0,3}|attack\w{0,3}|credit|claim\w{0,3}|leak\w{0,3}|dump\w{0,3}|stole|stolen|defac\w{1,4}|DDoS|ransom\w{0,4})\b/iu;
/** Words of a headline around a group, not its name: "Takes Credit For Skype Hack Syrian". */
const HEADLINE_WORD =
  /\b(?:For|Of|The|And|In|On|To|At|By|With|Takes|Claims|Hack|Hacks|Breach|Attack|Credit|Says)\b/u;
/** Self-named "groups" that are publishers or teams of the victim. */
const NOT_GROUP = /\b(?:News|Editorial|Support|Response|Security|Sales|Customer|Salvation)\b/u;

export default defineMatcher({
  id: "actor.threat-group",
  kind: "actor",
  description: "A named hacking, ransomware or hacktivist group: a suspect from outside.",
  pattern: PATTERN,
  triggers: [
    "hacking",
    "hacker",
    "hackers",
    "hacktivist",
    "activist",
    "ransomware",
    "cyber*",
    "extortion",
    "threat",
    "apt",
    "army",
    "squad",
    "crew",
    "gang",
    "collective",
    "kitten*",
    "spider*",
    "panda*",
    "bear*",
  ],
  extract(m, { sentence }) {
    const text = sentence.text;
    const end = m.index + m[0].length;
    let raw: string | null;
    let start: number;
    if (/^\s/u.test(m[0])) {
      // "Lizard Squad", "Syrian Electronic Army": a self-named group, in a story of an attack.
      const before = orgBefore(text, m.index, 4);
      if (!before || !ATTACK_CONTEXT.test(text)) return null;
      raw = `${before.raw}${m[0]}`;
      start = before.start;
      if (NOT_GROUP.test(raw)) return null;
    } else {
      // "hacking group Anonymous" / "the ShinyHunters hacking group".
      const naming = NAMING.exec(text.slice(end))?.[0] ?? "";
      raw = naming ? orgAfter(text, end + naming.length, 4) : null;
      start = end + naming.length;
      if (raw === null) {
        const before = orgBefore(text, m.index - 1, 3);
        if (!before) return null;
        raw = before.raw;
        start = before.start;
      }
    }
    if (HEADLINE_WORD.test(raw)) return null;
    const org = organizationName(raw);
    if (!org) return null;
    const at = start + raw.indexOf(org.name);
    const hit: Hit<"actor"> = {
      value: actor({ name: org.name, type: "organization", involvement: "suspect" }),
      start: at,
      end: at + org.name.length,
    };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "The hacktivist group Anonymous claimed responsibility for the leak.",
        match: "Anonymous",
        value: { name: "Anonymous", type: "organization", involvement: "suspect" },
      },
      {
        text: "Data was posted by the ShinyHunters hacking group on a forum.",
        match: "ShinyHunters",
        value: { name: "ShinyHunters", involvement: "suspect" },
      },
      {
        text: "Lizard Squad Takes Credit For Xbox Live Attack",
        match: "Lizard Squad",
        value: { name: "Lizard Squad", involvement: "suspect" },
      },
      {
        text: "the ransomware gang known as LockBit published the files",
        match: "LockBit",
        value: { name: "LockBit" },
      },
    ],
    invalid: [
      "Reviewed by AInvest News Editorial Team",
      "The Salvation Army opened a new shelter.",
      "A hacking group stole the records.",
      "Brigade Claims Credit For Chat App Hack Iranian hacktivist group says it breached the app",
    ],
  },
});
