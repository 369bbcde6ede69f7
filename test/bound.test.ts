// The bound refiner: one pass over every quantity kind, from the words before the number.
import { describe, expect, it } from "vitest";
import type { AnyDraft } from "../src/rules/index.js";
import bound, { boundBefore, quantityStart } from "../src/refiners/bound.js";
import { docOf } from "./helpers.js";

describe("boundBefore", () => {
  it.each([
    ["the medical records of nearly", "at_most"],
    ["almost", "at_most"],
    ["just under", "at_most"],
    ["fines of up to", "at_most"],
    ["as many as", "at_most"],
    ["less than", "at_most"],
    ["fewer than", "at_most"],
    ["the accounts of over", "at_least"],
    ["more than", "at_least"],
    ["penalties exceeding the 2019\n\nrecord of", "at_least"],
    ["at least", "at_least"],
    ["upwards of", "at_least"],
    ["in excess of", "at_least"],
    ["north of", "at_least"],
    ["not less than", "at_least"],
    ["affecting about", "approx"],
    ["approximately", "approx"],
    ["around", "approx"],
    ["roughly", "approx"],
    ["some", "approx"],
    ["an estimated", "approx"],
    ["estimated", "approx"],
    ["approx.", "approx"],
    ["~", "approx"],
  ])("%j → %s", (context, expected) => expect(boundBefore(context)).toBe(expected));

  it.each([
    "affecting",
    "a record fine of",
    "over a period of",
    "over the past",
    "sent information about",
    "(approximately $5.1 million) and fines totaling",
    "",
  ])("%j gives no bound", (context) => expect(boundBefore(context)).toBeNull());
});

describe("quantityStart", () => {
  it("finds the number inside a span", () => {
    expect(quantityStart("for nearly two years")).toBe("for nearly ".length);
    expect(quantityStart("over a period of 18 months")).toBe("over a period of ".length);
    expect(quantityStart("record of $170 million")).toBe("record of ".length);
    expect(quantityStart("over a year")).toBe("over ".length);
  });
});

/** A draft of `kind` over the first occurrence of `span` in `text`. */
function draftOf(
  text: string,
  span: string,
  kind: "affected" | "penalty" | "duration",
): AnyDraft[] {
  const doc = docOf(text);
  const start = text.indexOf(span);
  const sentence = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
  const value =
    kind === "affected"
      ? { count: 1000, bound: "exact", unit: "people" }
      : kind === "penalty"
        ? { amount: 1, currency: "USD", bound: "exact", converted: null, status: "imposed" }
        : { iso: "P2Y", bound: "exact", event: "other" };
  return [
    {
      kind,
      value,
      start,
      end: start + span.length,
      rule: `${kind}.test`,
      sentence,
      modality: null,
      subject: undefined,
    } as AnyDraft,
  ];
}

function boundOf(text: string, span: string, kind: "affected" | "penalty" | "duration") {
  const [d] = bound.refine(draftOf(text, span, kind), docOf(text));
  return (d!.value as { bound: string }).bound;
}

describe("the bound refiner", () => {
  it("reads the words before an affected count", () => {
    expect(boundOf("It hit nearly 40 million customers.", "40 million customers", "affected")).toBe(
      "at_most",
    );
    expect(
      boundOf("The files of over 21 million customers.", "21 million customers", "affected"),
    ).toBe("at_least");
    expect(boundOf("It affected 417,000 people.", "417,000 people", "affected")).toBe("exact");
  });

  it("reads the words after the number: '5,000-plus', 'or more', 'or so'", () => {
    expect(boundOf("It hit 5,000-plus patients.", "5,000-plus patients", "affected")).toBe(
      "at_least",
    );
    expect(boundOf("It hit 2 million or more users.", "2 million or more users", "affected")).toBe(
      "at_least",
    );
    expect(boundOf("It hit 250 or so individuals.", "250 or so individuals", "affected")).toBe(
      "approx",
    );
  });

  it("works for durations, with the cue inside or before the span", () => {
    expect(boundOf("It went on for nearly two years.", "for nearly two years", "duration")).toBe(
      "at_most",
    );
    expect(boundOf("It went on for nearly two years.", "two years", "duration")).toBe("at_most");
    expect(boundOf("Access lasted over 18 months.", "18 months", "duration")).toBe("at_least");
  });

  it("does not read 'over a period of' as a bound", () => {
    expect(
      boundOf(
        "Data was taken over a period of 18 months.",
        "over a period of 18 months",
        "duration",
      ),
    ).toBe("exact");
    expect(boundOf("Data was taken over a period of 18 months.", "18 months", "duration")).toBe(
      "exact",
    );
  });

  it("reads a threshold through a year and 'record of'", () => {
    const text = "The carrier faces penalties exceeding the 2019\n\nrecord of $170 million.";
    expect(boundOf(text, "$170 million", "penalty")).toBe("at_least");
    expect(boundOf(text, "record of $170 million", "penalty")).toBe("at_least");
  });

  it("reads a cue before a currency written in letters", () => {
    expect(boundOf("It can be fined up to US$5 million.", "US$5 million", "penalty")).toBe(
      "at_most",
    );
    expect(boundOf("It paid more than Rs 50 crore.", "Rs 50 crore", "penalty")).toBe("at_least");
  });

  it("does not let a conversion's hedge bound the main amount", () => {
    const text = "a fine of 6.8 billion won (approximately $5.1 million).";
    expect(boundOf(text, "6.8 billion won (approximately $5.1 million)", "penalty")).toBe("exact");
  });

  it("stops at the sentence start", () => {
    const text = "Nearly all of them left. 5,000 patients were hit.";
    expect(boundOf(text, "5,000 patients", "affected")).toBe("exact");
  });

  it("leaves other kinds alone", () => {
    const doc = docOf("Nearly 2025.");
    const date = {
      kind: "date",
      value: { date: "2025", grain: "year", yearInferred: false, event: "other" },
      start: 7,
      end: 11,
      rule: "date.test",
      sentence: 0,
      modality: null,
      subject: undefined,
    } as AnyDraft;
    expect(bound.refine([date], doc)).toEqual([date]);
  });
});
