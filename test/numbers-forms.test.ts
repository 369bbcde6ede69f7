// The forms of numbers, amounts and dates each lexicon lists as its examples (issue 18), read
// back by the lexicon's parser and matched whole by its pattern.
import { describe, expect, it } from "vitest";
import { findMoney, MONEY_EXAMPLES, MONEY_SOURCE, parseMoney } from "../src/lexicon/currency.js";
import {
  NUMBER_EXAMPLES,
  NUMBER_SOURCE,
  parseAnyNumber,
  WORD_NUMBER_SOURCE,
} from "../src/lexicon/numbers.js";

describe("NUMBER_EXAMPLES", () => {
  const digits = new RegExp(`^(?:${NUMBER_SOURCE})$`, "i");
  const words = new RegExp(`^(?:${WORD_NUMBER_SOURCE})$`, "i");
  it.each(NUMBER_EXAMPLES)("%s → %d", (text, value) => {
    expect((/^\d/.test(text) ? digits : words).test(text)).toBe(true);
    expect(parseAnyNumber(text)).toBe(value);
  });

  it.each(["1 million and 2 million", "one million and two million", "2 million and 3"])(
    "%s is no single number",
    (text) => {
      expect(digits.test(text)).toBe(false);
      expect(words.test(text)).toBe(false);
    },
  );
});

describe("MONEY_EXAMPLES", () => {
  const money = new RegExp(`^(?:${MONEY_SOURCE})$`);
  it.each(MONEY_EXAMPLES)("%s → %d %s", (text, amount, currency) => {
    expect(money.test(text)).toBe(true);
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it.each([
    ["fined 12 dollars and 40 customers complained", "12 dollars"],
    ["paid $1.5 million and 2 years of monitoring", "$1.5 million"],
    ["between €1 million and €2 million", "€1 million"],
  ])("stops where the amount stops: %s", (text, found) => {
    expect(findMoney(text)?.text).toBe(found);
  });

  it.each(["the 67 million people", "often seen", "some tenants", "one of the euros"])(
    "no money in %s",
    (text) => expect(findMoney(text)).toBeNull(),
  );
});
