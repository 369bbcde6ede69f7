// Pins for the affected matchers that their own examples leave open (npm run mutate showed
// which): the bounds of each "not a count" rule, written as examples of invented wording, run
// like the matchers' own (each matcher alone, no refiners). They live here rather than in
// src/matchers/affected/* so that edits to those files and to these pins do not collide.
import { describe, expect, it } from "vitest";
import type { Matcher } from "../src/rules/index.js";
import labelCount from "../src/matchers/affected/label-count.js";
import numberNoun from "../src/matchers/affected/number-noun.js";
import totalAt from "../src/matchers/affected/total-at.js";
import verbCount from "../src/matchers/affected/verb-count.js";
import wordNumberNoun from "../src/matchers/affected/word-number-noun.js";
import { matchWith } from "./helpers.js";

interface Valid {
  text: string;
  match: string;
  value: Record<string, unknown>;
}
interface Pins {
  matcher: Matcher<"affected">;
  valid: Valid[];
  invalid: string[];
}

const pins: Pins[] = [
  {
    matcher: numberNoun,
    valid: [
      {
        // A year-like number with no date word before it and nothing between it and the noun.
        text: "The clinic warned 2000 patients that their files were stolen.",
        match: "2000 patients",
        value: { count: 2000, bound: "exact", unit: "people" },
      },
      {
        // The nearest noun when the farthest is a singular out of place.
        text: "The thieves took 5,000 customers' account numbers.",
        match: "5,000 customers'",
        value: { count: 5000, unit: "customers" },
      },
      {
        // Sent "to" people who are not staff: those people were exposed.
        text: "The bank sent an email to 90 customers with the file attached.",
        match: "90 customers",
        value: { count: 90, unit: "customers" },
      },
      {
        // "up to" is a bound, not a recipient.
        text: "Records of up to 60 employees were exposed.",
        match: "60 employees",
        value: { count: 60, unit: "people" },
      },
      {
        // "active" is a user base only before users, accounts, members and the like.
        text: "The records of 5,000 active patients were stolen.",
        match: "5,000 active patients",
        value: { count: 5000, unit: "people" },
      },
      {
        // Ten or more staff are no longer a handful of actors.
        text: "The payroll files of 10 employees were exposed.",
        match: "10 employees",
        value: { count: 10, unit: "people" },
      },
      {
        // A headline's capitalised words before a count are no product name.
        text: "Clinic Warns Nearly 80 Patients Of Data Breach",
        match: "80 Patients",
        value: { count: 80, unit: "people" },
      },
      {
        text: "Acme Bank Tells 500 Customers Their Data Was Exposed",
        match: "500 Customers",
        value: { count: 500, unit: "customers" },
      },
    ],
    invalid: [
      // A year-like number before a date word, before modifiers, or before a singular noun.
      "in 2019 customers were told to change passwords",
      "The 2019 customer accounts breach was the largest.",
      "The 2019 customer data breach cost the bank dearly.",
      // A base of active users, also in the possessive.
      "an app with 40 million active users",
      "the platform's 40 million active users' data sits in one region",
      // A handful of staff are actors, also in the possessive.
      "police said 9 employees sold the data",
      "Thieves took 3 employees' laptops from the office.",
      // A day of a month, where no capitalised name stands before it.
      "On Sept. 12 customers began receiving letters.",
      // No count of people: none, or a fraction.
      "The firm said 0 customers were affected.",
      "Each account had an average of 2.5 users.",
      // A singular noun names no one unless a breach word follows it at once.
      "a 40 page VA Employee form was misplaced with other data",
      "a 40 page user account form was left on a train",
    ],
  },
  {
    matcher: labelCount,
    valid: [
      {
        text: "Victims: 1,200. Status: under review",
        match: "Victims: 1,200",
        value: { count: 1200, bound: "exact", unit: "people" },
      },
      {
        text: "Affected Customers: 300",
        match: "Affected Customers: 300",
        value: { count: 300, bound: "exact", unit: "customers" },
      },
    ],
    invalid: ["Individuals Affected: 0", "Total Records: 1.5"],
  },
  {
    matcher: wordNumberNoun,
    valid: [
      {
        text: "two customers complained to the regulator",
        match: "two customers",
        value: { count: 2, unit: "customers" },
      },
    ],
    invalid: [],
  },
  {
    matcher: totalAt,
    valid: [
      {
        text: "The number of affected customers rose to 1,000 after the breach.",
        match: "1,000",
        value: { count: 1000, unit: "other" },
      },
    ],
    invalid: [
      "The number of affected customers rose to 999 after the breach.",
      "The total stolen rose to 50,000 euros after the hack.",
    ],
  },
  {
    matcher: verbCount,
    valid: [
      {
        // A year-like count with no date word before it is a count.
        text: "The breach was reported as affecting 2000.",
        match: "2000",
        value: { count: 2000, bound: "exact", unit: "other" },
      },
    ],
    invalid: ["The breach affected 0.", "On average, each outage affected 2.5."],
  },
];

describe.each(pins.map((p) => [p.matcher.id, p] as const))(
  "%s pins",
  (_id, { matcher, valid, invalid }) => {
    it.each(valid.map((e) => [e.match, e] as const))("finds %j", (_m, { text, match, value }) => {
      const claims = matchWith(matcher as Matcher, text);
      const hit = claims.find((c) => c.text === match);
      expect(hit, `claims: ${JSON.stringify(claims.map((c) => c.text))}`).toBeDefined();
      expect(hit).toMatchObject({ text: match, start: text.indexOf(match), value });
    });
    it.each(invalid.map((t) => [t] as const))("finds nothing in %j", (text) => {
      expect(matchWith(matcher as Matcher, text).map((c) => c.text)).toEqual([]);
    });
  },
);
