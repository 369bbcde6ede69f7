// Who did it, in VERIS terms (internal · external · partner), from the suspects the claims
// name and from the words the text uses about what happened.
import type { ActorVariety, Claim } from "../contract/index.js";
import type { SourceDoc } from "../document/index.js";
import { forEachMatch } from "../rules/index.js";

const INSIDER_NOUN = String.raw`(?:employees?|staff(?:ers?|\s+members?)?|insiders?|workers?|nurses?|doctors?|physicians?|clerks?|interns?|technicians?|administrators?|officers?|assistants?|coordinators?|pharmacists?|receptionists?|volunteers?|teachers?|managers?|supervisors?|agents?|tellers?|personnel|therapists?|dentists?|aides?|janitors?|custodians?|caseworkers?|counsell?ors?|programmers?|engineers?|analysts?|accountants?|bookkeepers?|cashiers?)`;
const PARTNER_NOUN = String.raw`(?:vendors?|contractors?|subcontractors?|suppliers?|business\s+associates?|partners?|third[-\s]party\s+(?:vendors?|contractors?|providers?|administrators?|service\s+providers?|compan(?:y|ies)|firms?)|service\s+providers?|consultants?|shredding\s+(?:company|firm|vendor)|(?:data\s+)?destruction\s+(?:company|firm|vendor)|print(?:ing)?\s+(?:company|vendor|firm)|mailing\s+(?:company|vendor|house)|billing\s+(?:company|vendor|firm)|outsourc\w{0,8}|contract(?:ed)?\s+(?:firm|company|group))`;

/** A cue, its class and its weight. Patterns are read over the whole text, case-insensitive. */
export interface Cue {
  variety: ActorVariety;
  weight: number;
  re: RegExp;
  /** Only in lower case (or opening a sentence): "a partner", not "Partners HealthCare". */
  common?: boolean;
}

const cue = (variety: ActorVariety, weight: number, source: string, common = false): Cue => ({
  variety,
  weight,
  re: new RegExp(source, "gi"),
  common,
});

