// --jobs: documents in worker threads give the same output, in the same order, as one job.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseJobs } from "../src/commands/context.js";
import { extractReport, MIN_BYTES_FOR_WORKERS, workersFor } from "../src/runner.js";
import { LARGE_FILE_BYTES } from "../src/worker/plan.js";
import { breach, ROOT } from "./cli-helpers.js";

const DEV = join(ROOT, "fixtures", "dev");

/** Seeds, a slice of each dev set in nested folders, and files that fail or are skipped. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "breach-jobs-"));
  cpSync(join(ROOT, "seeds"), join(dir, "seeds"), { recursive: true });
  for (const [set, ext] of [
    ["hibp", ".md"],
    ["vcdb", ".txt"],
  ] as const) {
    const names = readdirSync(join(DEV, set))
      .filter((n) => n.endsWith(ext))
      .sort()
      .slice(0, 30);
    names.forEach((name, i) => {
      const sub = join(dir, set, `part${i % 3}`);
      mkdirSync(sub, { recursive: true });
      cpSync(join(DEV, set, name), join(sub, name));
    });
  }
  writeFileSync(join(dir, "hibp", "bad-utf8.txt"), Buffer.from([0x61, 0xff, 0xfe, 0x62]));
  writeFileSync(join(dir, "vcdb", "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
  writeFileSync(join(dir, "vcdb", "empty.txt"), "");
  writeFileSync(join(dir, "seeds", "refused.md"), "---js\nrequire('fs')\n---\nText.\n");
  return dir;
}

describe("--jobs", () => {
  const dir = corpus();

  it.each(["ndjson", "json"])(
    "--format %s: --jobs 2 and --jobs 3 print exactly what --jobs 1 prints",
    (format) => {
      const one = breach(["extract", dir, "--format", format, "--jobs", "1"]);
      expect(one.code).toBe(2); // the undecodable and refused files are errors
      expect(one.stdout.length).toBeGreaterThan(1000);
      for (const jobs of ["2", "3"]) {
        const many = breach(["extract", dir, "--format", format, "--jobs", jobs]);
        expect(many.code).toBe(one.code);
        expect(many.stderr).toBe(one.stderr);
        expect(many.stdout === one.stdout).toBe(true);
      }
    },
    120_000,
  );

  it("keeps path order in NDJSON, errors in their place", () => {
    const res = breach(["extract", dir, "--format", "ndjson", "--jobs", "2"]);
    const lines = res.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { type: string; path?: string });
    const paths = lines.filter((l) => l.type !== "incident").map((l) => l.path!);
    expect(paths.length).toBe(5 + 1 + 60 + 3);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(lines.find((l) => l.path?.endsWith("bad-utf8.txt"))?.type).toBe("error");
    // Incidents come last.
    const firstIncident = lines.findIndex((l) => l.type === "incident");
    if (firstIncident !== -1)
      expect(lines.slice(firstIncident).every((l) => l.type === "incident")).toBe(true);
  }, 60_000);

  it("reads standard input in its place among the files", () => {
    const input = "A breach at Example Corp exposed the records of 12,000 customers.\n";
    const one = breach(["extract", "-", dir, "--format", "ndjson", "--jobs", "1"], { input });
    const two = breach(["extract", "-", dir, "--format", "ndjson", "--jobs", "2"], { input });
    expect(two.stdout === one.stdout).toBe(true);
    expect(JSON.parse(two.stdout.split("\n")[0]!)).toMatchObject({ path: "<stdin>" });
  }, 60_000);

  it("the API gives the same report with worker threads", async () => {
    const one = await extractReport([dir], { jobs: 1, cwd: dir });
    const two = await extractReport([dir], { jobs: 2, cwd: dir });
    expect(two).toEqual(one);
    expect(one.documents.length).toBeGreaterThan(60);
  }, 60_000);

  it("--no-incidents leaves incidents out, documents unchanged", () => {
    const on = breach(["extract", dir, "--format", "json", "--jobs", "2"]);
    const off = breach(["extract", dir, "--format", "json", "--jobs", "2", "--no-incidents"]);
    const a = JSON.parse(on.stdout);
    const b = JSON.parse(off.stdout);
    expect(b.incidents).toEqual([]);
    expect(b.documents).toEqual(a.documents);
  }, 60_000);

  it.each(["0", "-1", "two", "1.5", ""])("--jobs %j is a usage error", (jobs) => {
    const res = breach(["extract", "seeds/", "--jobs", jobs]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--jobs/);
  });

  it("runs few files in this thread, many in up to N workers", () => {
    expect(workersFor(1, 10_000)).toBe(0);
    expect(workersFor(8, 5)).toBe(0);
    expect(workersFor(2, 8)).toBe(2);
    expect(workersFor(8, 12)).toBe(3);
    expect(workersFor(4, 10_000)).toBe(4);
  });

  it("without --jobs (auto: workers only for large inputs) gives what one job gives", async () => {
    expect(parseJobs(undefined)).toBe("auto");
    expect(MIN_BYTES_FOR_WORKERS).toBeGreaterThan(100_000);
    const auto = await extractReport([join(ROOT, "seeds")], { jobs: "auto", cwd: ROOT });
    const one = await extractReport([join(ROOT, "seeds")], { jobs: 1, cwd: ROOT });
    expect(auto).toEqual(one);
  }, 60_000);
});

describe("a large file beside the workers", () => {
  it("the pool takes a result this thread works out, in its place", async () => {
    const { runPool } = await import("../src/worker/pool.js");
    const error = { path: "x", code: "ENOENT", severity: "error" as const, message: "no" };
    const out: unknown[] = [];
    for await (const done of runPool(
      3,
      (seq) =>
        seq === 1
          ? {
              seq,
              local: () =>
                Promise.resolve({ seq, ok: false as const, error: { ...error, path: "here" } }),
            }
          : { seq, error },
      { workers: 1, mode: "record", incidents: false },
    ))
      out.push("error" in done ? done.error.path : done);
    expect(out).toEqual(["x", "here", "x"]);
  });

  it("is extracted in this thread, and the report is what one job gives", async () => {
    const dir = corpus();
    const sentences = [
      "Intruders copied the files of 61,000 members of Quarry Lane Credit Union in April 2023.",
      "Quarry Lane Credit Union said names and account numbers were taken.",
      "The breach went unnoticed for three weeks.",
    ].join(" ");
    const text = `${sentences} `.repeat(Math.ceil(LARGE_FILE_BYTES / (sentences.length + 1)));
    writeFileSync(join(dir, "dump.txt"), text);
    for (const format of ["json", "ndjson"]) {
      const one = breach(["extract", dir, "--format", format, "--jobs", "1"]);
      const two = breach(["extract", dir, "--format", format, "--jobs", "2"]);
      expect(two.code).toBe(one.code);
      expect(two.stdout === one.stdout).toBe(true);
      expect(one.stdout).toContain("dump.txt");
    }
  }, 180_000);
});
