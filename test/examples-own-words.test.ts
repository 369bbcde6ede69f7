// House rule: every matcher example, test sentence and quoted wording in a comment is our own
// invention, never a sentence from the dev sets (fixtures/dev/vcdb, fixtures/dev/hibp and, when
// it is present beside the project, ../shared/eval/dev/news). This test fails when a string
// literal or a comment in src/ or test/, or the text of README.md or docs/, shares a run of 8
// consecutive words (lower-cased, tokens [a-z0-9]+) with a dev text. It reports only the
// project's file, line and that line's text, never the dev text it shares.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const N = 8;

/**
 * Names of real public bodies and laws, used as such, that a dev text may also name. A run of
 * words is excused when at most two of its words lie outside such a name.
 */
const ALLOWED_NAMES: { name: string; reason: string }[] = [
  {
    name: "Department of Health and Human Services",
    reason: "the US federal department (HHS) that receives health breach reports",
  },
  {
    name: "Office for Civil Rights",
    reason: "the HHS office that enforces HIPAA, named as the body",
  },
  {
    name: "Health Insurance Portability and Accountability Act",
    reason: "the US law (HIPAA), named as such",
  },
];

const TOKEN = /[a-z0-9]+/g;

/** The tokens of a text, each with its offset. */
function tokens(text: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  for (const m of text.toLowerCase().matchAll(TOKEN)) out.push({ word: m[0], at: m.index });
  return out;
}

const tokenWords = (text: string) => tokens(text).map((t) => t.word);
const ALLOWED_TOKENS = ALLOWED_NAMES.map((a) => tokenWords(a.name));

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return filesUnder(path, keep);
      return keep(name) ? [path] : [];
    });
}

/** Every run of N words of the dev texts of a folder, added to `into`. */
function addDevGrams(into: Set<string>, dir: string, ext: string): number {
  const files = filesUnder(
    dir,
    (name) => name.endsWith(ext) && !/^(?:LICENSE|SOURCES|GOLD)/.test(name),
  );
  for (const file of files) {
    const words = tokenWords(readFileSync(file, "utf8"));
    for (let i = 0; i + N <= words.length; i++) into.add(words.slice(i, i + N).join(" "));
  }
  return files.length;
}

/** A piece of project text (a literal, a comment, a document) and the line it starts on. */
interface Piece {
  line: number;
  text: string;
  /** A quoted string: its escapes ("\\n") are no line breaks of the file. */
  oneLine?: boolean;
}

/** Every string literal and every comment of a TypeScript file. */
function pieces(file: string, text: string): Piece[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const out: Piece[] = [];
  const seen = new Set<number>();
  const addComments = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      out.push({ line: lineOf(r.pos), text: text.slice(r.pos, r.end) });
    }
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const oneLine = ts.isStringLiteral(node);
      out.push({ line: lineOf(node.getStart(source)), text: node.text, oneLine });
    }
    addComments(ts.getLeadingCommentRanges(text, node.getFullStart()));
    addComments(ts.getTrailingCommentRanges(text, node.getEnd()));
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return out;
}

/** The lines of a piece that share a run of N words with `dev` (names allowed aside). */
function sharedLines(piece: Piece, dev: Set<string>): number[] {
  const toks = tokens(piece.text);
  const named = new Array<boolean>(toks.length).fill(false);
  for (const name of ALLOWED_TOKENS) {
    for (let i = 0; i + name.length <= toks.length; i++) {
      if (name.every((w, k) => toks[i + k]!.word === w)) named.fill(true, i, i + name.length);
    }
  }
  const lines = new Set<number>();
  for (let i = 0; i + N <= toks.length; i++) {
    const gram = toks
      .slice(i, i + N)
      .map((t) => t.word)
      .join(" ");
    if (!dev.has(gram)) continue;
    if (named.slice(i, i + N).filter((n) => !n).length <= 2) continue;
    const before = piece.text.slice(0, toks[i]!.at);
    lines.add(piece.oneLine ? piece.line : piece.line + (before.match(/\n/g)?.length ?? 0));
  }
  return [...lines];
}

const projectFiles = [
  ...filesUnder(join(root, "src"), (name) => name.endsWith(".ts")),
  ...filesUnder(join(root, "test"), (name) => name.endsWith(".ts")),
  ...[join(root, "README.md")].filter((f) => existsSync(f)),
  ...filesUnder(join(root, "docs"), (name) => name.endsWith(".md")),
].map((f) => relative(root, f));

/** `file:line: the project's line` for every line of the project that shares a run with `dev`. */
const projectPieces = new Map<string, { text: string; parts: Piece[] }>();
function piecesOf(file: string): { text: string; parts: Piece[] } {
  let found = projectPieces.get(file);
  if (!found) {
    const text = readFileSync(join(root, file), "utf8");
    found = { text, parts: file.endsWith(".ts") ? pieces(file, text) : [{ line: 1, text }] };
    projectPieces.set(file, found);
  }
  return found;
}

function offenders(dev: Set<string>): string[] {
  const out: string[] = [];
  for (const file of projectFiles) {
    const { text, parts } = piecesOf(file);
    const lines = new Set(parts.flatMap((p) => sharedLines(p, dev)));
    const sourceLines = text.split("\n");
    for (const line of [...lines].sort((a, b) => a - b)) {
      out.push(`${file}:${line}: ${sourceLines[line - 1]!.trim().slice(0, 160)}`);
    }
  }
  return out;
}

describe("examples, test sentences and comments are in our own words", () => {
  const shipped = new Set<string>();
  const vcdbFiles = addDevGrams(shipped, join(root, "fixtures/dev/vcdb"), ".txt");
  const hibpFiles = addDevGrams(shipped, join(root, "fixtures/dev/hibp"), ".md");
  const shippedHits = offenders(shipped);

  it("reads the shipped dev texts and the project's files", () => {
    expect(vcdbFiles).toBeGreaterThan(100);
    expect(hibpFiles).toBeGreaterThan(100);
    expect(projectFiles).toContain("src/matchers/data/passive.ts");
    expect(projectFiles).toContain("test/examples-own-words.test.ts");
  });

  it("catches a shared run in a literal and in a comment, and excuses an allowed name", () => {
    const some = [...shipped][0]!;
    const probe = `const x = f("a ${some} b"); // c ${some} d\n`;
    const found = pieces("probe.ts", probe).flatMap((p) => sharedLines(p, shipped));
    expect(found).toEqual([1, 1]);
    const named = new Set(["phoned department of health and human services staff"]);
    const ok = "Globex phoned Department of Health and Human Services staff twice.";
    expect(sharedLines({ line: 1, text: ok }, named)).toEqual([]);
    const partial = new Set(["globex phoned the department of health and human"]);
    const piece = { line: 3, text: "x\nGlobex phoned the Department of Health and Human" };
    expect(sharedLines(piece, partial)).toEqual([4]);
  });

  it("shares no run of 8 words with fixtures/dev/vcdb or fixtures/dev/hibp", () => {
    expect(shippedHits).toEqual([]);
  });

  const news = join(root, "../shared/eval/dev/news");
  it.skipIf(!existsSync(news))(
    "shares no run of 8 words with ../shared/eval/dev/news (skipped when it is not beside the project)",
    () => {
      const dev = new Set<string>();
      expect(addDevGrams(dev, news, ".txt")).toBeGreaterThan(10);
      expect(offenders(dev)).toEqual([]);
    },
  );
});
