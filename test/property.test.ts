// Property-based tests (fast-check): what must hold for any input, not just the examples.
// Arbitrary text, and article-like text made from the seeds with random edits (numbers,
// currency, Unicode, CRLF and lone CR, front matter, very long lines, nested quotes):
//   - extraction never throws;
//   - every claim's text is the file sliced at start..end, and its line and column are right;
//   - the JSON output validates against `breach schema`;
//   - --jobs 1 and --jobs 2 give the same bytes;
//   - the same article with LF or CRLF line ends gives the same claims, offsets shifted.
// Seeded and quick here; BREACH_PROPERTY_RUNS=200 (say) runs each property that many times,
// BREACH_PROPERTY_SEED another seed.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { reportSchema, SCHEMA_VERSION, type Claim } from "../src/contract/index.js";
import { lineStarts, locate } from "../src/document/index.js";
import { buildIncidents } from "../src/incidents/index.js";
import { extractText } from "../src/pipeline.js";
import { extractLines } from "../src/runner.js";
import { renderJson } from "../src/render/json.js";

const ROOT = join(import.meta.dirname, "..");
const RUNS = Number(process.env.BREACH_PROPERTY_RUNS ?? 0) || 0;
const SEED = Number(process.env.BREACH_PROPERTY_SEED ?? 20261207);
/** fast-check's parameters: `quick` runs by default, BREACH_PROPERTY_RUNS when it is set. */
const params = (quick: number) => ({ seed: SEED, numRuns: RUNS || quick });

const SEEDS = readdirSync(join(ROOT, "seeds"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(ROOT, "seeds", f), "utf8"));

// ---------------------------------------------------------------------------------------------
// Inputs

/** Pieces an edit inserts: figures, money, Unicode, line ends, quotes, breach words. */
const PIECES = [
  "4.2 million",
  "1,234,567",
  "more than 300,000 customers",
  "about 12 million users",
  "$3 million",
  "€2.5bn",
  "₩6,800,000,000",
  "£120,000",
  "¥1.2 billion",
  "US$ 40m",
  "March 2024",
  "on 3 Feb. 2025",
  "for 14 months",
  "\r\n",
  "\r",
  "\n\n",
  "\u2028",
  "\u00a0",
  "\u200b",
  "\ufeff",
  "é",
  "😀",
  "👩‍💻",
  "\ud800", // a lone surrogate
  '"She said \'the "records" were taken\' today,"',
  "« nested “quotes” inside »",
  "“",
  "’",
  "—",
  "...",
  " (",
  ")",
  "Hackers stole the records of ",
  " were exposed, the company said.",
  "regulators fined it ",
  "Acme Corp. ",
  "CEO Jane Roe",
];

interface Edit {
  at: number;
  del: number;
  insert: string;
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 20 }),
  insert: fc.oneof(
    fc.constantFrom(...PIECES),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: "binary", maxLength: 6 }),
  ),
});

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length ? e.at % (out.length + 1) : 0;
    out = out.slice(0, at) + e.insert + out.slice(at + e.del);
  }
  return out;
}

/** How a whole text may be reshaped after the edits. */
const SHAPES = ["as-is", "crlf", "cr", "front-matter", "long-line", "quoted"] as const;
type Shape = (typeof SHAPES)[number];

function reshape(text: string, shape: Shape): string {
  switch (shape) {
    case "as-is":
      return text;
    case "crlf":
      return text.replace(/\r?\n/g, "\r\n");
    case "cr":
      return text.replace(/\r?\n/g, "\r");
    case "front-matter":
      return `---\ntitle: "A made-up title: 3 million users"\ndate: 2024-03-05\ntags: [a, b]\n---\n${text}`;
    case "long-line":
      return text.replaceAll("\n", " ").repeat(3);
    case "quoted":
      return `"${text.replace(/\n/g, '"\n"')}"`;
  }
}

/** An article: a window of a seed (or two seeds joined), edited, reshaped. */
const articleArb: fc.Arbitrary<string> = fc
  .record({
    seed: fc.nat({ max: SEEDS.length - 1 }),
    other: fc.option(fc.nat({ max: SEEDS.length - 1 })),
    from: fc.nat(),
    length: fc.integer({ min: 200, max: 4000 }),
    edits: fc.array(editArb, { maxLength: 12 }),
    shape: fc.constantFrom(...SHAPES),
  })
  .map(({ seed, other, from, length, edits, shape }) => {
    const base = SEEDS[seed]! + (other === null ? "" : `\n\n${SEEDS[other]!}`);
    const start = from % Math.max(1, base.length - length);
    return reshape(applyEdits(base.slice(start, start + length), edits), shape);
  });

