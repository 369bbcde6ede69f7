// The event of each date and duration: what the date or span is the time of, from the words of
// its sentence around the claim's span. Matchers find a date or a span and its value; this pass
// decides its `event` (a matcher leaves a placeholder).
//
// Dates: a record field ("date of birth:") is other; a range's ends ("between March and May
// 2021") take the verb or noun the range belongs to; "since" a date is a start; an attached cue
// ("breached on", "disclosed in") wins; else a noun the date belongs to ("the 2016 breach",
// unless a verb governs the noun), else the nearest verb (behind a date inside the sentence,
// ahead of one that opens it), else the nearest noun. The dateline is `published`.
// Durations: an undetected cue, else an access cue, near the span.
import type { ValueOf } from "../contract/index.js";
import type { SourceDoc } from "../document/index.js";
import {
  ACCESS_CUES,
  ATTACHED_CUES,
  DATE_HEDGES,
  EVENT_CUES,
  EXPLAINED_INCIDENTS,
  EXPLAINED_VERBS,
  PART_WORDS,
  RANGE_BREACH_CUES,
  RANGE_LASTING_VERBS,
  RECORD_FIELD_CUES,
  REPORTING_VERBS,
  SINCE_START_CUES,
  TREND_VERBS,
  UNDETECTED_CUES,
  VULNERABILITY_MODIFIERS,
  VULNERABILITY_NOUNS,
  WEEKDAYS,
  type DateEvent,
} from "../lexicon/dates.js";
import { INQUIRY_NOUNS } from "../lexicon/cues.js";
import { MONTH, alternation } from "../matchers/date/_shared.js";
import { defineRefiner, execAll, type AnyDraft, type MatchContext } from "../rules/index.js";

type DateEventOf = ValueOf<"date">["event"];
type DurationEvent = ValueOf<"duration">["event"];

interface Cue {
  start: number;
  end: number;
  event: DateEvent;
  verb: boolean;
}

const cueRegex = (phrases: readonly string[]) =>
  phrases.length ? new RegExp(String.raw`\b(?:${alternation(phrases)})\b`, "gi") : null;

const CUE_PATTERNS = EVENT_CUES.flatMap((set) => [
  { event: set.event, verb: true, re: cueRegex(set.verbs) },
  { event: set.event, verb: false, re: cueRegex(set.nouns) },
]);

function cuesIn(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const { event, verb, re } of CUE_PATTERNS) {
    if (!re) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      cues.push({ start: m.index, end: m.index + m[0].length, event, verb });
    }
  }
  // A shorter cue inside a longer one ("breach" in "data breach") is the same cue.
  return cues.filter(
    (c) =>
      !cues.some(
        (o) => o !== c && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start,
      ),
  );
}

/** Other date mentions in a sentence, to stop a cue reaching past them. */
const ANY_DATE = new RegExp(
  String.raw`${MONTH}|\b(?:19[7-9]\d|20\d\d)\b|\b(?:yesterday|last (?:year|month)|this (?:year|month))\b`,
  "g",
);

/**
 * The earlier date of a list and what joins it to the date that ends the list: "March 3, and "
 * in "copied files on March 3, and March 9, 2015", "2014 and " in "in 2014 and 2016". Group 1
 * is the earlier date.
 */
const LISTED_BEFORE = new RegExp(
  String.raw`^((?:${MONTH}(?:\s{1,3}\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s{1,3}(?:19|20)\d\d)?|(?:19|20)\d\d))(?:,?\s{1,3}(?:and|or|&)\s{1,3}(?:(?:on|in|during)\s{1,3})?)$`,
);

