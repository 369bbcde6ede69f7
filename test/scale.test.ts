// Scale: NDJSON streams document by document; large inputs complete; what incidents keep of a
// streamed document gives the same incidents.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentRecord } from "../src/contract/index.js";
import { buildIncidents } from "../src/incidents/index.js";
import { extractFile, incidentInput } from "../src/pipeline.js";
import { extractLines } from "../src/runner.js";
import { execAll } from "../src/rules/index.js";
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

describe("execAll", () => {
  it("execAll finds what matchAll finds, skips empty matches, and leaves lastIndex at 0", () => {
    const re = /\b(\d+) (cats|dogs)\b/g;
    const text = "3 cats, 12 dogs and 7 birds; 9 dogs";
    expect(execAll(re, text).map((m) => [m.index, m[1], m[2]])).toEqual(
      [...text.matchAll(re)].map((m) => [m.index, m[1], m[2]]),
    );
    expect(re.lastIndex).toBe(0);
    expect(execAll(/x*/g, "axxb").map((m) => m[0])).toEqual(["xx"]);
  });
});
