// Spawn the real CLI (bin/breach.js over dist/, built by `npm test` before vitest runs).
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..");
export const BIN = join(ROOT, "bin", "breach.js");

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
  const res = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    ...opts,
    env,
  });
  return { code: res.status ?? -1, stdout: String(res.stdout), stderr: String(res.stderr) };
}
