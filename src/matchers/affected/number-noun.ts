// "4.6 million customer accounts", "the 4.6M-user breach", "153 million Adobe accounts",
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
        text: "In October 2013, 153 million Adobe accounts were breached.",
        match: "153 million Adobe accounts",
        value: { count: 153_000_000, unit: "accounts" },
      },
      {
        text: "may have exposed information of about 417,000 people, including patients",
        match: "417,000 people",
        value: { count: 417_000, bound: "exact", unit: "people" },
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
        text: "the theft of more than 9,000 former law students' files",
        match: "9,000 former law students'",
        value: { count: 9000, bound: "exact", unit: "people" },
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
        text: "In January 2014, Snapchat had 4.6 million usernames and phone numbers exposed.",
        match: "4.6 million usernames",
        value: { count: 4_600_000, unit: "accounts" },
      },
      {
        text: "Around 2,000 active staff members and 9,000 retirees were affected.",
        match: "2,000 active staff members",
        value: { count: 2000, bound: "exact", unit: "people" },
      },
      {
        text: "05/03/10: All 26 patients will be sent letters of notification.",
        match: "26 patients",
        value: { count: 26, unit: "people" },
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
        text: "left three pieces of paper listing 25 customers' term deposit account numbers",
        match: "25 customers'",
        value: { count: 25, unit: "customers" },
      },
      {
        text: "Approximately 3,900 Beth Israel Deaconess Medical Center patients will be notified",
        match: "3,900 Beth Israel Deaconess Medical Center patients",
        value: { count: 3900, bound: "exact", unit: "people" },
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
      "At the time, the service had more than 32 million registered accounts and the breach hit",
      "In 2015 Adobe accounts were breached",
      "putting millions of customers at risk",
      "a record fine of 6.8 billion won",
      "Investigators sifted through 364,000 emails and attachments",
      "the $100-million Georgia Cyber Center",
      "penalties exceeding the 2019 record of $170 million",
      "a 4 page VA Employee form was misplaced",
      "police arrested 3 employees who sold the data",
      "He was part of a criminal ring of 11 people.",
      "On March 5 customers began to receive letters.",
      "Roughly 1 in 5 users reuse passwords.",
      "The records of 65-year-old patients were kept.",
      "The flaw affects Windows 10 users who have not patched.",
      'who was part of a "criminal ring" of 11 people, was supplied a skimmer',
      "emailed a spreadsheet with the data of patients to 60 employees in error",
      "a CVSS score of 9.8 for users of the router",
      "some 20 percent of customers",
      "13.2 million of the 18 million users",
      "the platform's 300 million monthly active users",
      "over 220k private messages between forum members",
    ],
  },
});
