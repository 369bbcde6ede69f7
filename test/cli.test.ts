// The CLI as a user runs it: stdout, stderr and exit codes.
import { mkdtempSync, writeFileSync, existsSync, mkdirSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { breach, ROOT } from "./cli-helpers.js";

const tmp = () => mkdtempSync(join(tmpdir(), "breach-cli-"));

describe("breach extract", () => {
  const run = breach(["extract", "seeds/"]);
  const report = JSON.parse(run.stdout);

  it("prints JSON when stdout is not a terminal, with the five seeds in path order", () => {
    expect(run.code).toBe(0);
    expect(report.schemaVersion).toBe(1);
    expect(report.documents.map((d: { path: string }) => d.path)).toEqual([
      "seeds/000_da32764529aff727.txt",
      "seeds/001_6ae2b5c215ebd4ac.txt",
      "seeds/002_f302961174a3439d.txt",
      "seeds/003_3af0aa90a88527fb.txt",
      "seeds/004_8dbcee1fa4600c73.txt",
    ]);
    expect(report.errors).toEqual([]);
  });

  it("validates against the JSON Schema that `breach schema` prints", () => {
    const schema = JSON.parse(breach(["schema"]).stdout);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate({ ...report, schemaVersion: 2 })).toBe(false);
  });

  it("gives each claim the text at its offsets, and sorts claims by offset", async () => {
    const { readFileSync } = await import("node:fs");
    for (const doc of report.documents) {
      const text = readFileSync(join(ROOT, doc.path), "utf8");
      let last = -1;
      for (const claim of doc.claims) {
        expect(text.slice(claim.start, claim.end)).toBe(claim.text);
        expect(claim.start).toBeGreaterThanOrEqual(last);
        last = claim.start;
      }
    }
  });

  it("keeps stdout for JSON and diagnostics for stderr", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.txt"), "A breach exposed the records of 2,000 patients.");
    writeFileSync(join(dir, "b.txt"), Buffer.from([0x61, 0xff, 0xfe, 0x62]));
    const res = breach(["extract", dir, "--format", "json"]);
    expect(res.code).toBe(2);
    const out = JSON.parse(res.stdout);
    expect(out.documents).toHaveLength(1);
    expect(out.errors).toEqual([
      expect.objectContaining({
        path: expect.stringMatching(/b\.txt$/),
        code: "DECODE",
        severity: "error",
      }),
    ]);
    expect(res.stderr).toMatch(/b\.txt: not valid UTF-8/);
    expect(res.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses ---js front matter without running it, and still reads the other files", () => {
    const dir = tmp();
    const marker = join(dir, "pwned");
    writeFileSync(
      join(dir, "evil.md"),
      `---js\nrequire("fs").writeFileSync(${JSON.stringify(marker)}, "x"); module.exports = {}\n---\nbody\n`,
    );
    writeFileSync(
      join(dir, "good.md"),
      "---\ntitle: Fine\ndate: 2024-05-01\n---\nA breach hit 10,000 customers.\n",
    );
    const res = breach(["extract", dir]);
    expect(existsSync(marker)).toBe(false);
    expect(res.code).toBe(2);
    const out = JSON.parse(res.stdout);
    expect(out.errors).toEqual([
      expect.objectContaining({
        path: expect.stringMatching(/evil\.md$/),
        code: "FRONT_MATTER_REFUSED",
        severity: "error",
      }),
    ]);
    expect(out.documents).toEqual([
      expect.objectContaining({ title: "Fine", published: "2024-05-01", meta: {} }),
    ]);
  });

  it("skips binary files as warnings with exit 0", () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "img.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    );
    writeFileSync(join(dir, "ok.txt"), "Nothing here.");
    const res = breach(["extract", dir]);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).errors).toEqual([
      expect.objectContaining({ code: "BINARY", severity: "warning" }),
    ]);
    expect(res.stderr).toMatch(/img\.txt: binary file \(PNG image\)/);
  });

  it("walks directories recursively by extension, --ext changes the set", () => {
    const dir = tmp();
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "x.txt"), "x");
    writeFileSync(join(dir, "y.html"), "y");
    const docs = (args: string[]) =>
      JSON.parse(breach(["extract", dir, ...args]).stdout).documents.map(
        (d: { id: string }) => d.id,
      );
    expect(docs([])).toEqual(["x"]);
    expect(docs(["--ext", "html"])).toEqual(["y"]);
  });

  it("warns, and exits 0, when a directory holds no file to read", () => {
    const res = breach(["extract", tmp()]);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).errors).toEqual([
      expect.objectContaining({ code: "NO_FILES", severity: "warning" }),
    ]);
    expect(res.stderr).toMatch(/no \.txt, \.md, \.markdown files in this directory/);
  });

  it("reads standard input for -", () => {
    const res = breach(["extract", "-"], { input: "Over 5,000 customers were affected.\n" });
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.documents[0]).toMatchObject({ path: "<stdin>", id: "stdin" });
  });

  it("streams one JSON line per document with --format ndjson", () => {
    const res = breach(["extract", "seeds/", "--format", "ndjson"]);
    const lines = res.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === "document")).toHaveLength(5);
  });

  it("renders a table and markdown; NO_COLOR and --no-color leave no escape codes", () => {
    const forced = breach(["extract", "seeds/", "--format", "table"], {
      env: { FORCE_COLOR: "1" },
    });
    expect(forced.stdout).toContain("\u001b[");
    const plain = breach(["extract", "seeds/", "--format", "table"], {
      env: { FORCE_COLOR: "1", NO_COLOR: "1" },
    });
    expect(plain.stdout).not.toContain("\u001b[");
    expect(plain.stdout).toContain("seeds/002_f302961174a3439d.txt");
    const flag = breach(["extract", "seeds/", "--format", "table", "--no-color"], {
      env: { FORCE_COLOR: "1" },
    });
    expect(flag.stdout).not.toContain("\u001b[");
    const md = breach(["extract", "seeds/", "--format", "markdown"]);
    expect(md.stdout).toMatch(/^# breach extract/);
    expect(md.stdout).toContain("| kind | value |");
  });
});

describe("usage errors exit 2", () => {
  it.each([
    [["extract", "seeds/", "--format", "xml"], /argument 'xml' is invalid/],
    [["extract"], /no input/],
    [["extract", "no/such/dir"], /no such file or directory/],
    [["frobnicate"], /unknown command/],
    [["extract", "seeds/", "--bogus"], /unknown option/],
  ])("%j", (args, message) => {
    // Standard input is /dev/null: with a pipe, `breach extract` alone would read it.
    const res = breach(args, { stdio: ["ignore", "pipe", "pipe"] });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
  });

  it("--help documents the exit codes and exits 0", () => {
    const res = breach(["--help"]);
    expect(res.code).toBe(0);
    const exits = res.stdout.slice(res.stdout.indexOf("Exit status:"));
    for (const code of ["0", "1", "2"])
      expect(exits).toMatch(new RegExp(`^\\s+${code}\\s+\\S`, "m"));
  });

  it("--version prints the package version", () => {
    const res = breach(["--version"]);
    expect(res.code).toBe(0);
    expect(res.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("paths with odd names", () => {
  it("reads a file whose name starts with a dash after --", () => {
    const dir = tmp();
    cpSync(join(ROOT, "seeds", "004_8dbcee1fa4600c73.txt"), join(dir, "-dash.txt"));
    const res = breach(["extract", "--", join(dir, "-dash.txt")]);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).documents[0].id).toBe("-dash");
  });
});