/** A capitalised word inside a sentence is part of a name, not the common noun. */
function isCommon(text: string, index: number): boolean {
  const first = text[index]!;
  if (first === first.toLowerCase()) return true;
  const before = text.slice(Math.max(0, index - 3), index).trimEnd();
  return before === "" || /[.!?:\n"]$/.test(before);
}

export const CUES: readonly Cue[] = [
  // external: attackers, malware, theft by outsiders
  cue(
    "external",
    3,
    String.raw`\b(?:hack(?:ed|ers?|ing|s)?|cyber[-\s]?attacks?|cyberattacks?|cyber[-\s]?criminals?|ransomware|malware|malicious\s+software|viruse?s?|trojans?|keyloggers?|spyware|botnets?|sql\s+injection|sqli|xss|ddos|phishing|spear[-\s]?phishing|skimm(?:ers?|ing)|brute[-\s]force|exploit(?:ed)?)\b`,
  ),
  cue(
    "external",
    2,
    String.raw`\b(?:stolen(?!\s+identit)|stole|(?<!identity\s)theft|thieves|thief|burglar(?:y|ies|ized|s)?|break[-\s]?ins?|broke\s+into|broken\s+into|robbed|robbery|snatched)\b`,
  ),
  cue(
    "external",
    2,
    String.raw`\b(?:unauthori[sz]ed\s+(?:third\s+part(?:y|ies)|users?|individuals?|persons?|part(?:y|ies)|actors?)|unknown\s+(?:individuals?|persons?|part(?:y|ies)|actors?|attackers?|hackers?|suspects?|thie(?:f|ves))|criminals?|intruders?|attackers?|fraudsters?|scammers?|extort(?:ion|ed)?|hacktivists?|threat\s+actors?|dumped\s+online|pastebin|leaked\s+online|dark\s+web|intrusion)\b`,
  ),
  cue("external", 2, String.raw`\bactor\s+(?:gained|used|accessed|calling|stole|posted|claims?)\b`),
  // an unnamed intruder: "unauthorized access by a third party", "a database compromise"
  cue(
    "external",
    2,
    String.raw`\b(?:unauthori[sz]ed\s+access\s+by\s+(?:an?\s+)?(?:third[-\s]part(?:y|ies)|outsiders?|outside\s+part(?:y|ies)|unknown|external)|(?:database|server|system|network|account|e-?mail)\s+compromise|compromised\s+by\s+(?:an?\s+)?(?:outside|third|unknown|external|unauthori[sz]ed))\b`,
  ),
  cue(
    "external",
    1,
    String.raw`\b(?:compromised|breached|phished|illegal(?:ly)?\s+access\w{0,2}|remote(?:ly)?\s+access\w{0,2}|unauthori[sz]ed\s+(?:access|attempt|entry|login|intrusion)|someone|(?:dumped|posted|published|leaked)\s+(?:on|to)\s+(?:the\s+)?(?:internet|web|online)|dumped|locked\s+(?:office|closet|area|vehicle|car|room|cabinet|building|storage))\b`,
  ),
  // internal: errors and misuse by the organisation's own people
  cue(
    "internal",
    3,
    String.raw`(?<!\b(?:current|present)\s(?:and|or|&)\s)\b(?:former|ex-|disgruntled|rogue|dishonest|terminated|fired)(?!\s+(?:and|or|&)\s+(?:current|present)\b)\s*(?:\w+\s+){0,4}${INSIDER_NOUN}\b(?!\s(?:and|or|&)\s)`,
  ),
  cue(
    "internal",
    3,
    String.raw`\b${INSIDER_NOUN}\s+(?:\w+\s+){0,2}(?:mistakenly|accidentally|inadvertently|erroneously|improperly|inappropriately|wrongly|allegedly|illegally)\b`,
  ),
  cue(
    "internal",
    2,
    String.raw`\b(?:mistakenly|accidentally|inadvertently|inadvertantly|erroneously|in\s+error|by\s+mistake|human\s+error|wrong\s+(?:address|recipient|person|patient|veteran|individual|fax|email|e-mail|mail\s+group|envelope)|misdirected|mis-?mailed|mis-?handl\w{0,4}|misdelivered|misplaced|improperly\s+disposed|not\s+properly\s+(?:disposed|secured|shredded)|publicly\s+(?:accessible|available|exposed)|misconfigur\w{0,6}|unsecured(?!["'”’]?\s+(?:laptops?|computers?|devices?|tablets?|phones?|drives?)\b)|exposed\s+(?:server|database|bucket)|snoop\w{0,3}|without\s+(?:a\s+)?(?:valid|business|legitimate)\s+(?:reason|need)|insider)\b`,
  ),
  // the victim's own mistake: a glitch or error, data left open, sent to another person,
  // released without a release form, a folder left behind, records looked at out of curiosity
  cue(
    "internal",
    2,
    String.raw`\b(?:(?:software|technical|coding|programming|system|website|computer)\s+(?:glitch|error|bug)|glitch(?:es)?|(?:clerical|administrative|human|processing|mailing|printing)\s+error|an?\s+error\s+(?:exposed|allowed|caused|made|that)|open\s+to\s+the\s+public|accessible\s+(?:online|to\s+(?:the\s+public|the\s+internet|anyone)|(?:from|on|via)\s+the\s+internet)|without\s+(?:a\s+)?password\s+protection|to\s+(?:an)?other\s+(?:veteran|patient|customer|member|client|beneficiary|employee|recipient|individual|person|family)|without\s+(?:a\s+|the\s+)?(?:(?:proper|valid|signed|required|appropriate)\s+)?(?:release|authori[sz]ation|consent)|(?:left|forgot|forgotten)\s+(?:a|an|the|her|his|their)\s+(?:\w+\s+){0,2}(?:folders?|laptops?|bags?|briefcases?|boxe?s?|documents?|files?|binders?|paperwork)|looking\s+at\s+(?:the\s+)?(?:\w+\s+){0,2}records)\b`,
  ),
  // papers found where they should not be, storage left unprotected, an "internal actor"
  cue(
    "internal",
    2,
    String.raw`\b(?:found\s+(?:in|on|at)\s+(?:a|the)\s+(?:\w+\s+){0,2}(?:bathroom|restroom|waiting\s+room|hallway|lobby|street|sidewalk|parking\s+lot|trash|garbage|dumpster|shared\s+drive|public\s+area)|not\s+(?:password[-\s]protected|encrypted)|without\s+being\s+(?:shredded|encrypted|wiped)|internal\s+actor|(?:data|information|records)\s+of\s+other\s+\w+|left\s+(?:\w+\s+){0,3}open)\b`,
  ),
  cue(
    "internal",
    2,
    String.raw`\b(?:veteran|patient|employee|member|beneficiary|customer)\s+a\b(?:\W+\w+){0,12}?\W+(?:veteran|patient|employee|member|beneficiary|customer)\s+b\b`,
  ),
  cue(
    "internal",
    3,
    String.raw`\b${INSIDER_NOUN}\s+(?:\w+\s+){0,5}?(?:stole|steal(?:ing|s)?|took|copied|sold|photographed|snooped|looked\s+up|viewed|accessed|misused|disclosed|released|shared|submitted|wrote\s+down|left|used\s+(?:the|patient|customer|client|their|his|her))\b`,
  ),
  cue(
    "internal",
    2,
    String.raw`\b(?:while\s+employed|who\s+worked|(?:she|he)\s+worked|employed\s+(?:by|at|as)|(?:her|his|their)\s+(?:employer|job|position)|on\s+the\s+job)\b`,
  ),
  cue(
    "internal",
    1,
    String.raw`\b(?:lost|left\s+(?:unattended|behind|in\s+a)|went\s+missing|(?:is|are|was|were|been)\s+missing|discarded|thrown\s+(?:away|out)|dumpster|recycl\w{1,5}|mailed|faxed|e-?mailed|sent\s+to|posted\s+(?:on|to)\s+(?:the\s+)?(?:web|internet|website))\b`,
  ),
  cue(
    "internal",
    1,
    String.raw`\b(?:employees?|staff\s+members?|nurses?|clerks?|physicians?|insiders?)\b(?!\s+(?:noticed|detected|spotted|alerted|flagged))`,
  ),
  // access without leave: "the server was accessed without authorization"
  cue("external", 3, String.raw`\baccess\w{0,3}\s+without\s+(?:proper\s+)?authori[sz]ation\b`),
  // a device stolen: "a laptop was stolen from an employee's car", "the theft of a hard drive"
  cue(
    "external",
    2,
    String.raw`\b(?:(?:laptops?|computers?|desktops?|tablets?|(?:hard|flash|thumb|usb)\s+drives?|phones?|smartphones?|devices?|servers?|backup\s+tapes?)(?:["'”’]?\s+stolen|\s+(?:\w+\s+){0,3}?(?:was|were|had\s+been|got)\s+stolen)|stolen\s+(?:\w+\s+){0,2}?(?:laptops?|computers?|desktops?|tablets?|(?:hard|flash|thumb|usb)\s+drives?|devices?|servers?)|theft\s+of\s+(?:an?|the|two|three|several)\s+(?:\w+\s+){0,2}?(?:laptops?|computers?|desktops?|tablets?|drives?|devices?|servers?))\b`,
  ),
  // the organisation's own release or slip: data handed to the press, an email whose
  // recipients see each other, papers that turn up where they should not, a misuse of access
  cue(
    "internal",
    2,
    String.raw`\b(?:voluntarily\s+(?:releas|disclos|publish|shar)\w{0,3}|releas\w{1,3}\s+(?:\w+\s+){0,4}?(?:information|data|records|details)\s+to\s+(?:the\s+)?(?:media|press|police|public|reporters?)|without\s+(?:using\s+)?(?:bcc|blind\s+(?:carbon\s+)?cop(?:y|ies)|blocking|hiding)|each\s+other['’]s\s+(?:names|e-?mail\s+addresses|addresses|information)|(?:discovered|located|left|found)\s+(?:in|on|at)\s+(?:a|the)\s+(?:\w+\s+){0,2}(?:bathroom|restroom|waiting\s+room|hallway|lobby|street|sidewalk|parking\s+lot|trash|garbage|dumpster|public\s+area)|ended\s+up\s+(?:on|in)\s+(?:a|the)\s+(?:\w+\s+){0,2}(?:street|sidewalk|road|park|trash|dumpster|garbage)|failed\s+to\s+(?:use|encrypt|secure|protect|wipe|shred|redact)|(?:previous|prior|former)\s+owners?['’]?\s+(?:data|information|files)|still\s+(?:intact|stored|on\s+(?:the|them|it))|not\s+(?:properly\s+)?(?:wiped|erased|redacted)|no\s+(?:justifiable|legitimate|lawful|legal)\s+(?:legal\s+)?(?:reason|basis|justification)\s+(?:to|for)|inappropriate(?:ly)?\s+access\w{0,2}|improper(?:ly)?\s+access\w{0,2}|using\s+(?:her|his|their)?\s*(?:clients?|patients?|customers?|residents?)['’]s?\s+(?:credit\s+cards?|information|identit(?:y|ies)|accounts?|data))\b`,
  ),
  // partner: the victim's vendors and contractors
  cue("partner", 3, String.raw`\b${PARTNER_NOUN}\b`, true),
];

/** A cue counts at most this often. */
const MAX_HITS = 2;

/** What the text says, cue by cue: each class's weight times how often (at most twice). */
function scoreText(text: string): Record<ActorVariety, number> {
  const score: Record<ActorVariety, number> = { internal: 0, external: 0, partner: 0 };
  for (const c of CUES) {
    let hits = 0;
    forEachMatch(c.re, text, (m) => {
      if (!c.common || isCommon(text, m.index)) hits++;
      return hits < MAX_HITS;
    });
    score[c.variety] += c.weight * hits;
  }
  return score;
}

const INTERNAL_ROLE =
  /\b(?:employee|staff|staffer|insider|worker|administrator|officer|nurse|doctor|clerk|intern)s?\b/i;
const PARTNER_ROLE =
  /\b(?:vendor|contractor|supplier|partner|third[- ]party|service provider|consultant)s?\b/i;

/** The variety a suspect actor claim names, if any. */
function fromSuspects(claims: readonly Claim[]): ActorVariety | null {
  for (const c of claims) {
    if (c.kind !== "actor" || c.value.involvement !== "suspect") continue;
    const words = `${c.value.role ?? ""} ${c.value.name}`;
    if (PARTNER_ROLE.test(words)) return "partner";
    if (INTERNAL_ROLE.test(words)) return "internal";
    return "external";
  }
  return null;
}

/** How much a suspect the claims name weighs against the cue words of the text. */
const SUSPECT_WEIGHT = 3;

/**
 * The actor variety of a document: the suspects the claims name and the cue words of the text
 * vote, each class by weight. With no vote at all the answer is null: the text does not say
 * who did it (CLAIMS.md), whatever the base rate of a catalogue.
 */
export function actorVarietyOf(
  claims: readonly Claim[],
  _victim: string | null,
  doc?: SourceDoc,
): ActorVariety | null {
  const suspect = fromSuspects(claims);
  if (!doc) return suspect;
  const score = scoreText(doc.text.slice(doc.bodyStart));
  if (suspect) score[suspect] += SUSPECT_WEIGHT;
  const ranked = (Object.entries(score) as [ActorVariety, number][]).sort((a, b) => b[1] - a[1]);
  const [best, bestScore] = ranked[0]!;
  return bestScore === 0 ? null : best;
}

export { scoreText as varietyScores };
