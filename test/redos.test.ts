// No rule may backtrack super-linearly (issue 6, item 3). Every pattern of every matcher, every
// RegExp exported from src/lexicon/, and every regular expression written in src/document/,
// src/lexicon/, src/matchers/ and src/refiners/ (literals, and RegExps those modules construct)
// goes through two static checkers:
//
// - recheck (checker "automaton"): sound and deterministic; it cannot read look-arounds or
//   back-references, and large patterns can exceed its time limit. Its fuzz checker is not
//   used: it decides by wall-clock timeouts (flaky on a busy machine) and flags bounded
//   repeats such as `\s{1,3}` as polynomial although V8 runs them in linear time.
// - scslre (the analysis behind eslint-plugin-regexp's no-super-linear-backtracking and
//   no-super-linear-move, installed with it): deterministic, reads look-arounds, run here on
//   every pattern with every report type on, as the pattern is used (global exec over a
//   sentence).
//
// A pattern fails when either checker finds super-linear backtracking (a "vulnerable" verdict
// or any report). "unknown" from recheck (look-around, back-reference, time limit) is not a
// failure by itself: scslre still covers the pattern, and the test says which were covered by
// scslre alone. The known-bad fixture rule shows the check fails.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { check } from "recheck";
import { analyse } from "scslre";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Matcher } from "../src/rules/index.js";

const ROOT = join(import.meta.dirname, "..");
const SRC = join(ROOT, "src");
/** Folders whose regular expressions run on article text. */
const RULE_DIRS = ["document", "lexicon", "matchers", "refiners"];

/** recheck's own limit per pattern, and the most the test spends on recheck in all. */
const RECHECK_TIMEOUT_MS = 2_500;
const RECHECK_BUDGET_MS = 18_000;

interface Pattern {
  /** Where it comes from: a matcher id, a lexicon export, or file:line. */
  origin: string;
  source: string;
  flags: string;
}

interface Finding {
  origin: string;
  source: string;
  checker: "recheck" | "scslre";
  complexity: string;
  attack: string;
}

interface Verdict {
  findings: Finding[];
  /** Patterns recheck could not decide (the reason), so scslre alone vouches for them. */
  scslreOnly: { origin: string; reason: string }[];
}

/** Flags that do not change how a pattern backtracks, which recheck does not all know. */
const checkedFlags = (flags: string) => flags.replace(/[dgy]/g, "");

/** Look-arounds and back-references: recheck's automaton cannot read them. */
function hasLookaroundOrBackref(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const n = source[i + 1] ?? "";
      if (/[1-9k]/.test(n)) return true;
      i++;
    } else if (c === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (c === "(" && /^\(\?(?:[=!]|<[=!])/.test(source.slice(i, i + 4))) {
      return true;
    }
  }
  return false;
}

const short = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Run both checkers over the patterns; recheck stops being asked once its budget is spent. */
async function checkPatterns(patterns: Pattern[]): Promise<Verdict> {
  const findings: Finding[] = [];
  const scslreOnly: Verdict["scslreOnly"] = [];
  const started = Date.now();
  // Short patterns first: within the budget recheck then decides as many as it can.
  const order = [...patterns].sort((a, b) => a.source.length - b.source.length);
  for (const p of order) {
    const flags = checkedFlags(p.flags);
    // scslre, on every pattern.
    try {
      const result = analyse({ source: p.source, flags });
      for (const r of result.reports) {
        findings.push({
          origin: p.origin,
          source: p.source,
          checker: "scslre",
          complexity: `${r.exponential ? "exponential" : "polynomial"} (${r.type})`,
          attack: `${JSON.stringify(r.character.pick)} repeated`,
        });
      }
    } catch (err) {
      findings.push({
        origin: p.origin,
        source: p.source,
        checker: "scslre",
        complexity: "could not analyse",
        attack: String(err),
      });
    }
    // recheck's automaton, where it can read the pattern and while the budget lasts.
    if (hasLookaroundOrBackref(p.source)) {
      scslreOnly.push({ origin: p.origin, reason: "look-around or back-reference" });
      continue;
    }
    if (Date.now() - started > RECHECK_BUDGET_MS) {
      scslreOnly.push({ origin: p.origin, reason: "recheck budget spent" });
      continue;
    }
    const d = await check(p.source, flags, { checker: "automaton", timeout: RECHECK_TIMEOUT_MS });
    if (d.status === "vulnerable") {
      findings.push({
        origin: p.origin,
        source: p.source,
        checker: "recheck",
        complexity: d.complexity.summary,
        attack: short(d.attack.pattern),
      });
    } else if (d.status === "unknown") {
      if (d.error.kind === "invalid") {
        findings.push({
          origin: p.origin,
          source: p.source,
          checker: "recheck",
          complexity: "invalid pattern",
          attack: d.error.message,
        });
      } else {
        const reason = "message" in d.error ? `${d.error.kind}: ${d.error.message}` : d.error.kind;
        scslreOnly.push({ origin: p.origin, reason });
      }
    }
  }
  return { findings, scslreOnly };
}

function describeFindings(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `${f.origin}: ${f.complexity} by ${f.checker}; attack ${f.attack}\n    /${short(f.source, 200)}/`,
    )
    .join("\n");
}

