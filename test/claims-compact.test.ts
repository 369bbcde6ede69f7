// A document's claims are held compactly: equal values are one object, the drafts are made into
// the claims in place, and the overlap refiner settles a sentence at a time with the result it
// gives over the whole list.
import { describe, expect, it } from "vitest";
import { sameJson, takeClaims, toClaims } from "../src/claims/index.js";
import { buildDocument } from "../src/document/index.js";
import { matchers } from "../src/matchers/index.js";
import { extractText } from "../src/pipeline.js";
import overlap from "../src/refiners/overlap.js";
import { runMatchers } from "../src/rules/index.js";

const TEXT =
  "Intruders copied the files of 2.5 million patients of Northfield Clinic in May 2023. " +
  "Northfield Clinic said about 2.5 million patients were told in June 2023. ";

/** Sentences whose matchers overlap (a count read by two rules, a fine inside a longer one). */
const OVERLAPPING =
  "Hackers stole the records of 4.2 million customers of Example Bank in March 2024, and regulators fined it $3 million. " +
  "More than 4 million accounts were affected, and the bank faces a fine of up to €5 million. ";

function docOf(text: string) {
  const built = buildDocument({ path: "t.txt", id: "t", sha256: "0".repeat(64), text });
  if (!built.ok) throw new Error(built.error.message);
  return built.doc;
}

describe("compact claims", () => {
  it("claims of equal text and value share one value object", () => {
    const outcome = extractText(TEXT.repeat(20));
    if (!outcome.ok) throw new Error(outcome.error.message);
    const claims = outcome.document.claims;
    const byText = new Map<string, unknown[]>();
    for (const c of claims)
      byText.set(`${c.kind} ${c.text}`, [...(byText.get(`${c.kind} ${c.text}`) ?? []), c.value]);
    const repeated = [...byText.values()].filter((vs) => vs.length >= 20);
    expect(repeated.length).toBeGreaterThan(0);
    for (const values of repeated) {
      const distinct = new Set(values);
      // Equal values are one object; unequal ones (another event, another bound) stay apart.
      for (const v of distinct)
        for (const w of distinct) if (v !== w) expect(sameJson(v, w)).toBe(false);
      expect(distinct.size).toBeLessThan(values.length);
    }
  });

  it("takeClaims makes the drafts into the claims in place; toClaims leaves them", () => {
    const doc = docOf(TEXT);
    const drafts = runMatchers(matchers, doc);
    const copy = [...drafts];
    const fromCopy = toClaims(drafts, doc);
    expect(drafts).toEqual(copy);
    const taken = takeClaims(drafts, doc);
    expect(taken).toBe(drafts as unknown);
    expect(taken).toEqual(fromCopy);
  });

  it("sameJson: same keys in the same order and the same leaves", () => {
    expect(sameJson({ a: 1, b: [1, "x", null] }, { a: 1, b: [1, "x", null] })).toBe(true);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson({ a: null }, { a: {} })).toBe(false);
    expect(sameJson([], {})).toBe(false);
  });
});

describe("overlap, sentence by sentence", () => {
  it("keeps what it keeps over the whole list, whatever order the drafts come in", () => {
    const doc = docOf(OVERLAPPING.repeat(3));
    // Each draft with a shorter twin inside it (dropped), next to it in sentence order.
    const drafts = runMatchers(matchers, doc).flatMap((d) =>
      d.end - d.start > 2 ? [d, { ...d, end: d.end - 1, rule: "twin" }] : [d],
    );
    const key = (d: { start: number; end: number; kind: string; rule: string }) =>
      `${d.start}-${d.end} ${d.kind} ${d.rule}`;
    const inOrder = overlap.refine([...drafts], doc).map(key);
    // Reversed: not in sentence order, so settled over the whole list at once.
    const reversed = overlap.refine([...drafts].reverse(), doc).map(key);
    expect(inOrder.length).toBeLessThan(drafts.length);
    expect(inOrder.some((k) => k.endsWith(" twin"))).toBe(false);
    expect([...reversed].sort()).toEqual([...inOrder].sort());
  });
});
