// What the actor matchers do for speed must not change what they find: the character tests
// that stand in for RegExp calls, and the sentence condition the engine checks for them.
import { describe, expect, it } from "vitest";
import { actorMatchers } from "../src/matchers/actor/index.js";
import { bodyInvolvement } from "../src/matchers/actor/_shared.js";
import { isSpaceCode } from "../src/document/chars.js";
import { runMatchers, type Matcher } from "../src/rules/index.js";
import { docOf } from "./helpers.js";

describe("isSpaceCode", () => {
  it("agrees with /\\s/ on every UTF-16 code unit, and is false past the end", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
    expect(isSpaceCode("ab".charCodeAt(2))).toBe(false);
  });
});

describe("sentenceRequires", () => {
  const texts = [
    ...actorMatchers.flatMap((m) => [
      ...m.examples.valid.map((e) => e.text),
      ...m.examples.invalid,
    ]),
    "E-commerce giant Rakuten said on Monday that sales rose.",
    "Acme has confirmed its quarterly results. Acme has confirmed a data breach.",
    "Acme, a Chicago retailer, opened a store. Acme, a Chicago retailer, was hacked.",
  ];
  const required = actorMatchers.filter((m) => m.sentenceRequires);
  const without = required.map((m) => ({ ...m, sentenceRequires: undefined }));

  it("is named by the victim rules, and only skips sentences whose matches the extract rejects", () => {
    expect(required.length).toBeGreaterThanOrEqual(3);
    for (const text of texts) {
      const doc = docOf(text);
      for (const prefilter of [true, false]) {
        expect(runMatchers(required as Matcher[], doc, { prefilter })).toEqual(
          runMatchers(without as Matcher[], doc, { prefilter }),
        );
      }
    }
  });
});

describe("bodyInvolvement by name", () => {
  it("makes a commission, ministry or authority a regulator whatever the sentence says", () => {
    expect(bodyInvolvement("Data Protection Commission", "The commission said on Monday.")).toBe(
      "regulator",
    );
    expect(bodyInvolvement("Ministry of Digital Affairs", "The ministry met the firm.")).toBe(
      "regulator",
    );
    expect(bodyInvolvement("National Archives", "The archives said on Monday.")).toBe("other");
  });
});
