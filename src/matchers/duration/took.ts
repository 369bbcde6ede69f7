// "it took the retailer three weeks to reset passwords", "and nearly a month for the firm to
// disable the feature", "did not find out until four months later": how long a response or a
// detection took.
import { defineMatcher } from "../../rules/index.js";
import { FILLER, NUMBER, UNIT, durationValue, isoOf } from "./_shared.js";

/** Up to three words for who took the time: "the retailer", "23andMe", "the company's team". */
const WHO = String.raw`(?:[\w&'’.-]+\s{1,3}){0,3}?`;
const PATTERN = new RegExp(
  String.raw`\btook\s{1,3}${WHO}${FILLER}?(${NUMBER})\s{1,3}(${UNIT})\b(?!-)|\b${FILLER}?(${NUMBER})\s{1,3}(${UNIT})\s{1,3}for\s{1,3}${WHO}to\s{1,3}[a-z]{3,}|\buntil\s{1,3}${FILLER}?(${NUMBER})\s{1,3}(${UNIT})\s{1,3}later\b`,
  "gi",
);
/** The number and unit groups of each form: took …, … for X to, until … later. */
const GROUPS = [
  [1, 2],
  [3, 4],
  [5, 6],
] as const;

export default defineMatcher({
  id: "duration.took",
  kind: "duration",
  description:
    "How long a response or a detection took: 'took the firm four days to', 'until two months later'.",
  triggers: ["took", "for", "until"],
  pattern: PATTERN,
  extract(m, ctx) {
    const [n, u] = GROUPS.find(([g]) => m[g] !== undefined)!;
    const amount = m[n]!;
    const unit = m[u]!;
    // The span is the number and unit ("four days"), with a filler before it ("nearly a month").
    const at = m[0].search(
      new RegExp(
        String.raw`${FILLER}?${amount.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\s{1,3}${unit}\b`,
        "i",
      ),
    );
    if (at < 0) return null;
    const start = m.index + at;
    const end = m.index + m[0].indexOf(unit, at) + unit.length;
    const value = durationValue(isoOf(amount, unit), ctx, start, end);
    return value ? [{ value, start, end }] : null;
  },
  examples: {
    valid: [
      {
        text: "It took the retailer three weeks to reset every password, the regulator found.",
        match: "three weeks",
        value: { iso: "P3W", bound: "exact" },
      },
      {
        text: "The lender took six days to warn clients, and nearly a month for its vendor to patch the bug.",
        match: "nearly a month",
        value: { iso: "P1M", bound: "exact" },
        refined: { bound: "at_most" },
      },
      {
        text: "The clinic did not learn of the intrusion until two months later, when patients complained.",
        match: "two months",
        value: { iso: "P2M" },
      },
    ],
    invalid: [
      "The firm took steps to notify customers within days.",
      "Customers get two years of monitoring for free.",
      "The store will stay closed for two weeks to repair the damage.",
    ],
  },
});
