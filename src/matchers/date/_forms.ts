// What the date matchers for the rarer written forms share (issue 18): month names in any case,
// ordinal day words, two-digit years, and the day order of a numeric date ("4/10/2019"), which
// only the document's dateline or country can settle. Not a matcher (leading underscore).
import type { SourceDoc } from "../../document/index.js";
import {
  AMBIGUOUS_MONTHS,
  DAY_FIRST_CUES,
  MONTH_FIRST_CUES,
  MONTHS,
  ORDINAL_DAYS,
} from "../../lexicon/dates.js";
import type { MatchContext } from "../../rules/index.js";
import { reference } from "./_shared.js";

const byLength = (a: string, b: string) => b.length - a.length || a.localeCompare(b);

/** A month name or abbreviation in lower case ("march", "sept"), with an optional period. */
export const LOWER_MONTH = `(?:${Object.keys(MONTHS).sort(byLength).join("|")})\\b\\.?`;

/** A lower-case month name that is no ordinary word (not "may", "march", "mar"). */
export const LOWER_SAFE_MONTH = `(?:${Object.keys(MONTHS)
  .filter((w) => !AMBIGUOUS_MONTHS.includes(w) && w !== "mar")
  .sort(byLength)
  .join("|")})\\b\\.?`;

/** A month name or abbreviation in any case, for forms where digits hold it on both sides. */
export const ANY_CASE_MONTH = `(?:${Object.keys(MONTHS)
  .sort(byLength)
  .map((w) => [...w].map((c) => `[${c.toUpperCase()}${c}]`).join(""))
  .join("|")})`;

/** A day as an ordinal word ("third", "twenty-first", "Twenty First"); first letters either case. */
export const ORDINAL_DAY = `(?:${Object.keys(ORDINAL_DAYS)
  .sort(byLength)
  .map((w) =>
    w
      .split("-")
      .map((p) => `[${p[0]!.toUpperCase()}${p[0]}]${p.slice(1)}`)
      .join("[\\s-]"),
  )
  .join("|")})\\b`;

/** The day an ordinal word names: "Third" → 3, "twenty-first" → 21. */
export function ordinalDay(word: string): number | null {
  return ORDINAL_DAYS[word.toLowerCase().replace(/\s+/, "-")] ?? null;
}

/**
 * A two-digit year ("97", "'19"): the century that puts it no later than a year after the
 * document's date (or, with no date, 70–99 → 19xx, else 20xx).
 */
export function fullYear(written: string, ctx: MatchContext): number {
  const yy = Number(written.replace(/^['’]/, ""));
  if (written.replace(/^['’]/, "").length === 4) return yy;
  const ref = reference(ctx);
  const limit = ref ? (ref.y + 1) % 100 : 69;
  const century = ref ? Math.floor((ref.y + 1) / 100) * 100 : 2000;
  return yy <= limit ? century + yy : century - 100 + yy;
}

const cueRegex = (cues: readonly string[]) =>
  new RegExp(
    String.raw`(?<![\w.])(?:${[...cues]
      .sort(byLength)
      .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replaceAll(" ", String.raw`\s`))
      .join("|")})(?![\w])`,
    "g",
  );
const MONTH_FIRST_RE = cueRegex(MONTH_FIRST_CUES);
const DAY_FIRST_RE = cueRegex(DAY_FIRST_CUES);
/** Numeric dates of the document: a first number over 12 says day first, a second one month first. */
const NUMERIC_DATE_RE = /(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d\d)(?![\d/])/g;

const ORDER = new WeakMap<SourceDoc, "day" | "month" | null>();

/**
 * Which number comes first in the document's numeric dates, as far as the text says: the
 * dateline's own form, then its other numeric dates that only one order can read ("29/07/2017",
 * "7/29/2017"), then the country it speaks of (United States: month first; most others: day
 * first). Null when nothing says.
 */
export function documentOrder(doc: SourceDoc): "day" | "month" | null {
  if (ORDER.has(doc)) return ORDER.get(doc)!;
  const order = readOrder(doc);
  ORDER.set(doc, order);
  return order;
}

function readOrder(doc: SourceDoc): "day" | "month" | null {
  const tally = (text: string) => {
    let day = 0;
    let month = 0;
    for (const m of text.matchAll(NUMERIC_DATE_RE)) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && b <= 12) day++;
      else if (b > 12 && a <= 12) month++;
    }
    return day > month ? "day" : month > day ? "month" : null;
  };
  const dl = doc.dateline;
  const fromDateline = dl ? tally(doc.text.slice(dl.start, dl.end)) : null;
  if (fromDateline) return fromDateline;
  const fromDates = tally(doc.text);
  if (fromDates) return fromDates;
  const monthCues = doc.text.match(MONTH_FIRST_RE)?.length ?? 0;
  const dayCues = doc.text.match(DAY_FIRST_RE)?.length ?? 0;
  if (monthCues > dayCues) return "month";
  if (dayCues > monthCues) return "day";
  return null;
}

/**
 * The month and day of a numeric date whose first two numbers are `a` and `b`: the order only
 * one reading allows, else the document's order; null when nothing settles it (the caller then
 * keeps the year alone). Two equal numbers read the same either way.
 */
export function dayAndMonth(
  a: number,
  b: number,
  ctx: MatchContext,
  fallback: "day" | "month" | null = null,
): { m: number; d: number } | null {
  if (a > 12 && b <= 12) return { m: b, d: a };
  if (b > 12 && a <= 12) return { m: a, d: b };
  if (a === b) return { m: a, d: a };
  if (a > 12 || b > 12) return null;
  const order = documentOrder(ctx.doc) ?? fallback;
  if (order === "day") return { m: b, d: a };
  if (order === "month") return { m: a, d: b };
  return null;
}
