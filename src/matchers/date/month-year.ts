// "April 2019", "April of 2017", "June, 2014", "early January 2018", "Sept. 2016"
import { defineMatcher } from "../../rules/index.js";
import { MONTH, PART, dateValue, monthOf, plausibleYear, YEAR_END } from "./_shared.js";

// Group 1 is the part word, kept in the span.
const PATTERN = new RegExp(
  String.raw`\b(${PART})?(${MONTH})(?:,|\s{1,3}of)?\s{1,3}(\d{4})${YEAR_END}(?![-/.,]\d)`,
  "gi",
);
const MONTH_WORD = 2,
  YEAR = 3;

export default defineMatcher({
  id: "date.month-year",
  kind: "date",
  description: "A month name (perhaps with early, mid or late) and a four-digit year.",
  pattern: PATTERN,
  triggers: [":month"],
  extract(m, ctx) {
    const word = m[MONTH_WORD]!;
    // The pattern is case-insensitive for the part words; the month must be written as a name.
    if (word.charAt(0) !== word.charAt(0).toUpperCase()) return null;
    const mo = monthOf(word);
    const y = Number(m[YEAR]);
    if (mo === null || !plausibleYear(y, ctx)) return null;
    return dateValue(y, mo, null, false);
  },
  examples: {
    valid: [
      {
        text: "In July 2018, the running and cycling app suffered a data breach.",
        match: "July 2018",
        value: { date: "2018-07", grain: "month", yearInferred: false, event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "In March 2016, 87 million accounts were breached, each one holding an ID.",
        match: "March 2016",
        value: { date: "2016-03", grain: "month", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "The security team of the online store discovered the breach in March 2019.",
        match: "March 2019",
        value: { date: "2019-03", event: "other" },
        refined: { event: "detected" },
      },
      {
        text: "Title\n\nIn February 2018, a bundle of 1,200 supposed breach files was found online.",
        match: "February 2018",
        value: { date: "2018-02", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "In March 2019, the website discovered a data breach of backups dating back to October 2017.",
        match: "October 2017",
        value: { date: "2017-10", event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "The investment research company announced a data breach in December 2022.",
        match: "December 2022",
        value: { date: "2022-12", event: "other" },
        refined: { event: "disclosed" },
      },
      {
        text: "The attack began in April of 2017 and was contained weeks later.",
        match: "April of 2017",
        value: { date: "2017-04", grain: "month", event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "A USB stick with client information went missing in Sept. 2016.",
        match: "Sept. 2016",
        value: { date: "2016-09", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "In approximately early January 2018, customer records were leaked online.",
        match: "early January 2018",
        value: { date: "2018-01", grain: "month", event: "other" },
        refined: { event: "breach" },
      },
      {
        text: "The records later appeared for sale on an underground forum in February 2019.",
        match: "February 2019",
        value: { date: "2019-02", event: "other" },
        refined: { event: "disclosed" },
      },
      {
        text: "Intruders accessed the credit union's online banking portal between March and June 2021, it said.",
        match: "June 2021",
        value: { date: "2021-06", grain: "month", event: "other" },
        refined: { event: "breach_end" },
      },
      {
        text: "An unauthorised party had access to the mailbox, the firm said, from January 2021 to June 2022.",
        match: "January 2021",
        value: { date: "2021-01", grain: "month", event: "other" },
        refined: { event: "breach_start" },
      },
      {
        text: "An unauthorised party had access to the mailbox, the firm said, from January 2021 to June 2022.",
        match: "June 2022",
        value: { date: "2022-06", grain: "month", event: "other" },
        refined: { event: "breach_end" },
      },
    ],
    invalid: [
      "You may 2019 be affected.",
      "The march 2019 protest was peaceful, in lower case.",
      "In May 20, records were lost.",
      "October 2013-2014 figures",
    ],
  },
});
