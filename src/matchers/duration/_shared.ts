// What the duration matchers share: number and unit words, the ISO value, and the spans that are
// not a breach's (the event refiner, src/refiners/event.ts, decides a span's event). Not a matcher (the leading underscore keeps it out of the registry).
import type { ValueOf } from "../../contract/index.js";
import {
  LOOKBACK_LEADS,
  SPAN_FILLERS,
  SPAN_NUMBERS,
  SPAN_REJECT_CUES,
  SPAN_UNITS,
} from "../../lexicon/dates.js";
import { REMEDY_SPAN_CUES } from "../../lexicon/cues.js";
import type { MatchContext } from "../../rules/index.js";
import { alternation } from "../date/_shared.js";

export type DurationValue = ValueOf<"duration">;

/** A span's number: digits ("18", "1.5") or a number word ("five", "a"). */
export const NUMBER = String.raw`(?:\d{1,3}(?:\.5)?|${alternation(Object.keys(SPAN_NUMBERS))})`;
/** A span's unit word, singular or plural. */
export const UNIT = `(?:${alternation(Object.keys(SPAN_UNITS))})`;
/** Words between the preposition and the number ("a full", "nearly"). */
export const FILLER = `(?:(?:${alternation(SPAN_FILLERS)})\\s{1,3})`;

function numberOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Number(w);
  return SPAN_NUMBERS[w] ?? null;
}

/** "five" + "months" → "P5M"; half years become months, whole days of hours become days. */
export function isoOf(numberWord: string, unitWord: string): string | null {
  const n = numberOf(numberWord);
  const unit = SPAN_UNITS[unitWord.toLowerCase()];
  if (n === null || unit === undefined || n <= 0) return null;
  if (unit === "H") return n % 24 === 0 ? `P${n / 24}D` : null;
  if (Number.isInteger(n)) return `P${n}${unit}`;
  if (unit === "Y") return `P${n * 12}M`;
  return null;
}

const cueRe = (phrases: readonly string[]) =>
  new RegExp(String.raw`\b(?:${alternation(phrases)})\b`, "i");
const REJECT = cueRe([...SPAN_REJECT_CUES, ...REMEDY_SPAN_CUES]);
const LOOKBACK = new RegExp(String.raw`\b(?:${alternation(LOOKBACK_LEADS)})\s*$`, "i");

/** How far (characters) before and after a span its cue words may be. */
const BEFORE = 100;
const AFTER = 50;

/**
 * The value of a span at [start, end) of the sentence, or null when it is not a breach's span:
 * an offer ("credit monitoring for one year"), a sentence, a look-back window.
 */
export function durationValue(
  iso: string | null,
  ctx: MatchContext,
  start: number,
  end: number,
): DurationValue | null {
  if (iso === null) return null;
  const s = ctx.sentence.text;
  const before = s.slice(Math.max(0, start - BEFORE), start);
  const own = s.slice(start, end);
  const after = s.slice(end, end + AFTER);
  if (LOOKBACK.test(before)) return null;
  if (REJECT.test(`${before} ${own} ${after}`)) return null;
  // The event is a placeholder: the event refiner decides it.
  return { iso, bound: "exact", event: "other" };
}
