// The layers of src/, held by a test: no import cycle between modules, and no stage importing a
// later one. Stages, earliest first (docs/ARCHITECTURE.md): a module may import its own stage
// and earlier ones. Every import counts: static, dynamic (`import("…")`), type-only, re-exports.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./cli-helpers.js";

const SRC = join(ROOT, "src");

const STAGES: readonly (readonly string[])[] = [
  ["contract", "lexicon", "gc.ts"],
  ["read"],
  ["document"],
  ["rules"],
  ["matchers"],
  ["refiners", "claims"],
  ["summary"],
  ["incidents"],
  ["render"],
  ["pipeline.ts"],
  ["worker"],
  ["runner.ts"],
  ["eval"],
  ["commands"],
  ["cli.ts"],
  ["relaunch.ts"],
];

/**
 * Known violations, each to be removed: none today. An entry is "importer -> imported", paths
 * relative to src/.
 */
const ALLOWED = new Set<string>([]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : e.name.endsWith(".ts") ? [p] : [];
  });
}

// Prettier's layout: `from "…"`, `import "…"`, `import("…")`.
const IMPORT = /\b(?:from |import \(?|import\()["'](\.{1,2}\/[^"']+)["']/g;

/** Each module of src/ (path relative to src/) with the modules of src/ it imports. */
function graph(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files(SRC)) {
    const text = readFileSync(file, "utf8");
    const deps = [...text.matchAll(IMPORT)].map((m) =>
      relative(SRC, resolve(dirname(file), m[1]!)).replace(/\.js$/, ".ts"),
    );
    out.set(relative(SRC, file), [...new Set(deps)]);
  }
  return out;
}

const stageOf = (path: string): number => {
  const top = path.split("/")[0]!;
  const i = STAGES.findIndex((s) => s.includes(top));
  if (i < 0) throw new Error(`${path}: not in any stage (add its folder to STAGES)`);
  return i;
};

describe("layers of src/", () => {
  const g = graph();

  it("reads the imports it checks", () => {
    expect(g.get("pipeline.ts")).toContain("rules/index.ts");
    expect(g.get("runner.ts")).toContain("pipeline.ts"); // a dynamic import
    for (const [from, deps] of g)
      for (const d of deps) expect(g.has(d), `${from} -> ${d}`).toBe(true);
  });

  it("no stage imports a later one", () => {
    const bad: string[] = [];
    for (const [from, deps] of g)
      for (const d of deps)
        if (stageOf(d) > stageOf(from) && !ALLOWED.has(`${from} -> ${d}`))
          bad.push(`${from} -> ${d}`);
    expect(bad).toEqual([]);
  });

  it("the allowlist holds only violations that still exist", () => {
    for (const entry of ALLOWED) {
      const [from, to] = entry.split(" -> ");
      expect(g.get(from!), entry).toContain(to);
    }
  });

  it("no import cycle", () => {
    const cycles: string[] = [];
    const state = new Map<string, 1 | 2>();
    const path: string[] = [];
    const visit = (m: string) => {
      state.set(m, 1);
      path.push(m);
      for (const d of g.get(m) ?? []) {
        if (state.get(d) === 1) cycles.push([...path.slice(path.indexOf(d)), d].join(" -> "));
        else if (!state.has(d)) visit(d);
      }
      path.pop();
      state.set(m, 2);
    };
    for (const m of [...g.keys()].sort()) if (!state.has(m)) visit(m);
    expect(cycles).toEqual([]);
  });
});
