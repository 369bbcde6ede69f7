// Scale: NDJSON streams document by document; large inputs complete; what incidents keep of a
// streamed document gives the same incidents; the gated engine finds what the ungated one does.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentRecord } from "../src/contract/index.js";
import { buildDocument, type SourceDoc } from "../src/document/index.js";
import { buildIncidents } from "../src/incidents/index.js";
import { matchers } from "../src/matchers/index.js";
import { extractFile, extractLines, incidentInput } from "../src/pipeline.js";
import { describeGate, execAll, mayMatch, patternFilter, runMatchers } from "../src/rules/index.js";
import { breach, ROOT } from "./cli-helpers.js";

const DEV = join(ROOT, "fixtures", "dev");
const tmp = () => mkdtempSync(join(tmpdir(), "breach-scale-"));

function devTexts(limit = Infinity): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const [set, ext] of [
    ["hibp", ".md"],
    ["vcdb", ".txt"],
  ] as const) {
    for (const name of readdirSync(join(DEV, set)).sort()) {
      if (name.endsWith(ext) && out.length < limit)
        out.push({ name, text: readFileSync(join(DEV, set, name), "utf8") });
    }
  }
  for (const name of readdirSync(join(ROOT, "seeds")).sort())
    out.push({ name, text: readFileSync(join(ROOT, "seeds", name), "utf8") });
  return out;
}

describe("streaming", () => {
  it("extractLines yields each document before it reads the files far behind it", async () => {
    const dir = tmp();
    const n = 30;
    for (let i = 0; i < n; i++)
      writeFileSync(join(dir, `${String(i).padStart(2, "0")}.txt`), `First version of file ${i}.`);
    const seen: string[] = [];
    for await (const outcome of extractLines([dir], { jobs: 1 })) {
      if (!outcome.ok) throw new Error(outcome.error.message);
      const doc = JSON.parse(outcome.line) as { title: string };
      seen.push(doc.title);
      // After the first document is out, rewrite the last file: a stream reads it only later.
      if (seen.length === 1) writeFileSync(join(dir, "29.txt"), "Second version of file 29.");
    }
    expect(seen).toHaveLength(n);
    expect(seen[0]).toBe("First version of file 0.");
    expect(seen[n - 1]).toBe("Second version of file 29.");
  });

  it("ndjson holds no incidents unless --incidents asks for them (then they come last)", () => {
    const types = (args: string[]) =>
      breach(["extract", "seeds/", "--format", "ndjson", ...args])
        .stdout.trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { type: string }).type);
    const docs = ["document", "document", "document", "document", "document"];
    expect(types([])).toEqual(docs);
    expect(types(["--no-incidents"])).toEqual(docs);
    const withIncidents = types(["--incidents"]);
    expect(withIncidents.slice(0, 5)).toEqual(docs);
    expect(withIncidents.length).toBeGreaterThan(5);
    expect(withIncidents.slice(5).every((t) => t === "incident")).toBe(true);
  });

  it("incidents built from the slim records equal those built from whole documents", () => {
    const docs: DocumentRecord[] = [];
    for (const { name, text } of devTexts(400)) {
      const outcome = extractFile({ path: name, id: name, sha256: "0".repeat(64), text });
      if (outcome.ok) docs.push(outcome.document);
    }
    const slim = docs.map(incidentInput).filter((d): d is DocumentRecord => d !== null);
    expect(slim.length).toBeLessThanOrEqual(docs.length);
    for (const d of slim) expect(d.meta).toEqual({});
    expect(buildIncidents(slim)).toEqual(buildIncidents(docs));
  }, 120_000);
});

describe("large inputs complete with --format ndjson", () => {
  it("a directory of 2,000 small files", () => {
    const dir = tmp();
    const paragraphs = devTexts(300)
      .flatMap((d) => d.text.split(/\n+/))
      .filter((p) => p.trim().length > 80);
    for (let i = 0; i < 2000; i++) {
      const sub = join(dir, `d${Math.floor(i / 500)}`);
      if (i % 500 === 0) mkdirSync(sub);
      writeFileSync(
        join(sub, `${String(i).padStart(5, "0")}.txt`),
        paragraphs[i % paragraphs.length]!,
      );
    }
    const res = breach(["extract", dir, "--format", "ndjson"]);
    expect(res.code).toBe(0);
    const lines = res.stdout.trim().split("\n");
    const docs = lines.filter((l) => l.startsWith('{"type":"document"'));
    expect(docs).toHaveLength(2000);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  }, 300_000);

  it("one 1 MB file", () => {
    const dir = tmp();
    const texts = devTexts().map((d) => d.text);
    let big = "";
    while (big.length < 1_000_000) big += `${texts.join("\n\n")}\n\n`;
    writeFileSync(join(dir, "big.txt"), big);
    const res = breach(["extract", join(dir, "big.txt"), "--format", "ndjson", "--no-incidents"]);
    expect(res.code).toBe(0);
    const [line] = res.stdout.trim().split("\n");
    const doc = JSON.parse(line!) as { type: string; claims: { text: string; start: number }[] };
    expect(doc.type).toBe("document");
    expect(doc.claims.length).toBeGreaterThan(100);
    for (const c of doc.claims.slice(0, 200))
      expect(big.slice(c.start).startsWith(c.text)).toBe(true);
  }, 300_000);
});

