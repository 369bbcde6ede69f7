// What the date matchers share: month patterns, the reference date, and a date's value (its event
// is decided by the event refiner, src/refiners/event.ts). Not a matcher (the leading underscore keeps it out of the registry).
import type { ValueOf } from "../../contract/index.js";
import {
  AMBIGUOUS_MONTHS,
  DATE_HEDGES,
  MONTHS,
  PART_OF_WORDS,
  PART_WORDS,
} from "../../lexicon/dates.js";
import type { MatchContext } from "../../rules/index.js";
import { escape } from "../../lexicon/regex.js";

export type DateValue = ValueOf<"date">;
export type Grain = DateValue["grain"];

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
        .join(String.raw`\s{1,3}`);
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
export const PART = `(?:(?:the\\s{1,3}(?:${alternation(PART_OF_WORDS)})\\s{1,3}of|middle\\s{1,3}of|${alternation(PART_WORDS)})[\\s-]{1,2})`;
/**
 * The end of a year: a word boundary, or a capitalised word glued to it, as scraped tables
 * print a timeline ("December 2025Hearings begin").
 */
export const YEAR_END = String.raw`(?:\b|(?=[A-Z][a-z]))`;
export const HEDGE = `(?:(?:${alternation(DATE_HEDGES)})\\s{1,3})`;

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

/**
 * A date's value. Its `event` is a placeholder here: the event refiner (src/refiners/event.ts)
 * decides it from the words of the sentence around the claim's span.
 */
export function dateValue(
  y: number,
  m: number | null,
  d: number | null,
  yearInferred: boolean,
): DateValue {
  const grain: Grain = m === null ? "year" : d === null ? "month" : "day";
  return { date: isoOf(y, m, d), grain, yearInferred, event: "other" };
}

/**
 * A full date written with a month name (day-month-year or month-day-year): the groups that
 * hold the day, the month word and the year of a match, checked and valued; null when the day
 * does not exist in that month or the year is implausible.
 */
export function namedMonthDate(
  m: RegExpExecArray,
  ctx: MatchContext,
  groups: { day: number; month: number; year: number },
): DateValue | null {
  const mo = monthOf(m[groups.month]!);
  const d = Number(m[groups.day]);
  const y = Number(m[groups.year]);
  if (mo === null || !validDay(y, mo, d) || !plausibleYear(y, ctx)) return null;
  return dateValue(y, mo, d, false);
}
