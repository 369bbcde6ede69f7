// Numbers, money and units as data: the parsers the affected and penalty matchers rely on.
import { describe, expect, it } from "vitest";
import { findMoney, MONEY_SOURCE, parseMoney } from "../src/lexicon/currency.js";
import {
  NUMBER_SOURCE,
  parseAnyNumber,
  parseDigits,
  parseNumber,
  parseNumberWords,
  WORD_NUMBER_SOURCE,
} from "../src/lexicon/numbers.js";
import { unitOf } from "../src/lexicon/units.js";

describe("parseDigits", () => {
  it.each([
    ["1,234,567", 1_234_567],
    ["1.5", 1.5],
    ["417000", 417_000],
    ["1.234.567", 1_234_567],
    ["25,848", 25_848],
  ])("%s → %d", (text, n) => expect(parseDigits(text)).toBe(n));

  it("rejects a broken grouping", () => expect(parseDigits("1,23,4")).toBeNull());
});

describe("parseNumber", () => {
  it.each([
    ["4.6 million", 4_600_000],
    ["4.6M", 4_600_000],
    ["22k", 22_000],
    ["1.3M", 1_300_000],
    ["6.8 billion", 6_800_000_000],
    ["1.15 million", 1_150_000],
    ["5 lakh", 500_000],
    ["5bn", 5_000_000_000],
    ["100-million", 100_000_000],
    ["878 thousand", 878_000],
    ["50 crore", 500_000_000],
    ["2,000", 2000],
  ])("%s → %d", (text, n) => expect(parseNumber(text)).toBe(n));

  it("keeps decimals of money without a magnitude", () => expect(parseNumber("4.99")).toBe(4.99));
  it("reads one dot group without a magnitude as thousands", () => {
    expect(parseNumber("2.000")).toBe(2000);
    expect(parseNumber("1.500 million")).toBe(1_500_000);
  });
  it("rejects an unknown suffix", () => expect(parseNumber("5 apples")).toBeNull());
});

describe("parseNumberWords", () => {
  it.each([
    ["nine", 9],
    ["thirty thousand", 30_000],
    ["a million", 1_000_000],
    ["two hundred", 200],
    ["a dozen", 12],
    ["two dozen", 24],
    ["half a million", 500_000],
    ["twenty-five", 25],
    ["two hundred and fifty thousand", 250_000],
    ["eight MILLION", 8_000_000],
  ])("%s → %d", (text, n) => expect(parseNumberWords(text)).toBe(n));

  it("needs a number, not just an article", () => expect(parseNumberWords("a")).toBeNull());
  it("rejects other words", () => expect(parseNumberWords("several")).toBeNull());
  it("parseAnyNumber reads both", () => {
    expect(parseAnyNumber("1.5M")).toBe(1_500_000);
    expect(parseAnyNumber("seven")).toBe(7);
  });
});

describe("the number patterns", () => {
  const number = new RegExp(`^(?:${NUMBER_SOURCE})$`, "iu");
  const words = new RegExp(`^(?:${WORD_NUMBER_SOURCE})$`, "i");
  it.each(["4.6M", "1,500", "1.5 billion", "22k", "100-million"])("NUMBER matches %s", (t) =>
    expect(number.test(t)).toBe(true),
  );
  it.each(["13GB", "5mb", "4K60"])("NUMBER does not match all of %s", (t) =>
    expect(number.test(t)).toBe(false),
  );
  it.each(["nine", "thirty thousand", "a million", "half a million", "a dozen"])(
    "WORD_NUMBER matches %s",
    (t) => expect(words.test(t)).toBe(true),
  );
});

describe("parseMoney", () => {
  it.each([
    ["$5.5 million", 5_500_000, "USD"],
    ["US$1.2m", 1_200_000, "USD"],
    ["A$5 million", 5_000_000, "AUD"],
    ["AU$ 3m", 3_000_000, "AUD"],
    ["C$1.5 million", 1_500_000, "CAD"],
    ["HK$10 million", 10_000_000, "HKD"],
    ["S$750,000", 750_000, "SGD"],
    ["NT$1 billion", 1_000_000_000, "TWD"],
    ["₩1.5 billion", 1_500_000_000, "KRW"],
    ["6.8 billion won", 6_800_000_000, "KRW"],
    ["€20m", 20_000_000, "EUR"],
    ["20 million euros", 20_000_000, "EUR"],
    ["£183 million", 183_000_000, "GBP"],
    ["5 million pounds sterling", 5_000_000, "GBP"],
    ["¥500 million", 500_000_000, "JPY"],
    ["3 billion yen", 3_000_000_000, "JPY"],
    ["10 million yuan", 10_000_000, "CNY"],
    ["RMB 2 million", 2_000_000, "CNY"],
    ["50 million renminbi", 50_000_000, "CNY"],
    ["₹5 crore", 50_000_000, "INR"],
    ["Rs 50 lakh", 5_000_000, "INR"],
    ["Rs. 5 lakh", 500_000, "INR"],
    ["2 crore rupees", 20_000_000, "INR"],
    ["CHF 1.2 million", 1_200_000, "CHF"],
    ["4 million Swiss francs", 4_000_000, "CHF"],
    ["5 million Australian dollars", 5_000_000, "AUD"],
    ["KRW 1.5bn", 1_500_000_000, "KRW"],
    ["$1.15 million", 1_150_000, "USD"],
  ])("%s → %d %s", (text, amount, currency) =>
    expect(parseMoney(text)).toEqual({ amount, currency }),
  );

  it("needs a currency", () => expect(parseMoney("2.4 million")).toBeNull());

  it("finds money in running text, longest prefix first", () => {
    expect(findMoney("a fine of US$5 million was imposed")).toMatchObject({
      amount: 5_000_000,
      currency: "USD",
      text: "US$5 million",
    });
    expect(findMoney("the 67 million people")).toBeNull();
  });

  it("money does not start inside a word or number", () => {
    expect(findMoney("paid $5 today")?.text).toBe("$5");
    expect(findMoney("code X1$5")).toBeNull();
    expect(findMoney("FIRM 5 million")).toBeNull();
    expect(new RegExp(MONEY_SOURCE, "g").test("abc 100 wonders")).toBe(false);
  });

  it("a number without a prefix starts only after no digit, '.' or ','", () => {
    const starts = (text: string) =>
      [...text.matchAll(new RegExp(MONEY_SOURCE, "g"))].map((m) => [m.index, m[0]]);
    expect(starts("ref 12345 euros")).toEqual([[4, "12345 euros"]]);
    expect(starts("x,500 euros and y.75 euros")).toEqual([]);
    expect(starts("00000000 x, then 1.5 million euros")).toEqual([[17, "1.5 million euros"]]);
    expect(starts("$" + "0".repeat(50))).toEqual([[0, "$" + "0".repeat(50)]]);
  });
});

describe("unitOf", () => {
  it.each([
    ["accounts", "accounts"],
    ["email addresses", "accounts"],
    ["e-mail  addresses", "accounts"],
    ["email, IP and physical addresses", "accounts"],
    ["Customer", "customers"],
    ["users", "users"],
    ["subscribers", "users"],
    ["patients", "people"],
    ["Americans", "people"],
    ["rows", "records"],
    ["Social Security numbers", "other"],
  ])("%s → %s", (noun, unit) => expect(unitOf(noun)).toBe(unit));

  it("knows no messages or files", () => {
    expect(unitOf("emails")).toBeNull();
    expect(unitOf("files")).toBeNull();
  });
});