/** The date of a list just before the one at `start` ("March 3, and " before "March 9"). */
function listedBefore(text: string, start: number): { start: number; end: number } | null {
  // Only the 40 characters before the date are searched (\b still reads the whole text).
  ANY_DATE.lastIndex = Math.max(0, start - 40);
  let m: RegExpExecArray | null;
  while ((m = ANY_DATE.exec(text))) {
    const s = m.index;
    if (s >= start) break;
    if (s > 0 && !/[\s(]/.test(text[s - 1]!)) continue;
    const listed = LISTED_BEFORE.exec(text.slice(s, start));
    if (listed) return { start: s, end: s + listed[1]!.length };
  }
  return null;
}

/**
 * The first date of the list that ends with the date at `start` ("on March 3, and March 9,
 * 2015"), at most a few dates back, else null. A date inside another token ("11/2013") begins
 * none.
 */
function listHead(text: string, start: number): { start: number; end: number } | null {
  let head: { start: number; end: number } | null = null;
  for (let i = 0, at = start; i < 6; i++) {
    const earlier = listedBefore(text, at);
    if (!earlier) break;
    head = earlier;
    at = earlier.start;
  }
  return head;
}

function otherDates(text: string, start: number, end: number): number[] {
  const at: number[] = [];
  ANY_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANY_DATE.exec(text))) {
    const s = m.index;
    const e = s + m[0].length;
    if (e <= start || s >= end) at.push(s);
  }
  return at;
}

/** How far (in characters) a cue may be from its date. */
const REACH = 160;

const PREFIX_TRIM = new RegExp(
  String.raw`(?:\s{1,3}(?:in|on|around|about|approximately|circa|roughly|sometime|some time|the|of|${alternation(PART_WORDS)})){1,6}\s{0,3}$`,
  "i",
);
const ATTACHED = ATTACHED_CUES.map((c) => ({
  ...c,
  re: new RegExp(String.raw`\b${alternation([c.phrase])}\s*$`, "i"),
})).sort((a, b) => b.phrase.length - a.phrase.length);
const SINCE = /\b(?:ever\s+)?since\s*$/i;
const SINCE_START = new RegExp(String.raw`\b(?:${alternation(SINCE_START_CUES)})\b`, "i");
const CERTIFIED = new RegExp(
  String.raw`\b(?:${alternation(EVENT_CUES.find((c) => c.event === "certified")!.nouns.concat(EVENT_CUES.find((c) => c.event === "certified")!.verbs))})`,
  "i",
);
const RECORD_FIELD = new RegExp(
  String.raw`(?:${alternation(RECORD_FIELD_CUES)})\s*(?:["']\s*)?$`,
  "i",
);
/** The second date of a range: "between 6 May 2016 and", "from October 12 to". */
/** The range's first date: with a day or year ("6 May 2016", "October 12"), or a month alone
 * ("between March and June 2021", "from early March to late May 2022"). */
const RANGE_HEAD = String.raw`\s+(?:approximately\s+|about\s+|around\s+)?(?:(?:[a-z]+\.?\s+){0,2}\d[\d,]*(?:\s+[a-z]+\.?)?(?:,?\s+\d{4})?|(?:early|mid|late)?[\s-]{0,2}${MONTH}),?\s+`;
const RANGE_END = new RegExp(
  String.raw`\b(?:between${RANGE_HEAD}and|from${RANGE_HEAD}(?:to|until|till|through))\s+$`,
  "i",
);
const RANGE_START = /\b(?:between|from)\s+(?:approximately\s+|about\s+|around\s+)?$/i;
/** What follows a range's first date: "between … and", "from … to" ("from May 2020 and" is none). */
const RANGE_NEXT_BETWEEN = /^[\s,]{0,3}and\b/i;
const RANGE_NEXT_FROM = /^[\s,]{0,3}(?:to|until|till|through)\b/i;
/** The end of the text before a clause: a comma, semicolon or colon, or "that". */
const CLAUSE_START = /(?:[,;:]|\bthat)\s{0,3}$/i;
/** Between a noun and the range said of it: a comma, or a verb of lasting. */
const NOUN_RANGE_GAP = new RegExp(
  String.raw`^(?:\s{0,3},|(?:\s{0,3},)?\s{1,3}(?:(?:which|that)\s{1,3})?(?:${alternation(RANGE_LASTING_VERBS)}))\s{0,3}$`,
  "i",
);
/** How far before a range ("between … and …") the verb it belongs to may be. */
const RANGE_VERB_REACH = 80;

