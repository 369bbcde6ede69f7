// What the affected matchers share: the noun phrase after a number, and the contexts in
// which a count of people is not a count of those affected (a population, a customer base).
import { isYearLike, LETTER, MAGNITUDE_WORD_SOURCE } from "../../lexicon/numbers.js";
import {
  STOP_WORDS,
  UNIT_NOUN_SOURCE,
  UNIT_NOUNS,
  unitOf,
  type Unit,
} from "../../lexicon/units.js";
import type { ValueOf } from "../../contract/index.js";
import { escape } from "../../lexicon/regex.js";

const STOP_ALT = [...STOP_WORDS]
  .filter((w) => !w.includes(" "))
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");

/** Singular nouns that name what a following noun belongs to: "customer accounts". */
const NOUN_MODIFIERS = new Set([
  "account",
  "user",
  "member",
  "subscriber",
  "player",
  "customer",
  "client",
  "patient",
  "employee",
  "record",
  "email",
  "e-mail",
]);

/**
 * Words that end a head noun and so cannot be skipped as a modifier: the count belongs to the
 * first of them ("2.1M unique email addresses alongside names" counts addresses, not names).
 */
const HEAD_ENDS = [
  ...new Set(
    [...UNIT_NOUNS.keys()].map((k) =>
      k
        .split(/[\s,]+/)
        .pop()!
        .toLowerCase(),
    ),
  ),
]
  .filter((w) => !NOUN_MODIFIERS.has(w))
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");

/** One word that may stand between a number and its noun ("Adobe", "unique", "U.S."). */
/**
 * A brand may hold "&" ("AT&T": not the stop word "at") or open with digits and lower-case
 * letters ("4chan", "23andMe"; not a count such as "15M", "15mn" or "15th").
 */
const MODIFIER = String.raw`(?!(?:${STOP_ALT}|${HEAD_ENDS})(?!${LETTER}|['’&-]))(?:${LETTER}|\d{1,4}(?!(?:mn|bn|mm|th|st|nd|rd)(?![a-z]))[a-z]{2})(?:${LETTER}|\d|[.'’&-])*`;

/** Up to `n` modifier words, each followed by space; captured by the caller. */
export const modifiers = (n: number, lazy = false) =>
  String.raw`(?:${MODIFIER}\s+){0,${n}}${lazy ? "?" : ""}`;

/** The head noun (a people noun, a record) with an optional possessive. */
export const HEAD_SOURCE = String.raw`(${UNIT_NOUN_SOURCE})(?:['’]s?)?(?!${LETTER}|\d)`;

/**
 * Characters that may not come right before a count ("$5 million", "COVID-19", "v2.1"); but
 * scraped text glues a short function word to a count ("wrote to1,200 patients", "data
 * of3,000 users"), and the word then stands apart. Only before a count in digits: the leading
 * `(?=\d)` lets V8 pass over every other place at once (it tried the lookbehinds at each).
 */
export const NOT_BEFORE = String.raw`(?=\d)(?:(?<![A-Za-z\u00C0-\u024F\d.,$€£¥₩₹/#-])|(?<=(?<![A-Za-z\u00C0-\u024F\d])(?:to|of|for|by|on|at|and|with|from|about|over|some|nearly)))`;

const PREPOSITION_BEFORE_YEAR =
  /\b(?:in|since|by|from|of|to|until|till|before|after|during|early|late|mid|end|spring|summer|fall|autumn|winter|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)[\s,]{1,3}$/i;

const HEDGE = String.raw`(?:(?:about|approximately|around|roughly|some|nearly|almost|over|more\s+than|close\s+to|an\s+estimated|upwards\s+of)\s+)?`;

/** A population or a customer base: "a country with approximately", "which has", "serves". */
const BASE_BEFORE = new RegExp(
  String.raw`(?:\b(?:country|nation|city|state|province|region|island|town)\s+(?:of|with|that\s+has)|\bpopulation\s+(?:of|is|was)|\bhome\s+to|\bbase\s+of|\b(?:ha[sd]|have|serves?|served|serving|boasts?|boasting|employs|employing))\s+${HEDGE}$`,
  "i",
);

/**
 * "4.7 million of the 9 million users", "30 percent of the retailer's 9 million customers":
 * the second number is the whole, not the affected.
 */
const PART_OF_BEFORE = new RegExp(
  String.raw`\d(?:[\s-]?(?:${MAGNITUDE_WORD_SOURCE})|[kKmM]|\s?%|\s+per\s?cent)?\s+(?:out\s+)?of(?:\s+(?:the|its|their|our|all))?(?:\s+(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s?)?\s*$`,
);

