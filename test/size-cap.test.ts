// --max-file-size: a file over the cap is a TOO_LARGE warning entry, never read; sizes parse.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/contract/index.js";
import { formatSize, parseSize, readSource } from "../src/read/index.js";
import { DEFAULT_MAX_FILE_BYTES } from "../src/read/limit.js";
import { breach } from "./cli-helpers.js";

describe("parseSize", () => {
  it.each([
    ["64MB", 64 * 1024 * 1024],
    ["64mb", 64 * 1024 * 1024],
    ["64M", 64 * 1024 * 1024],
    ["500k", 500 * 1024],
    ["500 KB", 500 * 1024],
    ["2GiB", 2 * 1024 ** 3],
    ["1.5M", 1.5 * 1024 * 1024],
    ["1048576", 1048576],
    ["12b", 12],
  ])("%s is %d bytes", (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(["", "MB", "12x", "-5k", "0", "0.1", "1e6", "5 TB", "k500"])("refuses %j", (text) => {
    expect(parseSize(text)).toBeNull();
  });

  it("writes sizes back in the largest whole unit", () => {
    expect(formatSize(DEFAULT_MAX_FILE_BYTES)).toBe("64 MB");
    expect(formatSize(500 * 1024)).toBe("500 KB");
    expect(formatSize(1000)).toBe("1000 bytes");
    expect(formatSize(1024 ** 3)).toBe("1 GB");
  });
});

describe("the size cap", () => {
  const dir = mkdtempSync(join(tmpdir(), "breach-cap-"));
  const big = join(dir, "big.txt");
  const small = join(dir, "small.txt");
  writeFileSync(big, "Hackers stole the records of 4,000 customers of a shop. ".repeat(40));
  writeFileSync(small, "Hackers stole the records of 4,000 customers of a shop.");

  it("readSource refuses a file over the cap with a warning, and reads one at the cap", async () => {
    const size = Buffer.byteLength("Hackers stole the records of 4,000 customers of a shop.");
    const over = await readSource(big, "big.txt", undefined, size);
    expect(over).toEqual({
      ok: false,
      error: {
        path: "big.txt",
        code: "TOO_LARGE",
        severity: "warning",
        message: `larger than ${size} bytes (--max-file-size), skipped`,
      },
    });
    const at = await readSource(small, "small.txt", undefined, size);
    expect(at.ok).toBe(true);
  });

  it("extract --max-file-size: the large file is one TOO_LARGE entry in errors, exit 0", () => {
    const run = breach(["extract", big, small, "--max-file-size", "1k", "--format", "json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.documents.map((d) => d.id)).toEqual(["small"]);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ code: "TOO_LARGE", severity: "warning" });
    expect(report.errors[0]!.message).toBe("larger than 1 KB (--max-file-size), skipped");
    expect(run.stderr).toContain("[TOO_LARGE, skipped]");
  });

  it("the same with --format ndjson and from standard input", () => {
    const text = "Hackers stole the records of 4,000 customers of a shop. ".repeat(40);
    const run = breach(["extract", "-", "--max-file-size", "1k", "--format", "ndjson"], {
      input: text,
    });
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { code?: string });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.code).toBe("TOO_LARGE");
  });

  it("a size it cannot read is a usage error", () => {
    const run = breach(["extract", small, "--max-file-size", "lots"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--max-file-size needs a size");
  });
});

describe("a 5 MB binary file named .txt", () => {
  const dir = mkdtempSync(join(tmpdir(), "breach-bin-"));
  /** Deterministic bytes (xorshift), every value 0–255, NUL included. */
  const bytes = Buffer.alloc(5 * 1024 * 1024);
  let x = 2463534242;
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  const file = join(dir, "dump.txt");
  writeFileSync(file, bytes);

  it("is one BINARY warning entry, the run goes on (exit 0)", () => {
    const run = breach(["extract", file, "--format", "json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.documents).toEqual([]);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ code: "BINARY", severity: "warning" });
  });
});
