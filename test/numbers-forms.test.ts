// The forms of numbers, amounts and dates each lexicon lists as its examples (issue 18), read
// back by the lexicon's parser and matched whole by its pattern.
import { describe, expect, it } from "vitest";
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
