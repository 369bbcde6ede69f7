// The event of a date whose sentence ends at the date, now that a period after a number ends a
// sentence: the last date of a list takes its first date's verb, and a sentence that opens by
// explaining the incident ("The breach happened when …") dates the one before it.
import { describe, expect, it } from "vitest";
import type { ClaimOf } from "../src/contract/index.js";
import { dateMatchers } from "../src/matchers/date/index.js";
import type { Matcher } from "../src/rules/index.js";
import { extractWith } from "./helpers.js";

const events = (text: string) =>
  extractWith(dateMatchers as Matcher[], text)
    .filter((c): c is ClaimOf<"date"> => c.kind === "date")
    .map((c) => [c.text, c.value.event]);
const eventOf = (text: string, date: string) => events(text).find(([t]) => t === date)?.[1];

describe("the last date of a list", () => {
  it("takes the verb that governs the list's first date", () => {
    expect(
      eventOf(
        "A clerk opened the ledgers and copied customer files on June 4, and June 11, 2019.",
        "June 11, 2019",
      ),
    ).toBe("breach");
    expect(
      eventOf(
        "The thefts took place on some nights in 2017 and 2018 and came to light in 2020.",
        "2018",
      ),
    ).toBe("breach");
  });

  it("keeps the first date's own attached cue for the whole list", () => {
    expect(events("The stolen archive holds orders dating back to 2015 and 2016.")).toEqual([
      ["2015", "breach_start"],
      ["2016", "breach_start"],
    ]);
  });

  it("is no list when the earlier date sits inside another token", () => {
    // "9/2020" is a numeric date, not a list's first date: the range has no breach verb.
    expect(
      eventOf("The office kept paper charts from 9/2020 and 4/2021 in a shed.", "4/2021"),
    ).not.toBe("breach");
  });
});

describe("a sentence that explains the incident before it", () => {
  it("dates the incident told in the sentence before", () => {
    expect(
      eventOf(
        "Some parents could see the marks of other pupils during late March 2018. The breach happened when a teacher attached the wrong file.",
        "late March 2018",
      ),
    ).toBe("breach");
    expect(
      eventOf(
        "A nurse's laptop was left on a commuter train in May 2016. This incident occurred after she worked late.",
        "May 2016",
      ),
    ).toBe("breach");
  });

  it("does not date anything when the next sentence says something else", () => {
    expect(
      eventOf(
        "Some parents could see the marks of other pupils during late March 2018. The school apologised to every family.",
        "late March 2018",
      ),
    ).toBe("other");
    // The breach happened later, not in 2009: "occurred" alone, with no "when" or "after".
    expect(
      eventOf(
        "The clinic opened its second office in 2009. The breach occurred years later.",
        "2009",
      ),
    ).toBe("other");
  });

  it("reads only a date that ends its sentence", () => {
    expect(
      eventOf(
        "The portal for parents went live in March 2018 for every school in the county. The breach happened when a teacher attached the wrong file.",
        "March 2018",
      ),
    ).toBe("other");
  });
});

describe("a date when something began to exist", () => {
  it("is other, whatever breach words share its sentence", () => {
    expect(
      eventOf(
        "It is the third breach logged by the state's portal since its inception in May 2011.",
        "May 2011",
      ),
    ).toBe("other");
    expect(eventOf("The hacked lender, founded in 1998, serves farmers.", "1998")).toBe("other");
    expect(eventOf("Hackers breached the lender in 1998.", "1998")).toBe("breach");
  });
});
