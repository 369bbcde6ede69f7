// A named attacker group: "hacktivist group Anonymous", "the ShinyHunters hacking group",
// "ransomware gang LockBit", "Syrian Electronic Army" — a suspect, outside the victim.
import { defineMatcher, type Hit } from "../../rules/index.js";
import { ORG_NAME, actor, cleanStart, organizationName } from "./_shared.js";

const KIND = String.raw`(?:hacking|hacker|hackers|hacktivist|activist|ransomware|cybercriminal|cyber-?criminal|extortion|threat|cyber-?espionage|APT)`;
const GROUP = String.raw`(?:group|gang|collective|crew|outfit|syndicate|actor)`;
/** Group names that end in a word of their own: "Lizard Squad", "Syrian Electronic Army". */
const NAMED = String.raw`(?:Army|Squad|Crew|Gang|Collective|Kittens?|Spiders?|Pandas?|Bears?)`;
const PATTERN = new RegExp(
  String.raw`\b(?:${KIND}\s${GROUP}\s(?:(?:called|known\sas|dubbed|named)\s)?(${ORG_NAME})|(?:[Tt]he\s)?(?!(?:The|An?|This|That)\s)(${ORG_NAME})\s${KIND}\s${GROUP}|(${ORG_NAME}\s${NAMED}))\b`,
  "gu",
);
const AFTER = 1;
const BEFORE = 2;
const SELF_NAMED = 3;

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
  extract(m, { sentence }) {
    if (!cleanStart(sentence.text, m.index)) return null;
    const raw = m[AFTER] ?? m[BEFORE] ?? m[SELF_NAMED]!;
    if (m[SELF_NAMED] && (!ATTACK_CONTEXT.test(sentence.text) || NOT_GROUP.test(raw))) return null;
    if (HEADLINE_WORD.test(raw)) return null;
    const org = organizationName(raw);
    if (!org) return null;
    const start = m.index + m[0].indexOf(org.name);
    const hit: Hit<"actor"> = {
      value: actor({ name: org.name, type: "organization", involvement: "suspect" }),
      start,
      end: start + org.name.length,
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
      "Army Takes Credit For Skype Hack Syrian hacktivist group says it cracked the site",
    ],
  },
});
