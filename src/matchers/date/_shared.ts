// What the date matchers share: month patterns, the reference date, and the event a date's
// words give it. Not a matcher (the leading underscore keeps it out of the registry).
import type { ValueOf } from "../../contract/index.js";
import {
  AMBIGUOUS_MONTHS,
  ATTACHED_CUES,
  DATE_HEDGES,
  EVENT_CUES,
  MONTHS,
  PART_WORDS,
  RECORD_FIELD_CUES,
  SINCE_START_CUES,
  type DateEvent,
} from "../../lexicon/dates.js";
import type { MatchContext } from "../../rules/index.js";

export type DateValue = ValueOf<"date">;
export type Grain = DateValue["grain"];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const byLength = (a: string, b: string) => b.length - a.length || a.localeCompare(b);

/** A phrase list as one alternation: spaces match any whitespace, a trailing `*` any word end. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort(byLength)
    .map((p) => {
      const star = p.endsWith("*");
      const body = (star ? p.slice(0, -1) : p)
        .split(" ")
        .map((w) => w.split("-").map(escape).join("-"))
        .join(String.raw`\s+`);
      return star ? String.raw`${body}\w*` : body;
    })
    .join("|");
}

/** A month name or abbreviation, capitalised or upper case, with an optional period. */
export const MONTH = `(?:${Object.keys(MONTHS)
  .sort(byLength)
  .flatMap((w) => [cap(w), w.toUpperCase()])
  .join("|")})\\b\\.?`;

/** A month name that is never an ordinary word (for bare months: not "May", "March"). */
export const SAFE_MONTH = `(?:${Object.keys(MONTHS)
  .filter((w) => !AMBIGUOUS_MONTHS.includes(w) && w.length > 3)
  .sort(byLength)
  .flatMap((w) => [cap(w), w.toUpperCase()])
  .join("|")})\\b`;

/** Part-of-period words as an optional prefix: "early ", "mid-", "the end of ". */
export const PART = `(?:(?:${alternation(PART_WORDS)})[\\s-]{1,2})`;
export const HEDGE = `(?:(?:${alternation(DATE_HEDGES)})\\s+)`;

export function monthOf(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")] ?? null;
}

export const pad = (n: number) => String(n).padStart(2, "0");

export function validDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Years a text about data breaches plausibly means. */
export function plausibleYear(y: number, ctx?: MatchContext): boolean {
  const ref = reference(ctx);
  const max = ref ? ref.y + 1 : 2100;
  return y >= 1970 && y <= max;
}

/** The document's own date (front matter or dateline), parsed; never the clock. */
export interface Reference {
  y: number;
  m: number | null;
  d: number | null;
}

export function reference(ctx: MatchContext | undefined): Reference | null {
  const p = ctx?.doc.published;
  if (!p) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(p);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

/**
 * The year of a month (and day) written without one: the publication year, or the year before
 * when the month-day comes later in the year than the publication date.
 */
export function inferYear(ref: Reference, month: number, day: number | null): number {
  if (ref.m === null) return ref.y;
  if (month > ref.m) return ref.y - 1;
  if (month === ref.m && day !== null && ref.d !== null && day > ref.d) return ref.y - 1;
  return ref.y;
}

export function isoOf(y: number, m?: number | null, d?: number | null): string {
  if (m == null) return String(y);
  if (d == null) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

// Events

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
  String.raw`(?:\s+(?:in|on|around|about|approximately|circa|roughly|sometime|some time|the|of|${alternation(PART_WORDS)}))+\s*$`,
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
const RECORD_FIELD = new RegExp(String.raw`(?:${alternation(RECORD_FIELD_CUES)})\s*["']?\s*$`, "i");
const BETWEEN_END = /\bbetween\b[^.;]{1,60}\band\s+$/i;
const FROM_END = /\bfrom\b[^.;]{1,60}\b(?:to|until|till|through)\s+$/i;
const FROM_START = /\bfrom\s+$/i;
const RANGE_NEXT = /^[\s,]{0,3}(?:to|until|till|through|and)\b/i;
/** Words between a noun cue and the date that make the date the noun's ("the breach in"). */
const NOUN_BEFORE_GAP =
  /^\s+(?:(?:which|that)\s+(?:began|occurred|happened)\s+)?(?:in|on|of|from|during|dated)\s+$/i;
const NOUN_AFTER_GAP = /^(?:'s)?\s+(?:data\s+|security\s+|cyber\s+)?$/i;
const DETERMINER_GAP = /^\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:\w+\s+){0,2}$/i;

/** The event a date's words give it: attached cue, then the nearest verb, then noun. */
export function eventOf(ctx: MatchContext, start: number, end: number): DateValue["event"] {
  const abs = ctx.sentence.start + start;
  const absEnd = ctx.sentence.start + end;
  const dl = ctx.doc.dateline;
  if (dl && abs < dl.end && dl.start < absEnd) return "published";

  const s = ctx.sentence.text;
  const before = s.slice(Math.max(0, start - 80), start);
  const after = s.slice(end, end + 40);
  if (RECORD_FIELD.test(before)) return "other";
  if (BETWEEN_END.test(before) || FROM_END.test(before)) return "breach_end";
  if (FROM_START.test(before) && RANGE_NEXT.test(after)) return "breach_start";

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

  const blocks = otherDates(s, start, end);
  const cues = cuesIn(s).filter((c) => {
    const lo = Math.min(c.end, start);
    const hi = Math.max(c.start, end);
    if (c.end <= start ? start - c.end > REACH : c.start - end > REACH) return false;
    return !blocks.some((b) => b >= lo && b < hi);
  });
  const dist = (c: Cue) => (c.end <= start ? start - c.end : c.start - end);

  // A noun the date belongs to: "the 2016 breach", "the breach in April 2025" — unless a verb
  // governs that noun ("discovered the breach on July 29").
  const adjacent = cues.find(
    (c) =>
      !c.verb &&
      ((c.start >= end && NOUN_AFTER_GAP.test(s.slice(end, c.start))) ||
        (c.end <= start && NOUN_BEFORE_GAP.test(s.slice(c.end, start)))),
  );
  if (adjacent) {
    const governing = cues.find(
      (c) =>
        c.verb && c.end <= adjacent.start && DETERMINER_GAP.test(s.slice(c.end, adjacent.start)),
    );
    return (governing ?? adjacent).event;
  }
  const pick = (list: Cue[]) => list.sort((a, b) => dist(a) - dist(b))[0];
  const best = pick(cues.filter((c) => c.verb)) ?? pick(cues.filter((c) => !c.verb));
  return best?.event ?? "other";
}

export function dateValue(
  y: number,
  m: number | null,
  d: number | null,
  yearInferred: boolean,
  ctx: MatchContext,
  start: number,
  end: number,
): DateValue {
  const grain: Grain = m === null ? "year" : d === null ? "month" : "day";
  return { date: isoOf(y, m, d), grain, yearInferred, event: eventOf(ctx, start, end) };
}
