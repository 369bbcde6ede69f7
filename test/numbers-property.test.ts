// Property tests (issue 18): any count written in digits, with separators, with a magnitude
// word or suffix, or in words reads back as itself in the affected template; any amount in each
// supported currency form reads back as itself in the penalty template. Seeded, so a failure
// is the same on every run.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractText } from "../src/pipeline.js";

const SEED = Number(process.env.PROP_SEED ?? 18);
const RUNS = Number(process.env.PROP_RUNS ?? 100);
const options = { seed: SEED, numRuns: RUNS };

const claimsOf = (text: string) => {
  const out = extractText(text, "property.md", "property");
  return out.ok ? out.document.claims : [];
};

/** The counts the affected template reads from `written`. */
function countsOf(written: string): number[] {
  return claimsOf(`Hackers stole the records of ${written} customers from Example Corp.`)
    .filter((c) => c.kind === "affected")
    .map((c) => (c.value as { count: number }).count);
}

/** The amounts the penalty template reads from `written`, as "amount currency". */
function amountsOf(written: string): string[] {
  return claimsOf(`Regulators fined Example Corp ${written} over the breach.`)
    .filter((c) => c.kind === "penalty")
    .map((c) => {
      const v = c.value as { amount: number; currency: string };
      return `${v.amount} ${v.currency}`;
    });
}

// Writing numbers

const UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: [number, string][] = [
  [1e9, "billion"],
  [1e6, "million"],
  [1e3, "thousand"],
];

interface Style {
  and: boolean;
  hyphen: boolean;
}

function under100(n: number, s: Style): string {
  if (n < 20) return UNITS[n]!;
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 ? `${t}${s.hyphen ? "-" : " "}${UNITS[n % 10]}` : t;
}

function under1000(n: number, s: Style): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (!h) return under100(r, s);
  return r ? `${UNITS[h]} hundred ${s.and ? "and " : ""}${under100(r, s)}` : `${UNITS[h]} hundred`;
}

/** An integer in English words: "one hundred and twenty-three thousand four hundred". */
function inWords(n: number, s: Style): string {
  const parts: string[] = [];
  let rest = n;
  for (const [value, word] of SCALES) {
    const k = Math.floor(rest / value);
    if (k) parts.push(`${under1000(k, s)} ${word}`);
    rest %= value;
  }
  if (rest) parts.push(under1000(rest, s));
  return parts.join(" ");
}

/** "1234567" with `sep` between groups of three from the right. */
function grouped(n: number, sep: string): string {
  const s = String(n);
  const groups: string[] = [];
  for (let end = s.length; end > 0; end -= 3) groups.unshift(s.slice(Math.max(0, end - 3), end));
  return groups.join(sep);
}

/** "1,20,000": the last three digits, then groups of two. */
function indianGrouped(n: number): string {
  const s = String(n);
  if (s.length <= 3) return s;
  const head = s.slice(0, -3);
  const groups: string[] = [];
  for (let end = head.length; end > 0; end -= 2)
    groups.unshift(head.slice(Math.max(0, end - 2), end));
  return `${groups.join(",")},${s.slice(-3)}`;
}

/** A number that is a plain count, not a year a reader could take it for. */
const notYear = (n: number) => n < 1900 || n > 2100;

const style = fc.record({ and: fc.boolean(), hyphen: fc.boolean() });

/** A mantissa with at most two decimals and a scale: 4.6 million, 250 thousand, 1.25 billion. */
const scaled = fc
  .record({
    whole: fc.integer({ min: 1, max: 999 }),
    decimals: fc.integer({ min: 0, max: 99 }),
    places: fc.constantFrom(0, 1, 2),
    scale: fc.constantFrom<[number, string[]]>(
      [1e3, ["thousand", "k", " k", "K"]],
      [1e6, ["million", "m", "M", " mn", "mn", " mil", "mil"]],
      [1e9, ["billion", "bn", " bn", "B"]],
    ),
    pick: fc.nat(),
  })
  .map(({ whole, decimals, places, scale: [value, words], pick }) => {
    const frac = places === 0 ? "" : String(decimals % 10 ** places).padStart(places, "0");
    const mantissa = frac ? `${whole}.${frac}` : String(whole);
    const word = words[pick % words.length]!;
    const written = /^[a-z]{4,}$/.test(word) ? `${mantissa} ${word}` : `${mantissa}${word}`;
    return { written, value: Math.round(Number(mantissa) * value) };
  });

