// Hostile input (issue 6): files from scrapers must never run code, hang, or take the run down.
// The corpus is written into a temp dir by fixtures/hostile/generate.ts; the CLI runs on it in
// child processes (bin/breach.js, so `npm run build` first, as `npm test` does), and the
// pipeline runs on it in-process.
import { spawn, spawnSync } from "node:child_process";
import { copyFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  generateHostileCorpus,
  type HostileCase,
  type HostileCorpus,
} from "../fixtures/hostile/generate.js";
import type { Claim, DocumentRecord, FileError, Report } from "../src/contract/index.js";
import { extractPaths } from "../src/runner.js";
import { decode, escapeControls } from "../src/read/index.js";
import { NODE_FLAGS } from "./cli-helpers.js";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin/breach.js");
const SEEDS = join(ROOT, "seeds");

/**
 * Budgets: far above what a healthy run needs, far below what a hang or a bomb costs. They
 * are CPU time, not wall time, so a busy machine does not make them flaky; the wall-clock
 * limit only stops a run that hangs (a blocked read never uses CPU).
 */
const RUN_CPU_BUDGET_MS = 30_000; // one CLI run over the whole corpus, 20 MB line included
const RUN_WALL_LIMIT_MS = 150_000; // a run still going after this is killed: a hang
const FILE_CPU_BUDGET_MS = 5_000; // one file, in-process
const RSS_BUDGET_KB = 640 * 1024; // peak resident memory of one CLI run

/** Loaded before the CLI in each child: reports peak memory and the prototypes at exit. */
const PROBE = `data:text/javascript,${encodeURIComponent(`
process.on("exit", () => {
  const names = (o) => Object.getOwnPropertyNames(o).sort().join(",");
  process.stderr.write("@@probe " + JSON.stringify({
    maxRSS: process.resourceUsage().maxRSS,
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    polluted: ({}).polluted ?? null,
    arrayPolluted: [].polluted ?? null,
    objectProto: names(Object.prototype),
    arrayProto: names(Array.prototype),
  }) + "\\n");
});`)}`;

interface Probe {
  maxRSS: number;
  cpuMs: number;
  polluted: unknown;
  arrayPolluted: unknown;
  objectProto: string;
  arrayProto: string;
}

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** stderr lines, the probe's taken out. */
  lines: string[];
  probe: Probe | null;
  ms: number;
}

function runCli(args: string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [...NODE_FLAGS, "--import", PROBE, BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill("SIGKILL"), RUN_WALL_LIMIT_MS);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const all = Buffer.concat(err).toString("utf8").split("\n").filter(Boolean);
      const probeLine = all.find((l) => l.startsWith("@@probe "));
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString("utf8"),
        lines: all.filter((l) => !l.startsWith("@@probe ")),
        probe: probeLine ? (JSON.parse(probeLine.slice(8)) as Probe) : null,
        ms: Date.now() - started,
      });
    });
  });
}

const names = (o: object) => Object.getOwnPropertyNames(o).sort().join(",");
const PRISTINE = { object: names(Object.prototype), array: names(Array.prototype) };

const shownAs = (prefix: string, c: HostileCase) => `${prefix}/${escapeControls(c.name)}`;
const errorsOf = (corpus: HostileCorpus) =>
  corpus.cases.filter(
    (c): c is HostileCase & { expect: { kind: "error"; code: string; severity: string } } =>
      c.expect.kind === "error",
  );
const documentsOf = (corpus: HostileCorpus) =>
  corpus.cases.filter((c) => c.expect.kind === "document");

/** What a claim says, without where it sits (line and column kept: line ends do not move them). */
const gist = (c: Claim) => ({
  kind: c.kind,
  value: c.value,
  text: c.text.replace(/\s+/g, " "),
  line: c.line,
  column: c.column,
});

let tmp: string;
let hostile: HostileCorpus;
let mixed: HostileCorpus;
let warnOnly: HostileCorpus;
let run: CliRun;
let report: Report;
let mixedRun: CliRun;
let seedsRun: CliRun;
let warnRun: CliRun;