/** A group of actors: "a criminal ring of 11 people", "a team of 40 employees". */
const GROUP_BEFORE =
  /\b(?:ring|gang|group|team|crew|band|network|cell|panel|staff)["”’']?\s+of\s+(?:(?:about|around|approximately|roughly|some|nearly|almost|over|more\s+than)\s+)?$/i;

/**
 * Recipients: "emailed a spreadsheet ... to 60 employees" (but "up to 60 employees" is a bound,
 * and "an email to 90 people" exposed those 90).
 */
const STAFF = new Set(["employees", "staff", "staffers", "workers", "personnel", "contractors"]);
const TO_BEFORE = /(?<!\bup\s)\bto\s+$/i;

/** A base of active users: "500 million monthly active users". */
const BASE_MODIFIERS = /\b(?:monthly|daily|weekly)\b/i;
const ACTIVE = /\bactive\s*$/i;
const ACTIVE_BASE_HEADS = new Set([
  "users",
  "accounts",
  "subscribers",
  "customers",
  "players",
  "members",
]);

/** "Snapchat had 4.6 million usernames exposed": a base verb, but the count is what was hit. */
const HIT_AFTER =
  /^\W{0,3}(?:(?!(?:the|a|an|its|their)\b)\w+\s+){0,3}?(?:were\s+|was\s+)?(?:exposed|stolen|leaked|compromised|breached|accessed|taken|dumped|affected|impacted|hacked|scraped|published|posted)\b/i;

/**
 * Why a count found at `index` of `sentence` is not an affected count, or null when it is one.
 * `number` is the number as written, `mods` the words between it and the noun, `noun` the
 * head noun: a year before a singular noun is a year ("the 2019 record of $170 million"); `after`
 * the text after the noun phrase.
 */
export function notAffected(
  sentence: string,
  index: number,
  number: string,
  mods: string,
  noun = "",
  after = "",
): string | null {
  const before = sentence.slice(Math.max(0, index - 60), index);
  if (
    isYearLike(number) &&
    (mods.trim() !== "" ||
      PREPOSITION_BEFORE_YEAR.test(before) ||
      NOUN_MODIFIERS.has(noun.replace(/['’]s?$/, "").toLowerCase()))
  )
    return "year";
  if (BASE_BEFORE.test(before) && !HIT_AFTER.test(after)) return "population or customer base";
  if (PART_OF_BEFORE.test(before)) return "the whole of a part";
  const head = noun.replace(/['’]s?$/, "").toLowerCase();
  if (BASE_MODIFIERS.test(mods) || (ACTIVE.test(mods) && ACTIVE_BASE_HEADS.has(head)))
    return "active-user base";
  if (GROUP_BEFORE.test(before)) return "a group of actors";
  if (TO_BEFORE.test(before) && STAFF.has(head)) return "recipients";
  if (MONTH_BEFORE.test(before)) return "day of a month";
  if (ONE_IN_BEFORE.test(before)) return "a ratio";
  if (AGE_MODIFIER.test(mods)) return "an age";
  if (/^\d{1,2}$/.test(number)) {
    const name = NAME_BEFORE.exec(before);
    if (name && !CAPITALISED_FUNCTION_WORDS.has(name[1]!.toLowerCase()))
      return "a version or model number";
  }
  return null;
}

/** "on March 5 customers were told": the number is a day. */
const MONTH_BEFORE =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$/;
/** "1 in 5 users", "one in four customers". */
const ONE_IN_BEFORE = /\b(?:\d+|one|two|three)\s+(?:in|out\s+of)\s+$/i;
/** "65-year-old patients". */
const AGE_MODIFIER = /^(?:years?|months?|weeks?|days?)[-\s]old\b/i;
/** "Windows 10 users", "iPhone 15 owners": a capitalised word inside the sentence, then a small number. */
const NAME_BEFORE = /[^\s:;"“(]\s+([A-Z][A-Za-z]*)\s+$/;
const CAPITALISED_FUNCTION_WORDS = new Set([
  "all",
  "only",
  "some",
  "about",
  "over",
  "nearly",
  "almost",
  "approximately",
  "around",
  "roughly",
  "the",
  "these",
  "those",
  "another",
  "additional",
  "total",
  "further",
]);

/**
 * Nouns that, in a handful ("three employees", "two men", "Six people who worked in tax
 * preparation"), are more often the actors of a story than those whose data was exposed.
 */
const ACTOR_LIKE = new Set([
  "employees",
  "employee",
  "staff",
  "staffers",
  "workers",
  "men",
  "women",
  "people",
  "persons",
  "individuals",
  "officers",
  "personnel",
  "doctors",
  "nurses",
  "physicians",
  "drivers",
  "teachers",
]);
const FEW = 10;

/**
 * A singular noun after a number without a hyphen counts only in a compound that names a
 * breach: "34M Customer Data Breach" (but not "4 page VA Employee").
 */
export function singularHeadOk(noun: string, separator: string, after: string): boolean {
  if (!NOUN_MODIFIERS.has(noun.toLowerCase())) return true;
  return (
    separator.includes("-") ||
    /^\s+(?:data|breach|leak|hack|information|info|details|database|list|base)\b/i.test(after)
  );
}

/** The value of a count with its noun, or null when the count is not a whole number > 0. */
export function affectedValue(count: number | null, noun: string): ValueOf<"affected"> | null {
  if (count === null || !Number.isInteger(count) || count <= 0) return null;
  const head = noun.replace(/['’]s?$/, "");
  if (count < FEW && ACTOR_LIKE.has(head.toLowerCase())) return null;
  const unit: Unit = unitOf(head) ?? "other";
  return { count, bound: "exact", unit };
}