/**
 * The event of a range's start or end, from the verb the range belongs to: "the theft occurred
 * between April and December 2013" is the breach's start and end; "patients seen from 1980 to
 * 1990" is no breach (other); "notified between …" is a disclosure.
 */
function rangeEvent(s: string, head: number, end: number, which: "start" | "end") {
  // Reporting verbs ("the company said, from January 2021 to …") say nothing of the range.
  const reporting = reportingIn(s);
  const cues = [...cuesIn(s), ...rangeBreachCues(s)].filter(
    (c) => !reporting.some((r) => r.start <= c.start && c.end <= r.end),
  );
  const verbs = cues.filter((c) => c.verb);
  // A range that opens a clause ("said on Monday that between Mar. 3 and Mar. 5, the
  // organisation …") belongs to the verb after it, not to the verb of the clause before.
  const lead = s.slice(0, head);
  // After a comma or "that", only a range a comma closes opens a clause ("…, between July 22
  // and Aug. 27, hackers …"); one that ends its sentence belongs to the verb before it.
  const opensClause =
    OPENER.test(lead) || (CLAUSE_START.test(lead) && RANGE_CLOSED.test(s.slice(end)));
  const nearestBehind = (list: Cue[]) =>
    list
      .filter((c) => c.end <= head && head - c.end <= RANGE_VERB_REACH)
      .sort((a, b) => b.end - a.end)[0];
  const nearestAhead = (list: Cue[]) =>
    list
      .filter((c) => c.start >= end && c.start - end <= REACH)
      .sort((a, b) => a.start - b.start)[0];
  // A range after its clause's reporting verb ("…, the company said, from January 2021 to …")
  // belongs to the verb before that.
  const verb = opensClause ? (nearestAhead(verbs) ?? nearestBehind(verbs)) : nearestBehind(verbs);
  // No verb: a noun the range is said of ("the intrusion, from March to May 2023, …", "the
  // incident lasted from early March to …"), not one it merely follows ("about the incident").
  const noun = cues.find(
    (c) => !c.verb && c.end <= head && NOUN_RANGE_GAP.test(s.slice(c.end, head)),
  );
  const cue = verb ?? noun;
  if (!cue) return null;
  const verbEvent = cue.event;
  if (verbEvent === "breach" || verbEvent === "breach_start" || verbEvent === "breach_end")
    return which === "start" ? "breach_start" : "breach_end";
  return verbEvent;
}

/** A comma closes the range before any other stop (an abbreviation's dot, "Aug. 27", is none). */
const RANGE_CLOSED = /^(?:[^,;.!?]|\.(?=\s{0,3}\d))*,/;

/** A law or rule taking effect: "came into full force on July 1, 2023" is no incident's date. */
const IN_FORCE =
  /\b(?:(?:went|goes|go|came|comes|come|entered|enters)\s{1,3}into\s{1,3}(?:full\s{1,3})?(?:effect|force)(?:\s{1,3}[\w-]+){0,5}?\s{1,3}(?:on|in|from|as\s{1,3}of)|(?:took|takes|take)\s{1,3}(?:full\s{1,3})?effect(?:\s{1,3}(?:on|in|from))?)\s{0,3}$/i;
/** The age of the data, not a time anything happened: "the dump seems to date from 2016". */
const DATA_AGE =
  /\b(?:appears?|appeared|seems?|seemed)\s{1,3}to\s{1,3}(?:be|have\s{1,3}come|come|date)\s{1,3}from\s{0,3}$/i;
/**
 * When something began to exist, not anything that happened to it: "since its inception in
 * 2009", "the clinic, founded in 1998", "a tool set up in May 2010".
 */
const ORIGIN =
  /\b(?:(?:inception|founding|creation)\s{1,3}(?:in|on)|(?:founded|established|incorporated|set\s{1,3}up|opened\s{1,3}its\s{1,3}doors)\s{1,3}(?:in|on|back\s{1,3}in))\s{0,3}$/i;
