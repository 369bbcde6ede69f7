// Spawn the real CLI (bin/breach.js over dist/, built by `npm test` before vitest runs).
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

export const ROOT = join(import.meta.dirname, "..");
export const BIN = join(ROOT, "bin", "breach.js");
/** The V8 flags bin/breach.js's first line gives node (`#!/usr/bin/env -S node …`): tests run the
 * CLI as an installed `breach` runs. */
export const NODE_FLAGS: readonly string[] = readFileSync(BIN, "utf8")
  .split("\n", 1)[0]!
  .split(/\s+/)
  .filter((w) => w.startsWith("--"));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function breach(
  args: string[],
  opts: SpawnSyncOptions & { input?: string } = {},
): CliResult {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    ...(opts.env ?? {}),
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const res = spawnSync(process.execPath, [...NODE_FLAGS, BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    ...opts,
    env,
  });
  // No status: the process did not exit by itself (a signal, or spawn failed): say why.
  const why =
    res.status === null
      ? `\n[no exit status: signal ${res.signal}, error ${res.error?.message}]`
      : "";
  return { code: res.status ?? -1, stdout: String(res.stdout), stderr: String(res.stderr) + why };
}

/** The CLI without colour, run in `cwd` (the checking commands' tests read plain text). */
export function breachPlain(args: string[], cwd = ROOT): CliResult {
  return breach(args, { cwd, env: { NO_COLOR: "1" } });
}

/** A maker of temporary folders named `prefix…`, all removed after the test file. */
export function tempDirs(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
