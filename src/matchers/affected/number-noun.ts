// "4.6 million customer accounts", "the 4.6M-user breach", "87 million Globex accounts",
// "affecting 417,000 people", "1.5M records", "2.1M unique email addresses".
import { NUMBER_SOURCE, parseNumber } from "../../lexicon/numbers.js";
import { defineMatcher } from "../../rules/index.js";
import {
  affectedValue,
  HEAD_SOURCE,
  modifiers,
  NOT_BEFORE,
  notAffected,
  singularHeadOk,
} from "./_phrase.js";

const source = (lazy: boolean) =>
  String.raw`${NOT_BEFORE}(${NUMBER_SOURCE})(\+?\s?-\s?|\+?\s+)(${modifiers(5, lazy)})${HEAD_SOURCE}`;
const PATTERN = new RegExp(source(false), "gi");
/** The nearest head instead, when the farthest is a singular noun out of place. */
const NEAREST = new RegExp(source(true), "iy");
const NUMBER = 1;
const SEPARATOR = 2;
const MODIFIERS = 3;
const NOUN = 4;

export default defineMatcher({
  id: "affected.number-noun",
  kind: "affected",
  description:
    "A number in digits (with a magnitude word or suffix), up to five words, then a people or record noun.",
  pattern: PATTERN,
  triggers: [":digit"],
  extract(m, { sentence }) {
    const text = sentence.text;
    let hit: RegExpExecArray | null = m;
    const after = (h: RegExpExecArray) =>
      text.slice(h.index + h[0].length, h.index + h[0].length + 40);
    if (!singularHeadOk(m[NOUN]!, m[SEPARATOR]! + m[MODIFIERS]!, after(m))) {
      NEAREST.lastIndex = m.index;
      hit = NEAREST.exec(text);
      if (!hit || hit[0].length >= m[0].length) return null;
      if (!singularHeadOk(hit[NOUN]!, hit[SEPARATOR]! + hit[MODIFIERS]!, after(hit))) return null;
    }
    if (notAffected(text, hit.index, hit[NUMBER]!, hit[MODIFIERS]!, hit[NOUN]!, after(hit)))
      return null;
    const value = affectedValue(parseNumber(hit[NUMBER]!), hit[NOUN]!);
    return value ? [{ value, start: hit.index, end: hit.index + hit[0].length }] : null;
  },
  examples: {
    valid: [
      {
        text: "confirmed a 12.4M-user data breach",
        match: "12.4M-user",
        value: { count: 12_400_000, bound: "exact", unit: "users" },
      },
      {
        text: "a breach affecting 8.1 million customer accounts, nearly all of them",
        match: "8.1 million customer accounts",
        value: { count: 8_100_000, bound: "exact", unit: "accounts" },
      },
      {
        text: "In March 2016, 87 million Globex accounts were compromised.",
        match: "87 million Globex accounts",
        value: { count: 87_000_000, unit: "accounts" },
      },
      {
        text: "may have exposed details of about 236,000 people, including patients",
        match: "236,000 people",
        value: { count: 236_000, bound: "exact", unit: "people" },
      },
      {
        text: "The breach exposed 2.1M unique email addresses alongside names.",
        match: "2.1M unique email addresses",
        value: { count: 2_100_000, bound: "exact", unit: "accounts" },
      },
      {
        text: "the data of over 21 million customers was leaked",
        match: "21 million customers",
        value: { count: 21_000_000, bound: "exact", unit: "customers" },
      },
      {
        text: "Hackers dumped 1.5M records online.",
        match: "1.5M records",
        value: { count: 1_500_000, unit: "records" },
      },
      {
        text: "exposed the records of 2,000 patients",
        match: "2,000 patients",
        value: { count: 2000, unit: "people" },
      },
      {
        text: "Retailer Hit By 4M Customer Data Breach",
        match: "4M Customer",
        value: { count: 4_000_000, unit: "customers" },
      },
      {
        text: "the loss of more than 6,400 former nursing students' files",
        match: "6,400 former nursing students'",
        value: { count: 6400, bound: "exact", unit: "people" },
      },
      {
        text: "a file containing 368k student records was found",
        match: "368k student records",
        value: { count: 368_000, unit: "records" },
      },
      {
        text: "as many as 143 million Americans",
        match: "143 million Americans",
        value: { count: 143_000_000, bound: "exact", unit: "people" },
      },
      {
        text: "In May 2017, Contoso Chat had 3.8 million usernames and phone numbers leaked.",
        match: "3.8 million usernames",
        value: { count: 3_800_000, unit: "accounts" },
      },
      {
        text: "Around 1,700 active staff members and 5,000 pensioners were hit.",
        match: "1,700 active staff members",
        value: { count: 1700, bound: "exact", unit: "people" },
      },
      {
        text: "11/08/12: All 43 patients are being sent notification letters.",
        match: "43 patients",
        value: { count: 43, unit: "people" },
      },
      {
        text: "The leak exposed 130,000+ users of the forum.",
        match: "130,000+ users",
        value: { count: 130_000, bound: "exact", unit: "users" },
      },
      {
        text: "Records of 50,000-plus students were posted online.",
        match: "50,000-plus students",
        value: { count: 50_000, bound: "exact", unit: "people" },
      },
      {
        text: "dropped two sheets listing 17 customers' savings account numbers",
        match: "17 customers'",
        value: { count: 17, unit: "customers" },
      },
      {
        text: "Approximately 4,300 Harbor Valley Regional Medical Center patients will be notified",
        match: "4,300 Harbor Valley Regional Medical Center patients",
        value: { count: 4300, bound: "exact", unit: "people" },
      },
      {
        text: "In March the trust wrote to1,200 patients after papers were found in a car park.",
        match: "1,200 patients",
        value: { count: 1200, bound: "exact", unit: "people" },
      },
    ],
    invalid: [
      "a country of about 67 million people",
      "The Photo2000 users group met.",
      "the nation's population of 38 million people",
      "The company, which has 20 million customers, said",
      "Back then, the app had more than 27 million registered accounts and the leak hit",
      "In 2015 Globex accounts were breached",
      "putting millions of customers at risk",
      "a record fine of 6.8 billion won",
      "Auditors combed through 512,000 emails and attachments",
      "the $100-million Georgia Cyber Center",
      "penalties exceeding the 2019 record of $170 million",
      "a 4 page VA Employee form was misplaced",
      "police arrested 3 employees who sold the data",
      "She had joined a criminal ring of 14 people.",
      "On March 5 customers began to receive letters.",
      "Roughly 1 in 5 users reuse passwords.",
      "The records of 65-year-old patients were kept.",
      "The flaw affects Windows 10 users who have not patched.",
      'who had joined a "criminal ring" of 14 people, was handed a skimmer',
      "emailed a spreadsheet with the data of patients to 60 employees in error",
      "a CVSS score of 9.8 for users of the router",
      "some 20 percent of customers",
      "4.7 million of the 9 million users",
      "the platform's 300 million monthly active users",
      "over 130k direct messages between board members",
    ],
  },
});