// ---------------------------------------------------------------------------------------------
// Collecting the patterns.

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** Every regular expression literal written in a source file, with its line. */
function regexLiterals(file: string): Pattern[] {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2023, true);
  const out: Pattern[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const slash = literal.lastIndexOf("/");
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      out.push({
        origin: `${relative(ROOT, file)}:${line}`,
        source: literal.slice(1, slash),
        flags: literal.slice(slash + 1),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** RegExps among a module's exports (in arrays and plain objects too). */
function exportedRegExps(name: string, value: unknown, depth = 0): Pattern[] {
  if (value instanceof RegExp) return [{ origin: name, source: value.source, flags: value.flags }];
  if (depth > 3 || value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => exportedRegExps(`${name}.${k}`, v, depth + 1));
}

/** RegExps constructed by src/ modules while they load and while the seeds run. */
const constructed: Pattern[] = [];
const NativeRegExp = RegExp;

function recordConstructed(re: RegExp): void {
  const stack = new Error().stack ?? "";
  const frame = stack.split("\n").find((l) => l.includes(`${SRC}/`) && !l.includes("redos.test"));
  if (!frame) return;
  const where = /(src\/[^:)]+):(\d+)/.exec(frame);
  const origin = where ? `${where[1]}:${where[2]} (constructed)` : "src (constructed)";
  if (!RULE_DIRS.some((d) => origin.startsWith(`src/${d}/`))) return;
  constructed.push({ origin, source: re.source, flags: re.flags });
}

let patterns: Pattern[] = [];
let matchers: readonly Matcher[] = [];

beforeAll(async () => {
  // Watch `new RegExp(...)` while the rule modules load and run, then put RegExp back.
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      recordConstructed(re);
      return re;
    },
    apply(target, thisArg, args) {
      const re = Reflect.apply(target, thisArg, args) as RegExp;
      recordConstructed(re);
      return re;
    },
  });
  try {
    matchers = (await import("../src/matchers/index.js")).matchers;
    const { extractFile } = await import("../src/pipeline.js");
    const seeds = join(ROOT, "seeds");
    for (const f of readdirSync(seeds).filter((n) => n.endsWith(".txt"))) {
      extractFile({
        path: f,
        id: f,
        sha256: "0".repeat(64),
        text: readFileSync(join(seeds, f), "utf8"),
      });
    }
  } finally {
    globalThis.RegExp = NativeRegExp;
  }

  const lexiconDir = join(SRC, "lexicon");
  const lexicon: Pattern[] = [];
  for (const file of readdirSync(lexiconDir).filter((f) => f.endsWith(".ts"))) {
    const mod = (await import(join(lexiconDir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      lexicon.push(...exportedRegExps(`lexicon/${file.replace(/\.ts$/, "")}.${name}`, value));
  }

  const literals = RULE_DIRS.flatMap((d) => filesUnder(join(SRC, d))).flatMap(regexLiterals);
  const all: Pattern[] = [
    ...matchers.map((m) => ({ origin: m.id, source: m.pattern.source, flags: m.pattern.flags })),
    ...lexicon,
    ...literals,
    ...constructed,
  ];
  // One check per distinct pattern; the first origin names it, the others are listed with it.
  const byKey = new Map<string, Pattern>();
  for (const p of all) {
    const key = `${p.flags.replace(/[dgy]/g, "")}/${p.source}`;
    const seen = byKey.get(key);
    if (seen) {
      if (!seen.origin.includes(p.origin)) seen.origin += `, ${p.origin}`;
    } else byKey.set(key, { ...p });
  }
  patterns = [...byKey.values()];
}, 60_000);

afterAll(() => {
  globalThis.RegExp = NativeRegExp;
});

describe("no regular expression backtracks super-linearly", () => {
  it("finds the patterns: every matcher's, the document module's and the lexicon's", () => {
    expect(matchers.length).toBeGreaterThan(0);
    for (const m of matchers) expect(patterns.some((p) => p.origin.includes(m.id))).toBe(true);
    expect(patterns.some((p) => p.origin.includes("src/document/"))).toBe(true);
  });

  it("fails on the known-bad fixture rule (\\w+\\s?)+$, by both checkers", async () => {
    const { badRule } = await import("../fixtures/redos/bad-rule.js");
    const fixture = { origin: badRule.id, source: badRule.pattern.source, flags: "g" };
    const { findings } = await checkPatterns([fixture]);
    const bad = findings.filter((f) => f.origin === badRule.id);
    expect(bad.map((f) => f.checker).sort()).toContain("recheck");
    expect(bad.map((f) => f.checker)).toContain("scslre");
    expect(bad.find((f) => f.checker === "recheck")!.complexity).toMatch(/exponential/);
  });

  it("passes every pattern of every rule", async () => {
    const { findings, scslreOnly } = await checkPatterns(patterns);
    if (scslreOnly.length > 0) {
      console.info(
        `${scslreOnly.length} of ${patterns.length} patterns checked by scslre alone:\n` +
          scslreOnly.map((s) => `  ${s.origin} (${s.reason})`).join("\n"),
      );
    }
    // Short lines, one per finding: the message names the rule, the checker and the attack.
    expect(
      describeFindings(findings)
        .split("\n")
        .filter((l) => l !== "" && !l.startsWith("    /")),
      `super-linear backtracking (use bounded repeats, anchors or look-behinds):\n${describeFindings(findings)}`,
    ).toEqual([]);
  }, 60_000);
});
