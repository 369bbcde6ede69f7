// breach rules: every matcher and refiner, as a table or JSON.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { listRules, type RuleRow } from "../src/commands/rules.js";
import { KINDS } from "../src/contract/index.js";
import { matchers } from "../src/matchers/index.js";
import { refiners } from "../src/refiners/index.js";
import { NODE_FLAGS } from "./cli-helpers.js";

const ROOT = resolve(import.meta.dirname, "..");

function breach(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [...NODE_FLAGS, resolve(ROOT, "bin/breach.js"), ...args], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("listRules", () => {
  it("lists every registered matcher, then every refiner, in order", async () => {
    const rows = await listRules();
    expect(rows.map((r) => r.id)).toEqual([
      ...matchers.map((m) => m.id),
      ...refiners.map((r) => r.id),
    ]);
    for (const row of rows) {
      expect(row.description.length).toBeGreaterThan(0);
      if (row.type === "matcher") expect(KINDS).toContain(row.kind);
      else expect(row.kind).toBeNull();
    }
    expect(rows.filter((r) => r.type === "refiner").map((r) => r.id)).toEqual([
      "overlap",
      "event",
      "bound",
      "status",
      "modality",
      "subject",
    ]);
  });
});

describe("breach rules (CLI)", { timeout: 120_000 }, () => {
  it("prints JSON with id, type, kind and description for each rule", () => {
    const r = breach(["rules", "--format", "json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as RuleRow[];
    expect(rows.length).toBe(matchers.length + refiners.length);
    const ids = new Set(rows.map((x) => x.id));
    expect(ids.size).toBe(rows.length);
    for (const m of matchers) {
      const row = rows.find((x) => x.id === m.id);
      expect(row).toMatchObject({ type: "matcher", kind: m.kind, description: m.description });
    }
  });

  it("prints a table naming every rule, and filters by kind", () => {
    const r = breach(["rules"]);
    expect(r.code).toBe(0);
    for (const id of [...matchers.map((m) => m.id), ...refiners.map((x) => x.id)])
      expect(r.stdout).toContain(id);
    expect(r.stdout).toContain(`${matchers.length} matchers, 6 refiners`);
    const only = JSON.parse(
      breach(["rules", "--kind", "affected", "--format", "json"]).stdout,
    ) as RuleRow[];
    expect(only.every((x) => x.kind === "affected")).toBe(true);
    expect(only.length).toBe(matchers.filter((m) => m.kind === "affected").length);
  });

  it("exits 2 on a bad kind or format", () => {
    expect(breach(["rules", "--kind", "victims"]).code).toBe(2);
    expect(breach(["rules", "--format", "yaml"]).code).toBe(2);
  });
});
