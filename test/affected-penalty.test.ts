// Pipeline tests on the seeds: the affected and penalty claims that issue 2 asks for.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ClaimOf } from "../src/contract/index.js";
import { extractText } from "../src/pipeline.js";

function claimsOf(name: string) {
  const path = join(import.meta.dirname, "../seeds", name);
  const text = readFileSync(path, "utf8");
  const outcome = extractText(text, path, name.replace(/\.txt$/, ""));
  if (!outcome.ok) throw new Error(outcome.error.message);
  const { claims } = outcome.document;
  return {
    text,
    affected: claims.filter((c): c is ClaimOf<"affected"> => c.kind === "affected"),
    penalty: claims.filter((c): c is ClaimOf<"penalty"> => c.kind === "penalty"),
  };
}

describe("seed 002", () => {
  const { text, affected, penalty } = claimsOf("002_f302961174a3439d.txt");

  it("finds the two affected counts, each stated exactly", () => {
    expect([...new Set(affected.map((c) => c.value.count))].sort()).toEqual([
      23_200_000, 33_700_000,
    ]);
    const headline = affected.find((c) => c.text === "33.7M-user");
    expect(headline?.value).toEqual({ count: 33_700_000, bound: "exact", unit: "users" });
    const earlier = affected.find((c) => c.value.count === 23_200_000);
    expect(earlier).toMatchObject({
      text: "23.2 million users",
      value: { bound: "exact", unit: "users" },
    });
  });

  it("gives the earlier incident's count a subject other than this breach's victim", () => {
    const earlier = affected.find((c) => c.value.count === 23_200_000);
    const headline = affected.find((c) => c.value.count === 33_700_000);
    expect(earlier?.subject).not.toBe(headline?.subject);
    expect(earlier?.subject).not.toBe("Coupang");
  });

  it("finds the record fine with its conversion", () => {
    const fine = penalty.find((c) => c.value.amount === 134_800_000_000);
    expect(fine).toMatchObject({
      text: "134.8 billion won (approximately $92 million)",
      value: {
        currency: "KRW",
        bound: "exact",
        converted: { amount: 92_000_000, currency: "USD" },
        status: "imposed",
      },
    });
  });

  it("finds the cumulative fines with their conversion", () => {
    const fines = penalty.find((c) => c.value.amount === 1_500_000_000);
    expect(fines).toMatchObject({
      text: "1.5 billion won ($1.02 million)",
      value: {
        currency: "KRW",
        converted: { amount: 1_020_000, currency: "USD" },
        status: "cumulative",
      },
    });
  });

  it("finds the potential fine above the record, as a threshold", () => {
    const potential = penalty.find((c) => c.value.status === "potential");
    expect(potential?.value).toEqual({
      amount: 92_000_000,
      currency: "USD",
      bound: "at_least",
      converted: null,
      status: "potential",
    });
  });

  it("makes exactly three penalties: a conversion is never a claim of its own", () => {
    expect(penalty).toHaveLength(3);
  });

  it("slices every claim's text from the file", () => {
    for (const c of [...affected, ...penalty]) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe("seed 003", () => {
  const { affected, penalty } = claimsOf("003_3af0aa90a88527fb.txt");

  it("does not read the population as an affected count", () => {
    expect(affected.map((c) => c.value.count)).not.toContain(51_000_000);
    expect(affected.some((c) => c.sentence.includes("51 million") && c.text.includes("51"))).toBe(
      false,
    );
  });

  it("finds the headline count and the hedged one", () => {
    expect(affected.find((c) => c.text === "34M Customer")?.value).toEqual({
      count: 34_000_000,
      bound: "exact",
      unit: "customers",
    });
    expect(affected.find((c) => c.text === "34 million customers")?.value.bound).toBe("at_most");
  });

  it("reads no penalty where the text gives no amount", () => {
    expect(penalty).toEqual([]);
  });
});

describe("seed 004", () => {
  it("reads 'over 33 million customers' as at least", () => {
    const { affected } = claimsOf("004_8dbcee1fa4600c73.txt");
    expect(affected.map((c) => c.value)).toEqual([
      { count: 33_000_000, bound: "at_least", unit: "customers" },
    ]);
  });
});
