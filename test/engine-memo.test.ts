// The engine answers a sentence it has already read in the same document from memory (a dump
// that repeats its articles, the boilerplate a scraped page repeats). That must lose nothing:
// a matcher's hits may depend on its sentence and on what holds for the whole document, and a
// matcher that reads the text around its sentence says so (Matcher.readsAround) and is run
// every time. Checked on documents whose sentences come again in another order, where an
// earlier copy of a sentence has other neighbours.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { matchers } from "../src/matchers/index.js";
import { runMatchers } from "../src/rules/index.js";
import { ROOT } from "./cli-helpers.js";
import { docOf } from "./helpers.js";

const NEWS = join(ROOT, "..", "shared", "eval", "dev", "news");
const questionCount = matchers.find((m) => m.id === "affected.question-count")!;

function texts(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => /\.(?:txt|md)$/.test(n))
    .sort()
    .map((n) => readFileSync(join(dir, n), "utf8"));
}

/** The text, then its sentences again, last first, a paragraph each. */
function repeated(text: string): string {
  const sentences = docOf(text).sentences.map((s) => s.text);
  return `${text}\n\n${sentences.reverse().join("\n\n")}\n`;
}

describe("engine memory of sentences", () => {
  it("finds a repeated sentence's claims at each of its places", () => {
    const doc = docOf(
      "Customers were told 1,200 accounts were exposed.\n\nA week later the bank wrote again.\n\nCustomers were told 1,200 accounts were exposed.\n",
    );
    const drafts = runMatchers(matchers, doc).filter((d) => d.kind === "affected");
    const at = drafts.map((d) => doc.text.slice(d.start, d.end));
    expect(at).toEqual(["1,200 accounts", "1,200 accounts"]);
    expect(drafts[1]!.start).toBe(doc.text.lastIndexOf("1,200"));
    expect(drafts[1]!.sentence).toBe(2);
  });

  it("runs a matcher that reads around its sentence again for each copy", () => {
    // The second "About 4,000." answers a question; the first does not.
    const doc = docOf(
      "Was anyone hurt? About 4,000.\n\nHow many people were affected?\n\nAbout 4,000.\n",
    );
    const found = runMatchers([questionCount], doc).map((d) => d.start);
    expect(found).toEqual([doc.text.lastIndexOf("4,000")]);
    // Without the flag the engine would answer the second copy from the first (nothing).
    expect(runMatchers([{ ...questionCount, readsAround: false }], doc)).toEqual([]);
  });

  it("loses nothing when it has to forget (more distinct sentences than it keeps)", () => {
    const lines = Array.from(
      { length: 600 },
      (_, i) => `Customers were told ${i + 2},000 accounts were exposed.`,
    );
    const doc = docOf(`${lines.join("\n\n")}\n\n${lines.reverse().join("\n\n")}\n`);
    const remembered = runMatchers(matchers, doc);
    expect(remembered.filter((d) => d.kind === "affected")).toHaveLength(1200);
    expect(remembered).toEqual(runMatchers(matchers, doc, { memo: false }));
  });

  it("loses nothing over the seeds and the dev sets, their sentences repeated", () => {
    const dirs = [
      join(ROOT, "seeds"),
      join(ROOT, "fixtures", "dev", "hibp"),
      join(ROOT, "fixtures", "dev", "vcdb"),
      ...(existsSync(NEWS) ? [NEWS] : []),
    ];
    let found = 0;
    for (const text of dirs.flatMap(texts)) {
      const doc = docOf(repeated(text));
      const remembered = runMatchers(matchers, doc);
      expect(remembered).toEqual(runMatchers(matchers, doc, { memo: false }));
      found += remembered.length;
    }
    expect(found).toBeGreaterThan(1000);
  }, 300_000);
});
