// "on Friday", "said Thursday", "last Tuesday": the latest such day up to the document's date
import { WEEKDAYS, WEEKDAY_LEADS } from "../../lexicon/dates.js";
import { defineMatcher } from "../../rules/index.js";
import { MONTH, alternation, dateValue, reference } from "./_shared.js";

const DAY = Object.keys(WEEKDAYS)
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  .join("|");
const PATTERN = new RegExp(
  String.raw`\b(${alternation(WEEKDAY_LEADS)}|[a-z]{2,20}ed)\s{1,3}(${DAY})\b(?!,?\s{1,3}(?:${MONTH}\s{1,3})?\d)`,
  "gi",
);
const LEAD = 1,
  WEEKDAY = 2;

export default defineMatcher({
  id: "date.weekday",
  kind: "date",
  description: "A weekday after on, last or a verb, resolved against the document's own date.",
  pattern: PATTERN,
  triggers: [":weekday"],
  extract(m, ctx) {
    const ref = reference(ctx);
    if (ref === null || ref.m === null || ref.d === null) return null; // no anchor, no claim
    const target = WEEKDAYS[m[WEEKDAY]!.toLowerCase()]!;
    const published = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
    let back = (published.getUTCDay() - target + 7) % 7;
    if (back === 0 && m[LEAD]!.toLowerCase() === "last") back = 7;
    const day = new Date(Date.UTC(ref.y, ref.m - 1, ref.d - back));
    const start = m.index + m[0].length - m[WEEKDAY]!.length;
    const end = m.index + m[0].length;
    const value = dateValue(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), true);
    return [{ value, start, end }];
  },
  examples: {
    valid: [
      {
        text: "---\npublished: 2017-09-15\n---\nThe credit bureau disclosed the breach on Thursday.",
        match: "Thursday",
        value: { date: "2017-09-14", grain: "day", yearInferred: true, event: "other" },
        refined: { event: "disclosed" },
      },
      {
        text: "---\npublished: 2017-09-15\n---\nThe university reported Friday that 417,000 people were affected.",
        match: "Friday",
        value: { date: "2017-09-15", grain: "day", yearInferred: true, event: "other" },
        refined: { event: "disclosed" },
      },
    ],
    invalid: [
      "The county's IT director confirmed on Friday that an investigation is under way.",
      "---\npublished: 2017-09-15\n---\nThe office is closed on Sunday, Mar 10, 2024.",
    ],
  },
});
