// The V8 flags breach runs with, and starting the process again with them when it was started
// without (bin/breach.js).
//
// The flags are given on the command line (bin/breach.js's first line), never set at run time
// (v8.setFlagsFromString crashed about one run in seventy). But that line is read only when
// the file is run as a program: `node bin/breach.js`, `node --max-old-space-size=1024
// bin/breach.js` and npm's command shims on Windows start node without them, and without
// --no-regexp-tier-up a 20 MB document took two to three times as long (its patterns kept
// going back to V8's bytecode interpreter). So a process without them starts breach again, with
// them and with its own node options, its input and output passed through, and ends as it ends.
import { spawn } from "node:child_process";

/** The V8 flags of bin/breach.js's first line. */
export const V8_FLAGS: readonly string[] = [
  "--no-regexp-tier-up",
  "--expose-gc",
  "--heap-growing-percent=15",
];

/** Set in the second process (so it never starts a third), or by a user to stay in one. */
export const RELAUNCHED = "BREACH_RELAUNCHED";

/** The flags this process lacks, or none when it has them or must not start again. */
export function missingFlags(
  execArgv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  if (env[RELAUNCHED]) return [];
  // By name: a value the caller gave (--heap-growing-percent=50) stands.
  const given = new Set(execArgv.map(nameOf));
  return V8_FLAGS.filter((f) => !given.has(nameOf(f)));
}

const nameOf = (flag: string) => flag.split("=", 1)[0]!.replaceAll("_", "-");

const FORWARDED: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Runs `script` with `args` in a new node process that has the flags, standard streams
 * shared, and resolves to its exit code (a signal that ended it ends this process too). Null
 * when no process could be started: the caller then runs in this one.
 */
export function relaunch(flags: readonly string[], script: string, args: readonly string[]) {
  return new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, ...flags, script, ...args], {
      stdio: "inherit",
      env: { ...process.env, [RELAUNCHED]: "1" },
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const s of FORWARDED) process.on(s, forward);
    child.on("error", () => resolve(null));
    child.on("exit", (code, signal) => {
      for (const s of FORWARDED) process.off(s, forward);
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}