/** A verb whose object is an inquiry: "began their probe in 2024" dates the probe, not the breach. */
const INQUIRY_OBJECT = new RegExp(
  String.raw`^\s{1,3}(?:(?:its|their|an|the|a|his|her)\s{1,3})?(?:[\w-]+\s{1,3})?(?:${alternation([...INQUIRY_NOUNS])})\b`,
  "i",
);
/** A flaw the date is said of: "a 2016 known vulnerability", "alerted in May to a critical flaw". */
const FLAW_AFTER = new RegExp(
  String.raw`^\s{1,3}(?:(?:to|about|of)\s{1,3})?(?:(?:${alternation(VULNERABILITY_MODIFIERS)})\s{1,3}){0,4}(?:${alternation(VULNERABILITY_NOUNS)})\b`,
  "i",
);
/** A flaw before the date: "an operating system with known vulnerabilities in 2016". */
const FLAW_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(VULNERABILITY_NOUNS)})\s{1,3}(?:in|from|dating\s{1,3}from)\s{1,3}$`,
  "i",
);
/** A trend's date: "complaints rose 30% in 2018", "exposed records jumped by 126 percent in 2019". */
const TREND = new RegExp(
  String.raw`\b(?:${alternation(TREND_VERBS)})\s{1,3}(?:by\s{1,3})?(?:about\s{1,3}|nearly\s{1,3}|almost\s{1,3})?\d{1,4}(?:\.\d{1,2})?\s{0,2}(?:%|percent|per\s{1,3}cent)\s{1,3}(?:in|during|over|since)\s{1,3}$`,
  "i",
);
/** An inquiry the date is said of: "an investigation by regulators in September", "a probe of the firm in 2024". */
const INQUIRY_BEFORE = new RegExp(
  String.raw`\b(?:${alternation([...INQUIRY_NOUNS])})\s{1,3}(?:(?:by|of|from|into)\s{1,3}(?:[\w'-]+\s{1,3}){1,3})?(?:in|on|during)\s{1,3}$`,
  "i",
);
/** Between two dates of one list: "in March 2019 and again in October 2020". */
const COORDINATED =
  /^,?\s{1,3}(?:and|or)\s{1,3}(?:(?:again|later|then|once more)\s{1,3})?(?:(?:in|on|during)\s{1,3})?$/i;

const AGAIN = /\b(?:again|once more)\b/i;

const REPORTING_RE = new RegExp(String.raw`\b(?:${alternation(REPORTING_VERBS)})\b`, "gi");
const RANGE_BREACH_RE = new RegExp(String.raw`\b(?:${alternation(RANGE_BREACH_CUES)})\b`, "gi");

/** Spans of reporting verbs in a sentence. */
function reportingIn(text: string): { start: number; end: number }[] {
  return execAll(REPORTING_RE, text).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Access and exposure words as breach verbs, for ranges only. */
function rangeBreachCues(text: string): Cue[] {
  return execAll(RANGE_BREACH_RE, text).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    event: "breach" as const,
    verb: true,
  }));
}
/** Words between a noun cue and the date that make the date the noun's ("the breach in"). */
const NOUN_BEFORE_GAP =
  /^\s+(?:(?:which|that)\s+(?:began|occurred|happened)\s+)?(?:in|on|of|from|during|dated)\s+$/i;
/** A noun's of-phrase before its date: "the discovery of compromised hosts in June". */
const NOUN_OF_GAP =
  /^\s+of\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w'-]+\s+){1,3}?(?:in|on|during)\s+$/i;
const NOUN_AFTER_GAP = /^(?:'s)?\s+(?:data\s+|security\s+|cyber\s+)?$/i;
const DETERMINER_GAP = /^\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:\w+\s+){0,2}$/i;

