// The terminal table at 80, 120 and 160 columns with colour forced: no line wider than the
// terminal, no word broken across lines, escape codes balanced on every line and never leaked.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentRecord } from "../src/contract/index.js";
import { extractText } from "../src/pipeline.js";
import { stripAnsi, visibleWidth, wrap } from "../src/render/layout.js";
import { renderTable } from "../src/render/table.js";
import { describeValue } from "../src/render/values.js";
import { breach, ROOT } from "./cli-helpers.js";

function seedDocuments(): DocumentRecord[] {
  const dir = join(ROOT, "seeds");
  return readdirSync(dir)
    .sort()
    .map((f) => {
      const out = extractText(readFileSync(join(dir, f), "utf8"), `seeds/${f}`, f);
      if (!out.ok) throw new Error(out.error.message);
      return out.document;
    });
}

/** Words as the check sees them: split on spaces, outer punctuation and quotes dropped. */
const PUNCT = new Set([..."“”\"'(),;:·.[]"]);
function trimPunct(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && PUNCT.has(w[a]!)) a++;
  while (b > a && PUNCT.has(w[b - 1]!)) b--;
  return w.slice(a, b);
}
function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map(trimPunct)
    .filter((w) => w && !/^[─—…]+$/.test(w));
}

/** Every word the table may print: from the documents, their claims and summaries, and labels. */
function vocabulary(docs: DocumentRecord[]): Set<string> {
  const texts: string[] = [
    "kind value modality subject line text victim affected published breach date undetected for",
    "data exposed not penalties actors actor variety no claims document(s) claim(s) file(s) read see stderr",
  ];
  for (const d of docs) {
    texts.push(d.path, d.title ?? "", d.published ?? "", JSON.stringify(d.summary));
    const s = d.summary;
    texts.push(...s.penalties.map((p) => `${p.amount.toLocaleString("en-US")} ${p.currency}`));
    if (s.affected) texts.push(s.affected.count.toLocaleString("en-US"));
    for (const c of d.claims) {
      texts.push(c.kind, c.text, c.modality, c.subject ?? "", describeValue(c));
      texts.push(`${c.line}:${c.column}`);
    }
  }
  const vocab = new Set<string>();
  for (const t of texts) for (const w of words(t.replace(/[{}[\]",:]/g, " $& "))) vocab.add(w);
  for (const t of texts) for (const w of words(t)) vocab.add(w);
  return vocab;
}

/** Words of the output not in the vocabulary (a word cut with "…" must start a known word). */
function brokenWords(output: string, vocab: Set<string>): string[] {
  const known = [...vocab];
  return words(stripAnsi(output)).filter((w) => {
    if (vocab.has(w) || /^\d+$/.test(w)) return false;
    if (w.endsWith("…")) {
      const stem = trimPunct(w.slice(0, -1));
      return !known.some((k) => k.startsWith(stem));
    }
    return true;
  });
}

/** Lines whose escape codes do not close what they open, or that print a code's tail. */
function unbalanced(output: string): string[] {
  return output.split("\n").filter((line) => {
    // eslint-disable-next-line no-control-regex -- escape codes are what is counted
    const codes = [...line.matchAll(/\u001b\[(\d+)m/g)].map((m) => Number(m[1]));
    const opens = codes.filter((n) => ![0, 22, 23, 24, 27, 29, 39, 49].includes(n)).length;
    const closes = codes.length - opens;
    return opens !== closes || /\[\d+m/.test(stripAnsi(line));
  });
}

describe("the extract table", () => {
  const docs = seedDocuments();
  const vocab = vocabulary(docs);
  const report = { schemaVersion: 1, documents: docs, incidents: [], errors: [] };

  it.each([80, 120, 160])("fits %i columns with colour, words whole, codes balanced", (width) => {
    const out = renderTable(report as never, { color: true, width });
    expect(out).toContain("\u001b[");
    const lines = stripAnsi(out).split("\n");
    expect(lines.filter((l) => visibleWidth(l) > width)).toEqual([]);
    expect(brokenWords(out, vocab)).toEqual([]);
    expect(unbalanced(out)).toEqual([]);
    // Every claim of every seed is shown.
    const claims = docs.reduce((n, d) => n + d.claims.length, 0);
    expect(stripAnsi(out)).toContain(`${docs.length} document(s), ${claims} claim(s)`);
  });

  it("the check catches a word broken across lines", () => {
    const out = renderTable(report as never, { color: false, width: 80 });
    const broken = out.replace("asserted", "assert\ned");
    expect(brokenWords(broken, vocab)).toEqual(expect.arrayContaining(["assert"]));
  });

  it("prints the text in its own column when wide, under its claim when narrow", () => {
    const wide = renderTable(report as never, { color: false, width: 160 });
    const narrow = renderTable(report as never, { color: false, width: 80 });
    expect(wide).toMatch(/modality +subject +line +text/);
    expect(narrow).not.toMatch(/ text$/m);
    expect(narrow).toMatch(/^ {2,}“.+”$/m);
  });

  it("the CLI streams the table at $COLUMNS, colour forced by FORCE_COLOR", () => {
    for (const width of [80, 160]) {
      const res = breach(["extract", "seeds/", "--format", "table"], {
        env: { FORCE_COLOR: "1", COLUMNS: String(width) },
      });
      expect(res.code).toBe(0);
      expect(res.stdout).toContain("\u001b[");
      expect(
        stripAnsi(res.stdout)
          .split("\n")
          .filter((l) => visibleWidth(l) > width),
      ).toEqual([]);
      expect(unbalanced(res.stdout)).toEqual([]);
      expect(brokenWords(res.stdout, vocab)).toEqual([]);
      expect(res.stderr).toBe("");
    }
  });
});

describe("wrap", () => {
  it("never splits a word, and cuts one longer than the line with …", () => {
    expect(wrap("the customer accounts were exposed", 10)).toEqual([
      "the",
      "customer",
      "accounts",
      "were",
      "exposed",
    ]);
    expect(wrap("https://example.org/a/very/long/path", 12)).toEqual(["https://exa…"]);
    expect(wrap("one two three four five", 9, 2)).toEqual(["one two", "three…"]);
  });

  it("counts wide characters as two columns and escape codes as none", () => {
    expect(visibleWidth("\u001b[32m한국\u001b[39m")).toBe(4);
  });
});
