// Rules must generalise: no file under src/ (matchers and their examples, lexicon, refiners,
// summary, document, incidents …) may carry a seed's company or person, a seed's figure as the
// seeds write it, or a sentence copied from a seed. Nothing under src/ is exempt.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Seed companies and people (matched as whole words, any case). */
const SEED_NAMES = [
  "Coupang",
  "Park Dae-joon",
  "Kang Han-seung",
  "Ahn Sung-il",
  "Wi Sung-lac",
  "Lee Jae-myung",
  "Han Duck-soo",
  "Katherine Greer",
  "J.D. Vance",
  "Vance",
  // the seeds' regulators and ministries
  "PIPC",
  "Personal Information Protection",
  "Ministry of Science",
  "Korea Internet",
];

/** Seed figures as the seeds write them (no digit or decimal point may touch either end). */
const SEED_FIGURES = [
  "33.7",
  "33.7M",
  "23.2 million",
  "134.8",
  "1.5 billion won",
  "1.02 million",
  "$92 million",
  "92 million",
  "51 million",
  "34 million",
  "33 million",
  "June 24",
  "Nov 30",
  "Nov 30, 2025",
  "4/2026",
  "since 2021",
  "since 2020",
  "April 2025",
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const spaced = (s: string) => escape(s).replace(/ /g, String.raw`\s+`);
const NAME_RES = SEED_NAMES.map((n) => ({
  what: n,
  re: new RegExp(String.raw`(?<![\w-])${spaced(n)}(?![\w-])`, "gi"),
}));
const FIGURE_RES = SEED_FIGURES.map((f) => ({
  what: f,
  re: new RegExp(String.raw`(?<![\d.,/\w])${spaced(f)}(?![\d/]|[.,]\d|\w)`, "gi"),
}));

/** Every `file:line: what` where one of the patterns occurs in the file's text. */
function hits(file: string, text: string, res: { what: string; re: RegExp }[]): string[] {
  const out: string[] = [];
  for (const { what, re } of res) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const line = text.slice(0, m.index).split("\n").length;
      out.push(`${relative(root, file)}:${line}: ${JSON.stringify(what)}`);
    }
  }
  return out;
}

const WORD = /[a-z0-9]+(?:['’.-][a-z0-9]+)*/g;
const words = (text: string) => text.toLowerCase().match(WORD) ?? [];
const N = 8;

function grams(list: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + N <= list.length; i++) out.push(list.slice(i, i + N).join(" "));
  return out;
}

/** Every string literal in a TypeScript file (examples included), with its line. */
function literals(file: string, text: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      out.push({ line, text: node.text });
    }
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

const seedDir = join(root, "seeds");
const seedGrams = new Set(
  readdirSync(seedDir)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => grams(words(readFileSync(join(seedDir, f), "utf8")))),
);
const sources = filesUnder(join(root, "src"));

describe("src/ carries nothing from the seeds", () => {
  it("reads the seeds and every source file", () => {
    expect(seedGrams.size).toBeGreaterThan(1000);
    expect(sources.some((f) => f.includes("/matchers/date/"))).toBe(true);
    expect(sources.some((f) => f.includes("/lexicon/"))).toBe(true);
  });

  it("the checks catch what they look for", () => {
    const probe = `const x = "Fines could top $92 million for COUPANG"; // since 2021`;
    expect(hits("probe.ts", probe, NAME_RES)).toHaveLength(1);
    expect(hits("probe.ts", probe, FIGURE_RES).map((h) => h.split(": ")[1])).toEqual([
      '"$92 million"',
      '"92 million"',
      '"since 2021"',
    ]);
    expect(hits("probe.ts", "a 133.7 ratio, 192 million, June 245", FIGURE_RES)).toEqual([]);
    const seedSentence = [...seedGrams][0]!;
    const found = literals("probe.ts", `f("x ${seedSentence} y")`).flatMap((l) =>
      grams(words(l.text)).filter((g) => seedGrams.has(g)),
    );
    expect(found).toEqual([seedSentence]);
  });

  it.each(sources.map((f) => relative(root, f)))("%s", (file) => {
    const text = readFileSync(join(root, file), "utf8");
    const found = [
      ...hits(join(root, file), text, NAME_RES),
      ...hits(join(root, file), text, FIGURE_RES),
    ];
    if (file.endsWith(".ts")) {
      for (const lit of literals(file, text)) {
        for (const g of new Set(grams(words(lit.text)))) {
          if (seedGrams.has(g)) found.push(`${file}:${lit.line}: seed sentence "${g}"`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
