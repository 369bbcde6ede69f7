// The word classes a matcher's triggers may name (src/rules/triggers.ts), as lower-case words
// (`word*`: a prefix) taken from the lexicons; `:digit` and `:capital` are read off characters.
import { CURRENCY_SIGNS as SIGNS, CURRENCY_TRIGGER_WORDS } from "./currency.js";
import { MONTHS, WEEKDAYS } from "./dates.js";
import { MAGNITUDES, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from "./numbers.js";

const WORD_RUN = /[a-z\d]+/gi;
/** The first run of ASCII letters and digits of a phrase, lower case: "U.S. dollars" → "u". */
export function firstWord(phrase: string): string {
  const word = phrase.match(WORD_RUN)?.[0];
  if (!word) throw new Error(`no ASCII word to trigger on in ${JSON.stringify(phrase)}`);
  return word.toLowerCase();
}

/** Triggers from a lexicon: the first word of each phrase as a prefix (`word*`). */
export function prefixesOf(phrases: Iterable<string>): string[] {
  return [...new Set([...phrases].map((p) => `${firstWord(p)}*`))];
}

const keys = (...records: object[]) => records.flatMap((r) => Object.keys(r));
/** Currency signs ("$", "€", "₹"), found character by character. */
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(SIGNS);

/** The word classes, as word triggers. */
export const WORD_CLASSES: Readonly<Record<string, readonly string[]>> = {
  ":number-word": keys(MAGNITUDES, UNIT_WORDS, TENS_WORDS, SCALE_WORDS).map(firstWord),
  ":month": Object.keys(MONTHS).map(firstWord),
  ":weekday": Object.keys(WEEKDAYS).map(firstWord),
  // Codes and words by their last word ("Swiss francs": francs), as prefixes ("220EUR" is
  // found by its digit); a key with a sign ("US$") is found by its sign.
  ":currency": CURRENCY_TRIGGER_WORDS.map((w) => `${w}*`),
};