/** The event a date's words give it: attached cue, then the nearest verb, then noun. */
export function eventOf(
  ctx: MatchContext,
  start: number,
  end: number,
  /** Whether a list's last date may take its first date's event (not again for that date). */
  lists = true,
): DateEventOf {
  const abs = ctx.sentence.start + start;
  const absEnd = ctx.sentence.start + end;
  const dl = ctx.doc.dateline;
  if (dl && abs < dl.end && dl.start < absEnd) return "published";

  const s = ctx.sentence.text;
  const before = s.slice(Math.max(0, start - 80), start);
  const after = s.slice(end, end + 40);
  if (RECORD_FIELD.test(before)) return "other";
  const rangeEnd = RANGE_END.exec(before);
  const rangeStart = rangeEnd ? null : RANGE_START.exec(before);
  const rangeNext =
    rangeStart && /between/i.test(rangeStart[0]) ? RANGE_NEXT_BETWEEN : RANGE_NEXT_FROM;
  if (rangeEnd || (rangeStart && rangeNext.test(after))) {
    const head = start - before.length + (rangeEnd ?? rangeStart)!.index;
    const event = rangeEvent(s, head, end, rangeEnd ? "end" : "start");
    if (event !== null) return event;
    // No verb or noun of its own: an attached cue ("data from March 2019 to …"), else other —
    // never the reporting verb of the sentence.
    const attached = ATTACHED.find((c) => c.re.test(before));
    return attached?.event ?? "other";
  }

  const trimmed = before.replace(PREFIX_TRIM, "");
  const own = s.slice(start, end);
  if (SINCE.test(before) || SINCE.test(trimmed) || /^(?:ever\s+)?since\b/i.test(own)) {
    const clause = s.slice(Math.max(0, start - REACH), Math.min(s.length, end + REACH));
    if (CERTIFIED.test(s.slice(Math.max(0, start - 100), start))) return "certified";
    return SINCE_START.test(clause) ? "breach_start" : "other";
  }
  for (const cue of ATTACHED) {
    if (cue.re.test(before) || cue.re.test(trimmed)) return cue.event;
  }
  if (IN_FORCE.test(before) || DATA_AGE.test(before) || DATA_AGE.test(trimmed)) return "other";
  if (ORIGIN.test(before) || ORIGIN.test(trimmed)) return "other";
  if (FLAW_AFTER.test(after) || FLAW_BEFORE.test(before) || TREND.test(before)) return "other";
  if (INQUIRY_BEFORE.test(before)) return "other";

  const blocks = otherDates(s, start, end);
  const inSentence = cuesIn(s);
  const cues = inSentence
    .filter((c) => {
      const lo = Math.min(c.end, start);
      const hi = Math.max(c.start, end);
      if (c.end <= start ? start - c.end > REACH : c.start - end > REACH) return false;
      return !blocks.some((b) => b >= lo && b < hi);
    })
    .map((c) =>
      c.verb && INQUIRY_OBJECT.test(s.slice(c.end, c.end + 50))
        ? { ...c, event: "other" as const }
        : c,
    );
  const dist = (c: Cue) => (c.end <= start ? start - c.end : c.start - end);

  // A noun the date belongs to: "the 2016 breach", "the breach in April 2019" — unless a verb
  // governs that noun ("discovered the breach on July 29").
  const adjacent =
    cues.find(
      (c) =>
        !c.verb &&
        ((c.start >= end && NOUN_AFTER_GAP.test(s.slice(end, c.start))) ||
          (c.end <= start && NOUN_BEFORE_GAP.test(s.slice(c.end, start)))),
    ) ??
    cues.find(
      (c) =>
        !c.verb && c.end <= start && start - c.end <= 60 && NOUN_OF_GAP.test(s.slice(c.end, start)),
    );
  if (adjacent) {
    const governing = cues.find(
      (c) =>
        c.verb && c.end <= adjacent.start && DETERMINER_GAP.test(s.slice(c.end, adjacent.start)),
    );
    return (governing ?? adjacent).event;
  }
  const pick = (list: Cue[]) => list.sort((a, b) => dist(a) - dist(b))[0];
  // A date that opens its sentence ("In July 2018, …") belongs to the verb after it; one later
  // in the sentence ("… appeared for sale in February 2019") to the verb before it.
  const initial = OPENER.test(s.slice(0, start));
  const verbs = cues.filter((c) => c.verb);
  const behind = verbs.filter((c) => c.end <= start);
  const ahead = verbs.filter((c) => c.start >= end);
  const best =
    (initial ? (pick(ahead) ?? pick(behind)) : (pick(behind) ?? pick(ahead))) ??
    pick(cues.filter((c) => !c.verb));
  const event = best?.event ?? "other";
  if (initial && SCENE_EVENTS.has(event) && opensReport(ctx, s, start)) return "breach";
  if (best) return event;
  // No words of its own: the last date of a list ("copied files on March 3, and March 9, 2015")
  // is what its first date is (the verb before the list governs them all; the first date, no
  // claim without its year, stopped that verb's reach) …
  // (Only when an event word stands within reach before the list's first date: else that
  // date has no verb of its own either, and a long list costs no second reading per date.)
  const head = lists ? listHead(s, start) : null;
  const reached =
    head !== null && inSentence.some((c) => c.end <= head.start && head.start - c.end <= REACH);
  const headEvent = reached ? eventOf(ctx, head.start, head.end, false) : "other";
  if (headEvent !== "other") return headEvent;
  // … and a date that ends its sentence is the breach's when the next one explains it.
  if (SENTENCE_END.test(s.slice(end)) && explainedNext(ctx)) return "breach";
  return event;
}

