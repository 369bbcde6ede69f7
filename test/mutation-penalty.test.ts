// Pins for the penalty helpers that the matchers' examples do not reach (npm run mutate showed
// them): how an amount and its conversion are read. The rules' own behaviour is pinned by the
// examples in src/matchers/penalty/*.ts.
import { describe, expect, it } from "vitest";
import {
  asideIsConversion,
  conversionEnd,
  notPenalty,
  penaltyValue,
} from "../src/matchers/penalty/_money.js";

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

describe("conversionEnd", () => {
  const at = (text: string, money: string) => text.indexOf(money) + money.length;

  it("reaches past a conversion in brackets or said after a comma", () => {
    const paren = "a fine of €5 million (about $5.4 million) on Monday";
    expect(paren.slice(0, conversionEnd(paren, at(paren, "€5 million")))).toBe(
      "a fine of €5 million (about $5.4 million)",
    );
    const square = "fined £2m [$2.5m] last year";
    expect(square.slice(0, conversionEnd(square, at(square, "£2m")))).toBe("fined £2m [$2.5m]");
    const said = "fined ¥300 million, or about $2 million, in May";
    expect(said.slice(0, conversionEnd(said, at(said, "¥300 million")))).toBe(
      "fined ¥300 million, or about $2 million",
    );
  });

  it("stays where the money ends when no conversion follows, and starts over each time", () => {
    const text = "fined €5 million (a record) and €1 million (about $1.1 million)";
    const first = at(text, "€5 million");
    expect(conversionEnd(text, first)).toBe(first);
    expect(conversionEnd(text, text.length)).toBe(text.length);
    const second = at(text, "€1 million");
    expect(conversionEnd(text, second)).toBe(text.length);
    expect(conversionEnd(text, first)).toBe(first);
  });
});

describe("asideIsConversion", () => {
  it("takes money with no aside, or with the amount in another currency", () => {
    expect(asideIsConversion("€5 million")).toBe(true);
    expect(asideIsConversion("€5 million ($5.4 million)")).toBe(true);
    expect(asideIsConversion("€5 million($5.4 million)")).toBe(true);
    expect(asideIsConversion("£2m [$2.5m]")).toBe(true);
    expect(asideIsConversion("¥300 million, or about $2 million")).toBe(true);
  });

  it("refuses an aside in brackets that is no amount", () => {
    expect(asideIsConversion("€5 million (a record)")).toBe(false);
    expect(asideIsConversion("£2m [sic]")).toBe(false);
    expect(asideIsConversion("€5 million ($5.4 million) (a record)")).toBe(false);
    expect(asideIsConversion("(a record)")).toBe(false);
    // An aside alone is no amount with its conversion.
    expect(asideIsConversion("($5.4 million)")).toBe(false);
  });
});