beforeAll(
  async () => {
    tmp = await mkdtemp(join(tmpdir(), "breach-hostile-"));
    hostile = await generateHostileCorpus(join(tmp, "hostile"));
    // The corpus mixed into a copy of seeds/.
    const seedNames = (await readdir(SEEDS)).filter((f) => f.endsWith(".txt"));
    mixed = await generateHostileCorpus(join(tmp, "mixed"), { markerDir: join(tmp, "mixed.m") });
    for (const f of seedNames) await copyFile(join(SEEDS, f), join(tmp, "mixed", f));
    // Only what is skipped by policy, beside usable files: the run must exit 0.
    warnOnly = await generateHostileCorpus(join(tmp, "warn"), {
      big: false,
      only: (c) => c.expect.kind !== "error" || c.expect.severity === "warning",
    });
    // Two at a time: the machines this runs on may have two cores.
    [run, mixedRun] = await Promise.all([
      runCli(["extract", "hostile", "--format", "json"], tmp),
      runCli(["extract", "mixed", "--format", "json"], tmp),
    ]);
    [seedsRun, warnRun] = await Promise.all([
      runCli(["extract", "seeds", "--format", "json"], ROOT),
      runCli(["extract", "warn", "--format", "json"], tmp),
    ]);
    report = JSON.parse(run.stdout) as Report;
  },
  2 * RUN_WALL_LIMIT_MS + 30_000,
);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("the hostile corpus through the CLI", () => {
  it("finishes within the run budget, without a crash, and exits 2 (some files are errors)", () => {
    expect(run.signal, `killed after ${RUN_WALL_LIMIT_MS} ms: a file hangs the run`).toBeNull();
    expect(run.lines.filter((l) => /internal error|RangeError|at .*\.js:\d+/.test(l))).toEqual([]);
    expect(run.code, run.lines.join("\n")).toBe(2);
    expect(run.probe!.cpuMs, "CPU time of the whole run").toBeLessThan(RUN_CPU_BUDGET_MS);
  });

  it("runs no front matter code: no marker file, no 'pwned' title", async () => {
    expect(await readdir(hostile.markerDir)).toEqual([]);
    expect(await readdir(mixed.markerDir)).toEqual([]);
    expect(run.stdout).not.toContain("pwned");
  });

  it("pollutes no prototype in the process that read the corpus", () => {
    expect(run.probe).not.toBeNull();
    expect(run.probe!.polluted).toBeNull();
    expect(run.probe!.arrayPolluted).toBeNull();
    expect(run.probe!.objectProto).toBe(PRISTINE.object);
    expect(run.probe!.arrayProto).toBe(PRISTINE.array);
  });

  it("stays within a bounded amount of memory (a YAML bomb is never expanded)", () => {
    expect(run.probe!.maxRSS).toBeLessThan(RSS_BUDGET_KB);
  });

  it("gives each unusable file one stderr line and one `errors` entry naming file, code and severity", () => {
    for (const c of errorsOf(hostile)) {
      const path = shownAs("hostile", c);
      const lines = run.lines.filter((l) => l.startsWith(`breach: ${path}: `));
      expect(lines, `${c.why} (${path}): one line on stderr`).toHaveLength(1);
      expect(lines[0]).toContain(`[${c.expect.code}`);
      const entries = report.errors.filter((e) => e.path === path);
      expect(entries, `${c.why} (${path}): one entry in errors`).toHaveLength(1);
      expect(entries[0]).toMatchObject({ code: c.expect.code, severity: c.expect.severity });
      expect(entries[0]!.message.length).toBeGreaterThan(5);
    }
  });

  it("reports nothing else: every stderr line and error is one of those, each on one line", () => {
    const expected = errorsOf(hostile)
      .map((c) => shownAs("hostile", c))
      .sort();
    expect(report.errors.map((e: FileError) => e.path).sort()).toEqual(expected);
    expect(run.lines).toHaveLength(expected.length);
    for (const line of run.lines)
      expect(line).toMatch(/^breach: hostile\/.+: .+ \[[A-Z_]+(, skipped)?\]$/);
  });

  it("still extracts every usable file, and nothing that is not listed", () => {
    const expected = documentsOf(hostile)
      .map((c) => shownAs("hostile", c))
      .sort();
    expect(report.documents.map((d) => d.path).sort()).toEqual(expected);
  });

  it("reads the same article the same whatever its line ends, BOM, name or place", async () => {
    const byPath = new Map(report.documents.map((d) => [d.path, d]));
    const plain = byPath.get("hostile/article.txt")!;
    expect(plain.claims.length).toBeGreaterThan(0);
    for (const c of hostile.cases.filter((x) => x.sample)) {
      const doc = byPath.get(shownAs("hostile", c))!;
      expect(doc, c.why).toBeDefined();
      expect(doc.claims.map(gist), c.why).toEqual(plain.claims.map(gist));
      expect(doc.title, c.why).toBe(plain.title);
      expect(doc.published, c.why).toBe(plain.published);
      // Offsets index the decoded file (BOM dropped, line ends as they are).
      const decoded = decode(await readFile(join(hostile.dir, c.name)));
      if (!decoded.ok) throw new Error(`${c.name} did not decode`);
      for (const claim of doc.claims)
        expect(decoded.text.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });

  it("never echoes unsafe front matter: no bomb content in stdout or stderr, no __proto__ key", () => {
    expect(run.stdout).not.toContain("LAUGH");
    expect(run.lines.join("\n")).not.toContain("LAUGH");
    expect(run.stdout.length).toBeLessThan(2_000_000);
    const proto = report.documents.find((d) => d.path === "hostile/yaml-proto.md")!;
    expect(proto.title).toBe("Proto keys");
    expect(Object.hasOwn(proto.meta, "__proto__")).toBe(false);
    expect(Object.hasOwn(proto.meta.nested as object, "__proto__")).toBe(false);
    // A key named "constructor" is data like any other.
    expect(proto.meta.constructor).toEqual({ prototype: { polluted: "yes" } });
  });

  it("exits 0 when the only unusable files are skipped by policy (warnings)", () => {
    const warnings = errorsOf(warnOnly);
    expect(warnings.length).toBeGreaterThan(5);
    expect(warnings.every((c) => c.expect.severity === "warning")).toBe(true);
    expect(warnRun.signal).toBeNull();
    expect(warnRun.code, warnRun.lines.join("\n")).toBe(0);
    expect(warnRun.lines).toHaveLength(warnings.length);
    for (const line of warnRun.lines) expect(line).toMatch(/, skipped\]$/);
    const parsed = JSON.parse(warnRun.stdout) as Report;
    expect(parsed.documents.length).toBe(documentsOf(warnOnly).length);
  });

  it("gives exactly the seed results for the five seeds when the corpus is mixed into seeds/", () => {
    expect(mixedRun.signal, `killed after ${RUN_WALL_LIMIT_MS} ms`).toBeNull();
    expect(mixedRun.code, mixedRun.lines.join("\n")).toBe(2);
    expect(mixedRun.probe!.cpuMs).toBeLessThan(RUN_CPU_BUDGET_MS);
    expect(seedsRun.code, seedsRun.lines.join("\n")).toBe(0);
    const strip = ({ path: _path, ...rest }: DocumentRecord) => rest;
    const seeds = (JSON.parse(seedsRun.stdout) as Report).documents;
    const inMixed = new Map(
      (JSON.parse(mixedRun.stdout) as Report).documents.map((d) => [d.id, d] as const),
    );
    expect(seeds).toHaveLength(5);
    for (const seed of seeds) {
      const other = inMixed.get(seed.id);
      expect(other, seed.id).toBeDefined();
      expect(strip(other!), seed.id).toEqual(strip(seed));
    }
  });
});

describe("the hostile corpus in-process", () => {
  it("finishes each file within its budget and leaves the prototypes untouched", async () => {
    const corpus = await generateHostileCorpus(join(tmp, "inproc"), { big: false });
    const cpuMs = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const slow: string[] = [];
    let outcomes = 0;
    let last = cpuMs();
    for await (const outcome of extractPaths([corpus.dir], { cwd: tmp })) {
      const now = cpuMs();
      const path = outcome.ok ? outcome.document.path : outcome.error.path;
      if (now - last > FILE_CPU_BUDGET_MS) slow.push(`${path}: ${Math.round(now - last)} ms CPU`);
      last = now;
      outcomes++;
    }
    expect(slow).toEqual([]);
    expect(outcomes).toBe(corpus.cases.filter((c) => c.expect.kind !== "ignored").length);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(names(Object.prototype)).toBe(PRISTINE.object);
    expect(names(Array.prototype)).toBe(PRISTINE.array);
    expect(await readdir(corpus.markerDir)).toEqual([]);
  });

  it("is armed: gray-matter with its default engines does run the ---js fixture", async () => {
    // In a child process: the fixture's code pollutes Object.prototype when it runs.
    const armed = await generateHostileCorpus(join(tmp, "armed"), {
      big: false,
      only: (c) => c.name === "fm-js.md",
    });
    const file = join(armed.dir, "fm-js.md");
    const result = spawnSync(
      process.execPath,
      [
        "-e",
        "require('gray-matter')(require('fs').readFileSync(process.argv[1], 'utf8'), {})",
        file,
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(await readdir(armed.markerDir)).toEqual(["fm-js.md.marker"]);
  });
});
