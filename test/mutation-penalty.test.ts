// Pins for the penalty helpers that the matchers' examples do not reach (npm run mutate showed
// them): how an amount and its conversion are read. The rules' own behaviour is pinned by the
// examples in src/matchers/penalty/*.ts.
import { describe, expect, it } from "vitest";
import { notPenalty, penaltyValue } from "../src/matchers/penalty/_money.js";

describe("penaltyValue", () => {
  it("reads an amount and a conversion into another currency", () => {
    expect(penaltyValue("€1.2 million (about £1 million)", "imposed")).toEqual({
      amount: 1_200_000,
      currency: "EUR",
      bound: "exact",
      converted: { amount: 1_000_000, currency: "GBP" },
      status: "imposed",
    });
  });

  it("gives no conversion when the second amount is in the same currency", () => {
    expect(penaltyValue("$2 million (US$2 million)", "imposed")).toMatchObject({
      amount: 2_000_000,
      currency: "USD",
      converted: null,
    });
  });

  it("reads nothing when the text does not start with the amount", () => {
    expect(penaltyValue("a fine of $5 million", "imposed")).toBeNull();
    expect(penaltyValue("the fine", "imposed")).toBeNull();
  });
});

describe("notPenalty", () => {
  it("knows a ransom, revenue or stock from a fine", () => {
    expect(notPenalty("paid a ransom of")).toBe(true);
    expect(notPenalty("in annual revenue")).toBe(true);
    expect(notPenalty("fined the bank")).toBe(false);
  });
});
