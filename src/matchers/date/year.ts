// "in 2016", "since 2019", "early 2024", "mid-2016", "the 2018 breach", "in approximately 2011"
import { COUNT_NOUNS, YEAR_LEADS } from "../../lexicon/dates.js";
import { defineMatcher } from "../../rules/index.js";
import { HEDGE, PART, YEAR_END, alternation, dateValue, plausibleYear } from "./_shared.js";

/** A year used as an adjective of one incident: "a massive 2017 data breach", "its 2023 hack". */
const INCIDENT_AFTER = String.raw`(?=\s{1,3}(?:data\s{1,3}|cyber\s?|security\s{1,3}|ransomware\s{1,3})?(?:breach|hack|cyberattack|attack|leak|incident|intrusion)\b)`;
const PATTERN = new RegExp(
  String.raw`\b(?:(?:(since)|(?:${alternation(YEAR_LEADS)}))\s{1,3}${HEDGE}?((?:${PART})?)((?:19[7-9]|20\d)\d)${YEAR_END}(?![-/.,:]\d|\.\d|'s\b|s\b)|((?:19[7-9]|20\d)\d)${INCIDENT_AFTER})`,
  "gi",
);
const SINCE = 1,
  PART_WORD = 2,
  YEAR = 3,
  ADJECTIVE_YEAR = 4;
/** A four-digit number followed by these is a count ("2021 records"), not a year. */
const COUNT_AFTER = new RegExp(
  String.raw`^\s{0,2}(?:[\w-]{1,20}\s{1,3})?(?:${alternation(COUNT_NOUNS)})(?![\w-])`,
  "i",
);

export default defineMatcher({
  id: "date.year",
  kind: "date",
  description: "A four-digit year after a preposition, a part word or an article, not a count.",
  pattern: PATTERN,
  triggers: [":digit"],
  extract(m, ctx) {
    if (m[ADJECTIVE_YEAR] !== undefined) {
      const year = Number(m[ADJECTIVE_YEAR]);
      if (!plausibleYear(year, ctx) || !/[\s(“"']$|^$/.test(ctx.sentence.text.slice(0, m.index)))
        return null;
      return dateValue(year, null, null, false);
    }
    const y = Number(m[YEAR]);
    if (!plausibleYear(y, ctx)) return null;
    const end = m.index + m[0].length;
    if (COUNT_AFTER.test(ctx.sentence.text.slice(end, end + 40))) return null;
    // "the Privacy Act of 1974": the year names a law, not a time anything happened.
    if (/\bAct\s{1,3}$/.test(ctx.sentence.text.slice(Math.max(0, m.index - 12), m.index)))
      return null;
    const start = m[SINCE] ? m.index : end - m[YEAR]!.length - m[PART_WORD]!.length;
    return [{ value: dateValue(y, null, null, false), start, end }];
  },
  examples: {
    valid: [
      {
        text: "The retailer will pay $5 million over a massive 2019 data breach at its stores.",
        match: "2019",
        value: { date: "2019", grain: "year", yearInferred: false, event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "The regulator fined the clinic over its 2021 ransomware attack.",
        match: "2021",
        value: { date: "2021", grain: "year", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "The clinic had held ISO 27001 certification since 2018 when the ransomware struck.",
        match: "since 2018",
        value: { date: "2018", grain: "year", yearInferred: false, event: "other" },
        refined: { event: "certified" },
      },
      {
        text: "Regulators cited the lender's string of security lapses since 2016.",
        match: "since 2016",
        value: { date: "2016", grain: "year", event: "other" },
      },
      {
        text: "Attackers have had access to the network since 2019, the report found.",
        match: "since 2019",
        value: { date: "2019", grain: "year", event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "The 2019 fine followed a two-year inquiry by the watchdog.",
        match: "2019",
        value: { date: "2019", grain: "year", event: "other" },
        refined: { event: "penalty" },
      },
      {
        text: "In mid-2016, the service suffered a data breach.",
        match: "mid-2016",
        value: { date: "2016", grain: "year", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "In approximately 2011, the puzzle site reportedly suffered a data breach.",
        match: "2011",
        value: { date: "2011", grain: "year", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "The data was then sold in early-2019 on a hacking forum.",
        match: "early-2019",
        value: { date: "2019", grain: "year", event: "other" },
        refined: { event: "disclosed" },
      },
      {
        text: "In late 2020, the ad network suffered a data breach that leaked 9M rows.",
        match: "late 2020",
        value: { date: "2020", grain: "year", event: "other" },
        refined: { event: "breach" },
      },
    ],
    invalid: [
      "Regulators counted 2017 breaches at hospitals last year.",
      "Order #2019 breach reports were filed.",
      "The attackers stole 2021 records from the server.",
      "It affected 2000 customers in total.",
      "The company has 1500 employees in the 1990s.",
      "Call 2025 for help in 2150.",
      "In 2020-21 budgets, spending rose.",
      "The agency broke the Privacy Act of 1974, the senator said.",
    ],
  },
});
