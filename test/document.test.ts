// The document stage: sentences, titles, datelines, positions.
import { describe, expect, it } from "vitest";
import {
  buildDocument,
  locate,
  lineStarts,
  splitSentences,
  findDateline,
} from "../src/document/index.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const sentences = (text: string) => splitSentences(text).map((s) => s.text);

describe("sentences", () => {
  it("survives abbreviations and initials", () => {
    expect(
      sentences(
        "U.S. Senator J.D. Vance (R-Ohio) spoke. Sen. Smith of Acme Inc. agreed. See No. 5 approx. twice. Then it ended.",
      ),
    ).toEqual([
      "U.S. Senator J.D. Vance (R-Ohio) spoke.",
      "Sen. Smith of Acme Inc. agreed.",
      "See No. 5 approx. twice.",
      "Then it ended.",
    ]);
  });

  it("does not end a sentence after a currency abbreviation", () => {
    expect(sentences("It was ordered to pay Rs. 5 lakh as penalty. Next.")).toEqual([
      "It was ordered to pay Rs. 5 lakh as penalty.",
      "Next.",
    ]);
  });

  it("keeps decimals, domains and hyphenated abbreviations inside a sentence", () => {
    expect(
      sentences("It hit 33.7 million users at example.com and U.S.-based firms. Next one."),
    ).toEqual(["It hit 33.7 million users at example.com and U.S.-based firms.", "Next one."]);
  });

  it("ends a sentence at a line break unless the next line goes on in lower case", () => {
    expect(
      sentences("Headline without stop\nThe breach\n\nin April 2025, which hit users. End"),
    ).toEqual(["Headline without stop", "The breach\n\nin April 2025, which hit users.", "End"]);
  });

  it("splits on ! and ? and after closing quotes", () => {
    expect(sentences('He said "it is over." Then? Yes! Done')).toEqual([
      'He said "it is over."',
      "Then?",
      "Yes!",
      "Done",
    ]);
  });

  it("gives offsets that index the original text, CRLF and lone CR included", () => {
    const text = "First one.\r\nSecond one.\rThird.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences(text)).toEqual(["First one.", "Second one.", "Third."]);
  });

  it("ends a sentence at a period after a number", () => {
    expect(
      sentences(
        "The leak began in 2021. Staff found it later. A court fined the lender $25,000. The lender appealed under Section 4. Its losses came to $3.5 million. Shares fell.",
      ),
    ).toEqual([
      "The leak began in 2021.",
      "Staff found it later.",
      "A court fined the lender $25,000.",
      "The lender appealed under Section 4.",
      "Its losses came to $3.5 million.",
      "Shares fell.",
    ]);
    // "No." stays an abbreviation; the number after it ends the sentence.
    expect(sentences("Ask for form No. 7. Then mail it back.")).toEqual([
      "Ask for form No. 7.",
      "Then mail it back.",
    ]);
  });

  it("keeps a list item's number with its item, at a line's start or after a sentence", () => {
    expect(
      sentences(
        "What to do now:\n1. Reset your password.\n  12. Watch your card statements.\nDo both today. 3. Call the bank.",
      ),
    ).toEqual([
      "What to do now:",
      "1. Reset your password.",
      "12. Watch your card statements.",
      "Do both today.",
      "3. Call the bank.",
    ]);
    expect(sentences("Two steps: 1. Freeze the card. 2. Call the bank.")).toEqual([
      "Two steps: 1. Freeze the card.",
      "2. Call the bank.",
    ]);
  });

  it("does not end a sentence at a number's period before lower case, inside a decimal or after p.m.", () => {
    expect(
      sentences(
        "It ran version 3. and later ones too. The fee rose 2.75 points by 5 p.m. Monday. End",
      ),
    ).toEqual([
      "It ran version 3. and later ones too.",
      "The fee rose 2.75 points by 5 p.m. Monday.",
      "End",
    ]);
  });

  it("cuts a sentence longer than the cap", () => {
    const long = `${"word ".repeat(1000)}end.`;
    const parts = splitSentences(long);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(2000);
  });
});

describe("line and column", () => {
  it("counts \\n, \\r\\n and a lone \\r as one line break each", () => {
    const text = "ab\r\ncd\ref\ngh";
    const starts = lineStarts(text);
    expect(locate(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(locate(starts, text.indexOf("d"))).toEqual({ line: 2, column: 2 });
    expect(locate(starts, text.indexOf("e"))).toEqual({ line: 3, column: 1 });
    expect(locate(starts, text.indexOf("h"))).toEqual({ line: 4, column: 2 });
  });
});

describe("datelines", () => {
  it("reads a dateline near the top", () => {
    const text = "Title of it\n\nBy someone\nSunday, Nov 30, 2025 2:56 pm ET2min read\nBody.";
    const d = findDateline(text, 0);
    expect(d?.date).toBe("2025-11-30");
    expect(text.slice(d!.start, d!.end)).toBe("Nov 30, 2025");
  });

  it("ignores dates in long prose lines and partial dates", () => {
    expect(findDateline(`${"x ".repeat(80)} on Nov 30, 2025 it began.`, 0)).toBeNull();
    expect(findDateline('"date": "4/2026",', 0)).toBeNull();
  });

  it("seed 002's dateline is its publication date; seed 001's pasted record date is not", () => {
    const doc = (name: string) => {
      const text = readFileSync(join(import.meta.dirname, "../seeds", name), "utf8");
      const built = buildDocument({ path: name, id: name, sha256: "0".repeat(64), text });
      if (!built.ok) throw new Error(built.error.message);
      return built.doc;
    };
    expect(doc("002_f302961174a3439d.txt").published).toBe("2025-11-30");
    expect(doc("001_6ae2b5c215ebd4ac.txt").published).toBeNull();
    expect(doc("000_da32764529aff727.txt").title).toBe(
      "Coupang Data Breach Escalates into Diplomatic Crisis Between U.S. and South Korea",
    );
  });
});

describe("front matter", () => {
  const build = (text: string) =>
    buildDocument({ path: "x.md", id: "x", sha256: "0".repeat(64), text });

  it("fills title and published, keeps the rest as meta, and offsets include the front matter", () => {
    const text = "---\ntitle: A Title\npublished: 2013-12-04\nsource: HIBP\n---\nBody text here.";
    const built = build(text);
    if (!built.ok) throw new Error("expected ok");
    expect(built.doc).toMatchObject({
      title: "A Title",
      published: "2013-12-04",
      meta: { source: "HIBP" },
    });
    expect(built.doc.sentences[0]!.start).toBe(text.indexOf("Body"));
  });

  it.each([
    ["---js\nmodule.exports = {}\n---\nx", "FRONT_MATTER_REFUSED"],
    ["---coffee\nx = 1\n---\nx", "FRONT_MATTER_REFUSED"],
    ["---\ntitle: [unclosed\n---\nx", "FRONT_MATTER_INVALID"],
    ["---\ntitle: never closed\nbody", "FRONT_MATTER_INVALID"],
  ])("%j is an error %s", (text, code) => {
    const built = build(text);
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.error.code).toBe(code);
  });
});