describe("a count reads back as itself in the affected template", () => {
  it("in digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999 }).filter(notYear), (n) => {
        expect(countsOf(String(n))).toEqual([n]);
      }),
      options,
    );
  });

  it("with comma, space or Indian grouping", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 999_999_999_999 }),
        fc.constantFrom(",", " ", "indian"),
        (n, sep) => {
          const written = sep === "indian" ? indianGrouped(n) : grouped(n, sep);
          expect(countsOf(written)).toEqual([n]);
        },
      ),
      options,
    );
  });

  it("with a magnitude word or suffix", () => {
    fc.assert(
      fc.property(scaled, ({ written, value }) => {
        expect(countsOf(written)).toEqual([value]);
      }),
      options,
    );
  });

  it("with lakh and crore", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom<[string, number]>(["lakh", 1e5], ["crore", 1e7]),
        (k, [word, value]) => {
          expect(countsOf(`${k} ${word}`)).toEqual([k * value]);
        },
      ),
      options,
    );
  });

  it("in words", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999_999_999 }), style, (n, s) => {
        expect(countsOf(inWords(n, s))).toEqual([n]);
      }),
      options,
    );
  });

  it("in digits and scale words mixed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 99 }),
        (hundreds, rest) => {
          expect(countsOf(`${hundreds} thousand ${rest}`)).toEqual([hundreds * 1000 + rest]);
          expect(countsOf(`${(hundreds % 9) + 1} hundred and ${rest}`)).toEqual([
            ((hundreds % 9) + 1) * 100 + rest,
          ]);
        },
      ),
      options,
    );
  });
});

// Writing amounts

/** Currency forms: how each writes an amount given as digits (with magnitude) or words. */
const PREFIXES: [string, string][] = [
  ["$", "USD"],
  ["US$", "USD"],
  ["USD ", "USD"],
  ["€", "EUR"],
  ["EUR ", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["₹", "INR"],
  ["Rs ", "INR"],
  ["Rs. ", "INR"],
  ["₩", "KRW"],
  ["A$", "AUD"],
  ["C$", "CAD"],
  ["HK$", "HKD"],
  ["S$", "SGD"],
  ["NZ$", "NZD"],
  ["NZD$", "NZD"],
  ["CAD$", "CAD"],
  ["R$", "BRL"],
  ["CHF ", "CHF"],
  ["NOK ", "NOK"],
  ["SEK ", "SEK"],
  ["DKK ", "DKK"],
  ["CNY ", "CNY"],
];
const SUFFIXES: [string, string][] = [
  ["dollars", "USD"],
  ["euros", "EUR"],
  ["pounds", "GBP"],
  ["yen", "JPY"],
  ["yuan", "CNY"],
  ["rupees", "INR"],
  ["reais", "BRL"],
  ["won", "KRW"],
  ["kroner", "NOK"],
  ["krone", "NOK"],
  ["kronor", "SEK"],
  ["Danish kroner", "DKK"],
  ["Swiss francs", "CHF"],
  ["Hong Kong dollars", "HKD"],
  ["Australian dollars", "AUD"],
  ["Canadian dollars", "CAD"],
  ["Singapore dollars", "SGD"],
  ["New Zealand dollars", "NZD"],
  ["EUR", "EUR"],
  ["CHF", "CHF"],
];
const CODES_AFTER = ["EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "JPY"];

describe("an amount reads back as itself in the penalty template", () => {
  it("with a currency written before it", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1, max: 999_999_999 }).map((n) => ({
            written: grouped(n, ","),
            value: n,
          })),
          scaled,
        ),
        fc.constantFrom(...PREFIXES),
        ({ written, value }, [prefix, currency]) => {
          expect(amountsOf(`${prefix}${written}`)).toEqual([`${value} ${currency}`]);
        },
      ),
      options,
    );
  });

  it("with a currency word after it, the amount in digits", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 2, max: 999_999_999 }).map((n) => ({
            written: grouped(n, ","),
            value: n,
          })),
          scaled.filter(({ written }) => /\s[a-z]{4,}$/.test(written)),
        ),
        fc.constantFrom(...SUFFIXES),
        ({ written, value }, [word, currency]) => {
          expect(amountsOf(`${written} ${word}`)).toEqual([`${value} ${currency}`]);
        },
      ),
      options,
    );
  });

  it("in words, with a currency word after it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 999_999_999 }),
        style,
        fc.constantFrom(...SUFFIXES.filter(([w]) => /^[a-z]/i.test(w) && w !== "EUR")),
        (n, s, [word, currency]) => {
          expect(amountsOf(`${inWords(n, s)} ${word}`)).toEqual([`${n} ${currency}`]);
        },
      ),
      options,
    );
  });

  it("with a code right after it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom(...CODES_AFTER),
        fc.boolean(),
        (n, code, space) => {
          expect(amountsOf(`${n}${space ? " " : ""}${code}`)).toEqual([`${n} ${code}`]);
        },
      ),
      options,
    );
  });

  it("with a fraction of a scale", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<[string, number]>(
          ["half a", 0.5],
          ["a quarter of a", 0.25],
          ["three quarters of a", 0.75],
        ),
        fc.constantFrom<[string, number]>(["million", 1e6], ["billion", 1e9]),
        fc.constantFrom(...SUFFIXES.slice(0, 4)),
        ([fraction, f], [scale, value], [word, currency]) => {
          expect(amountsOf(`${fraction} ${scale} ${word}`)).toEqual([`${f * value} ${currency}`]);
        },
      ),
      { ...options, numRuns: 40 },
    );
  });
});