/** Any text: arbitrary code units, or words and figures strung together. */
const anyTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 40 })
    .map((parts) => parts.join(" ")),
);

// ---------------------------------------------------------------------------------------------
// Checks

function claimsOf(text: string): Claim[] {
  const outcome = extractText(text, "prop.txt", "prop");
  if (!outcome.ok) return []; // front matter the edits broke is an error entry, not a throw
  return outcome.document.claims;
}

/** Every claim is the file's slice, at the right line and column. */
function checkPositions(text: string): void {
  const starts = lineStarts(text);
  for (const c of claimsOf(text)) {
    expect(c.text).toBe(text.slice(c.start, c.end));
    expect(c.end).toBeGreaterThanOrEqual(c.start);
    expect({ line: c.line, column: c.column }).toEqual(locate(starts, c.start));
    // The line really starts where the column says, and no line break lies between.
    const lineStart = c.start - c.column + 1;
    const before = text.slice(lineStart, c.start);
    expect(before).not.toMatch(/[\r\n]/);
    if (lineStart > 0) expect(text[lineStart - 1]).toMatch(/[\r\n]/);
    expect(text.slice(0, lineStart).split(/\r\n|\r|\n/)).toHaveLength(c.line);
  }
}

describe("properties", () => {
  it("arbitrary text: extraction never throws, claims are the file's slices", () => {
    fc.assert(
      fc.property(anyTextArb, (text) => checkPositions(text)),
      params(60),
    );
  });

  it("article-like text with random edits: never throws, claims are the file's slices", () => {
    fc.assert(
      fc.property(articleArb, (text) => checkPositions(text)),
      params(25),
    );
  });

  it("the JSON output validates against `breach schema`", () => {
    const schema = z.toJSONSchema(reportSchema, { target: "draft-2020-12", io: "output" });
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    fc.assert(
      fc.property(fc.array(articleArb, { minLength: 1, maxLength: 3 }), (texts) => {
        const documents = texts.flatMap((text, i) => {
          const outcome = extractText(text, `p${i}.txt`, `p${i}`);
          return outcome.ok ? [outcome.document] : [];
        });
        const report = {
          schemaVersion: SCHEMA_VERSION as 1,
          documents,
          incidents: buildIncidents(documents),
          errors: [],
        };
        const json: unknown = JSON.parse(renderJson(report));
        expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      }),
      params(8),
    );
  });

  it("the same article with LF or CRLF line ends: the same claims, offsets shifted", () => {
    const lfArticle = articleArb.map((t) => t.replace(/\r\n?/g, "\n"));
    fc.assert(
      fc.property(lfArticle, (lf) => {
        const crlf = lf.replace(/\n/g, "\r\n");
        const a = claimsOf(lf);
        const b = claimsOf(crlf);
        // An offset in the LF text moves by one for every line break before it.
        const shift = (offset: number) => offset + (lf.slice(0, offset).match(/\n/g)?.length ?? 0);
        const view = (c: Claim, moved: (n: number) => number) => ({
          kind: c.kind,
          value: c.value,
          text: c.text.replace(/\r\n/g, "\n"),
          start: moved(c.start),
          end: moved(c.end),
          line: c.line,
          column: c.column,
          subject: c.subject,
          modality: c.modality,
          rule: c.rule,
        });
        expect(b.map((c) => view(c, (n) => n))).toEqual(a.map((c) => view(c, shift)));
      }),
      params(15),
    );
  });
});

describe("--jobs 1 and --jobs 2 give the same bytes", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it(
    "over folders of edited articles",
    async () => {
      const lines = async (dir: string, jobs: number) => {
        const out: string[] = [];
        for await (const o of extractLines([dir], { jobs, cwd: dir, incidents: false }))
          out.push(o.ok ? o.line + [...(o.more ?? [])].join("") : JSON.stringify(o.error));
        return out.join("");
      };
      await fc.assert(
        fc.asyncProperty(fc.array(articleArb, { minLength: 8, maxLength: 10 }), async (texts) => {
          const dir = mkdtempSync(join(tmpdir(), "breach-prop-"));
          dirs.push(dir);
          texts.forEach((t, i) =>
            writeFileSync(join(dir, `a${String(i).padStart(2, "0")}.txt`), t),
          );
          expect(await lines(dir, 2)).toBe(await lines(dir, 1));
        }),
        params(2),
      );
    },
    60_000 + 20_000 * (RUNS || 2),
  );
});
