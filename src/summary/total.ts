// Which affected claims a text marks as the total, or as the current figure after a revision
// (CLAIMS.md, "The summary": `affected` is how many the breach touched in all). A count so
// marked outranks a side figure: "a total of 900 members", "bringing the total to 22M", "it was
// found to be 40 patients", "he had actually taken data on 160,000 customers", "All 26
// patients will be sent letters", "patients (17 total)".
import type { ClaimOf } from "../contract/index.js";

/**
 * The words of a claim's sentence around it: up to `before` characters before its text and
 * `after` after; null when the text is not in the sentence.
 */
export function around(
  c: ClaimOf<"affected">,
  before: number,
  after: number,
): { before: string; after: string } | null {
  const at = c.sentence.indexOf(c.text);
  if (at < 0) return null;
  const end = at + c.text.length;
  return {
    before: c.sentence.slice(Math.max(0, at - before), at),
    after: c.sentence.slice(end, end + after),
  };
}

const HEDGE = String.raw`(?:(?:about|approximately|around|roughly|some|nearly|almost|over|more\s+than|just\s+(?:over|under)|at\s+least|an\s+estimated)\s+)?`;

/** Words right before the count that name it as the total or the revised figure. */
export const TOTAL_BEFORE = new RegExp(
  String.raw`(?:` +
    // "a total of 900", "totalling almost 25M", "bringing the total to over 22M",
    // "the new total is 4,500", "the total number of victims stands at 1.3 million"
    String.raw`\btotal\s+of\s+|\btotall?ing\s+|\btotal(?:\s+[\w-]+){0,4}?\s+(?:is|was|to|at|of|now)\s+|` +
    // "the figure rose to 12,000", "the count was later raised to 3 million"
    String.raw`\b(?:rose|risen|increased|grew|grown|climbed|jumped|swelled|raised|revised(?:\s+upwards?)?)\s+to\s+|` +
    // "it was discovered to be 38 patients", "turned out to involve 9,000 customers"
    String.raw`\b(?:discovered|found|determined|confirmed|turned\s+out|shown|revealed)\s+to\s+(?:be|involve|include|contain|affect|have\s+affected|number)\s+(?:(?:data|records|information)\s+(?:on|of|for)\s+)?|` +
    // "she had actually copied account data on 90,000+ members"
    String.raw`\bactually\s+(?:[\w'’-]+\s+){0,5}?|` +
    // "All 26 patients will be notified", "in total, 5,000 people", "in all 800 students"
    String.raw`(?:^|[^\w\s]\s*|\b(?:notif\w+|alert\w+|contact\w+|inform\w+|letters?\s+to)\s+)all\s+|\bin\s+(?:total|all),?\s+` +
    String.raw`)${HEDGE}$`,
  "i",
);

/** Words right after the count's noun: "patients (17 total)", "800 people in total". */
export const TOTAL_AFTER = /^\s*(?:\(\s*total\s*\)|total\b|in\s+(?:total|all)\b|altogether\b)/i;

/** Whether the text marks this claim as the total or the current, revised figure. */
export function isTotal(c: ClaimOf<"affected">): boolean {
  const words = around(c, 80, 20);
  return words !== null && (TOTAL_BEFORE.test(words.before) || TOTAL_AFTER.test(words.after));
}

/**
 * Words before a count that put it in the past as an estimate since revised: "initially
 * reported as affecting 4,000 people", "twice the initial estimate of 60 million", "originally
 * put at 1.1 million".
 */
export const SUPERSEDED_BEFORE =
  /\b(?:(?:initially|originally|previously)\s+(?:[\w'’-]+\s+){0,3}|(?:initial|original|earlier|previous|preliminary)\s+(?:estimates?|counts?|tally|figures?|reports?)\s+(?:of\s+|at\s+|was\s+|put\s+at\s+)?(?:(?:about|approximately|around|roughly|some|nearly|almost|over|more\s+than|just\s+(?:over|under))\s+)?)$/i;

/** Whether the text gives this count as an earlier estimate, since revised. */
export function isSuperseded(c: ClaimOf<"affected">): boolean {
  const words = around(c, 60, 0);
  return words !== null && SUPERSEDED_BEFORE.test(words.before);
}