describe("the gated engine", () => {
  const docs: SourceDoc[] = devTexts().flatMap(({ name, text }) => {
    const built = buildDocument({ path: name, id: name, sha256: "0".repeat(64), text });
    return built.ok ? [built.doc] : [];
  });

  it("finds exactly what every matcher on every sentence finds, over the dev corpus", () => {
    let drafts = 0;
    for (const doc of docs) {
      const all = runMatchers(matchers, doc, { prefilter: false });
      const gated = runMatchers(matchers, doc, { prefilter: true });
      expect(gated).toEqual(all);
      drafts += all.length;
    }
    expect(drafts).toBeGreaterThan(0);
  }, 120_000);

  it("never rules out a sentence a pattern matches (synthetic patterns)", () => {
    // Built from strings: these are test inputs for the analysis, not rules (lint would flag some).
    const patterns = [
      [
        String.raw`\b(\d{1,3}(?:,\d{3})+|\d+)\s*(million|billion)?\s+(customers|users|records)\b`,
        "gi",
      ],
      [String.raw`(?:[$€£¥₩]|USD|KRW)\s?\d[\d,.]*`, "g"],
      [String.raw`\b(?:Jan(?:uary)?|Sept?(?:ember)?|May)\.? \d{1,2},? \d{4}\b`, "g"],
      [String.raw`\bfor (\d+|two|several) (days?|months?)\b`, "gi"],
      [String.raw`\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,3},? (?:the )?(?:CEO|chief executive)\b`, "g"],
      [String.raw`(?<=\s)(?:über|Société)\b`, "giu"],
      [String.raw`\b(\w+)\s+\1\b`, "g"],
      [String.raw`[^\x00-\x7f]{2,}`, "g"],
      [String.raw`\p{Lu}\p{Ll}+ Inc\.`, "gu"],
      [String.raw`s[k]`, "giu"],
      [String.raw`[a-c]{2}x`, "gi"],
      [String.raw`\u20ac\s?\d`, "g"],
      [String.raw`[—–-]{2}`, "g"],
      [String.raw`x{3}|y+z`, "gi"],
      [String.raw`(?:a|b)(?:c|d)(?:e|f)`, "gi"],
      [String.raw`(?:)`, "g"],
      [String.raw`[]`, "g"],
      [String.raw`[^]ab`, "g"],
    ].map(([source, flags]) => new RegExp(source!, flags));
    const texts = [
      "ſk and \u212Ak",
      "ſK",
      "Über Société",
      "über société",
      "USD 5 and €5 and ₩ 100",
      "xXx yZ ace BDF",
      "SEPTEMBER 3, 2021; may 4 2020",
      "the the",
      "ACX acx",
      "—– -—",
      "In 2019, 1,200,000 Customers were hit for several months.",
      "Jane Doe, the CEO, said so.",
      "Müller AG and Straße Inc.",
      "\u{1F600}ab",
      ...docs.slice(0, 200).flatMap((d) => d.sentences.map((s) => s.text)),
    ];
    for (const re of patterns) {
      expect(describeGate(re)).toEqual(expect.any(String));
      for (const text of texts) {
        re.lastIndex = 0;
        let found = false;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text))) {
          if (m[0].length > 0) {
            found = true;
            break;
          }
          re.lastIndex++;
        }
        if (found) expect(mayMatch(re, text), `${re} on ${JSON.stringify(text)}`).toBe(true);
      }
    }
  });

  it("patternFilter keeps every pattern that matches a sentence and drops some that cannot", () => {
    // The matchers' own patterns, as the refiners' filters would see them.
    const patterns = [...new Set(matchers.map((m) => m.pattern))];
    const keep = patternFilter(patterns);
    let dropped = 0;
    for (const doc of docs.slice(0, 300)) {
      for (const { text } of doc.sentences) {
        const kept = new Set(keep(text));
        for (const re of patterns) {
          if (kept.has(re)) continue;
          dropped++;
          expect(execAll(re, text), `${re.source.slice(0, 60)} on ${text}`).toEqual([]);
        }
      }
    }
    expect(dropped).toBeGreaterThan(0);
  });

  it("execAll finds what matchAll finds, skips empty matches, and leaves lastIndex at 0", () => {
    const re = /\b(\d+) (cats|dogs)\b/g;
    const text = "3 cats, 12 dogs and 7 birds; 9 dogs";
    expect(execAll(re, text).map((m) => [m.index, m[1], m[2]])).toEqual(
      [...text.matchAll(re)].map((m) => [m.index, m[1], m[2]]),
    );
    expect(re.lastIndex).toBe(0);
    expect(execAll(/x*/g, "axxb").map((m) => m[0])).toEqual(["xx"]);
  });

  it("rules out sentences that lack what a pattern needs", () => {
    expect(mayMatch(/\b\d{1,12} customers/g, "Customers were told.")).toBe(false);
    expect(mayMatch(/[$€£]\s?\d/g, "A fine of 5 million was imposed.")).toBe(false);
    expect(mayMatch(/\bransomware\b/gi, "The attackers used phishing.")).toBe(false);
    expect(mayMatch(/\bransomware\b/gi, "A RANSOMWARE gang struck.")).toBe(true);
  });
});
