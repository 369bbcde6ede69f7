// What the actor matchers do for speed must not change what they find: the character tests
// that stand in for RegExp calls.
import { describe, expect, it } from "vitest";
import { bodyInvolvement } from "../src/matchers/actor/_shared.js";
import { isSpaceCode } from "../src/document/chars.js";

describe("isSpaceCode", () => {
  it("agrees with /\\s/ on every UTF-16 code unit, and is false past the end", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
    expect(isSpaceCode("ab".charCodeAt(2))).toBe(false);
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