/** Nothing but the sentence's closing stop after a date: "… during early May 2014." */
const SENTENCE_END = /^\s{0,3}[.!]["'”’)\]]{0,2}\s{0,3}$/;
/**
 * A sentence that opens by saying how the event just told came about: "The breach occurred
 * when a clerk mailed the wrong file", "This incident happened after a laptop was left …".
 */
const EXPLAINS_BREACH = new RegExp(
  String.raw`^["'“‘]?(?:the|this|that)\s{1,3}(?:(?:data|security|privacy|cyber|email)\s{1,3})?(?:${alternation(EXPLAINED_INCIDENTS)})\s{1,3}(?:(?:apparently|reportedly|likely|probably|allegedly)\s{1,3})?(?:${alternation(EXPLAINED_VERBS)})\s{1,3}(?:when|after|because|as|while|due\s{1,3}to)\b`,
  "i",
);

/**
 * A date that ends its sentence with no event words in reach, when the next sentence opens by
 * explaining the incident ("… saw the grades of other pupils in early March 2016. The breach
 * happened when a teacher shared the wrong spreadsheet."): the date is the breach's. Only the
 * next sentence's opening words are read, as a class of wording; nothing else of it.
 */
function explainedNext(ctx: MatchContext): boolean {
  const { sentences } = ctx.doc;
  // The first sentence that starts after this one (sentences are in text order): a binary
  // search, so a dump of many such dates costs no scan of the document for each.
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.start <= ctx.sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const next = sentences[lo];
  return next !== undefined && EXPLAINS_BREACH.test(next.text);
}

/** What may stand before a date that opens its sentence: "In", "During", "In approximately". */
const OPENER = new RegExp(
  String.raw`^[\s\-–•*]*(?:(?:in|on|during|around|by|at|from|as of|sometime in|some time in|${alternation(DATE_HEDGES)})\s+){0,2}(?:${alternation(Object.keys(WEEKDAYS))},?\s+)?$`,
  "i",
);
/** Events that an opening date gives way to: the report's scene-setting date is its incident's. */
const SCENE_EVENTS = new Set<DateEventOf>(["detected", "disclosed", "other"]);
/** Words that say a sentence is about a breach or the data in it. */
const BREACH_TALK =
  /\b(?:breach\w*|hack\w*|leak\w*|expos\w*|stolen|compromis\w*|data|database\w*|records?|accounts?|email addresses|passwords?|credentials|personal information|vulnerabilit\w*|security flaws?)\b/i;
/** A date in an earlier sentence ("In March 2019", "May 5", "in 2016"). */
const EARLIER_DATE = new RegExp(
  String.raw`${MONTH}\s{1,3}\d|\b(?:in|on|during|since)\s{1,3}(?:mid-?|early\s|late\s)?(?:19|20)\d\d\b`,
  "i",
);
/** How many sentences of the body the opening date may come after. */
const OPENING_SENTENCES = 4;

/**
 * The date that opens a report ("In October 2013, 153 million accounts were breached …",
 * "In February 2018, a collection of breaches was found online"): the first date of the body,
 * at the head of one of its first sentences, in a sentence about a breach or its data. It
 * dates the incident the report is about, whatever the verb after it.
 */
function opensReport(ctx: MatchContext, s: string, start: number): boolean {
  const { doc } = ctx;
  const index = doc.sentences.indexOf(ctx.sentence);
  if (index < 0) return false;
  // The opening sentence or the one after it ("… within the "Adopt Me!" game suffered a breach").
  if (!BREACH_TALK.test(s) && !BREACH_TALK.test(doc.sentences[index + 1]?.text ?? "")) return false;
  let seen = 0;
  for (let i = 0; i < index; i++) {
    const sentence = doc.sentences[i]!;
    const text = sentence.text.trim();
    if (!text || (i === 0 && text === doc.title)) continue;
    if (doc.dateline && sentence.start <= doc.dateline.start && doc.dateline.end <= sentence.end)
      continue;
    if (EARLIER_DATE.test(text)) return false;
    if (++seen >= OPENING_SENTENCES) return false;
  }
  return start >= 0;
}

// Durations

const spanCue = (phrases: readonly string[]) =>
  new RegExp(String.raw`\b(?:${alternation(phrases)})\b`, "i");
const UNDETECTED = spanCue(UNDETECTED_CUES);
const ACCESS = spanCue(ACCESS_CUES);
/** How far (characters) before and after a span its cue words may be. */
const SPAN_BEFORE = 100;
const SPAN_AFTER = 50;

/** The event of a span at [start, end) of the sentence: undetected, access, or other. */
export function durationEventOf(ctx: MatchContext, start: number, end: number): DurationEvent {
  const s = ctx.sentence.text;
  const near = `${s.slice(Math.max(0, start - SPAN_BEFORE), start)} ${s.slice(start, end)}`;
  const after = s.slice(end, end + SPAN_AFTER);
  if (UNDETECTED.test(near) || UNDETECTED.test(after)) return "undetected";
  if (ACCESS.test(near) || ACCESS.test(after)) return "access";
  return "other";
}

export default defineRefiner({
  id: "event",
  description: "Decide the event of each date and duration from the words around it.",
  refine(drafts: AnyDraft[], doc: SourceDoc) {
    const decided = drafts.map((d): AnyDraft => {
      if (d.kind !== "date" && d.kind !== "duration") return d;
      const sentence = doc.sentences[d.sentence];
      if (!sentence) return d;
      const ctx: MatchContext = { doc, sentence };
      const start = d.start - sentence.start;
      const end = d.end - sentence.start;
      if (d.kind === "date")
        return { ...d, value: { ...d.value, event: eventOf(ctx, start, end) } };
      return { ...d, value: { ...d.value, event: durationEventOf(ctx, start, end) } };
    });
    // A date with no event of its own that follows another date of its sentence in a list
    // ("in March 2019 and again in October 2020") shares that date's event.
    let previous: AnyDraft | null = null;
    return decided.map((d): AnyDraft => {
      if (d.kind !== "date") return d;
      const prev = previous;
      previous = d;
      if (prev?.kind !== "date" || prev.sentence !== d.sentence) return d;
      const gap = doc.text.slice(prev.end, d.start);
      // "first breached in March 2019 and again in October 2020": the later date is a breach.
      if (prev.value.event === "breach_start" && AGAIN.test(gap) && COORDINATED.test(gap)) {
        const next = { ...d, value: { ...d.value, event: "breach" as const } };
        previous = next;
        return next;
      }
      if (d.value.event !== "other" || prev.value.event === "published") return d;
      if (!COORDINATED.test(gap)) return d;
      const next = { ...d, value: { ...d.value, event: prev.value.event } };
      previous = next;
      return next;
    });
  },
});
