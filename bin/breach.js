#!/usr/bin/env -S node --no-regexp-tier-up --expose-gc --heap-growing-percent=15
// The process entry: the CLI, and the only place that touches process.exitCode (run() returns
// the code).
//
// Process-wide V8 settings are given on the command line above, never set at run time: V8's
// flags changed after start-up (v8.setFlagsFromString) crashed about one run in seventy here
// (SIGSEGV, seen in parallel test runs). Run as `breach` or `./bin/breach.js` (the npm-installed
// command is this file), both apply:
// - --no-regexp-tier-up: regular expressions straight to machine code. V8 first runs a new
//   pattern in its bytecode interpreter and compiles it only after a while; over the matchers'
//   long lexicon alternations many stayed interpreted for thousands of documents. Off, a run over
//   the dev corpus takes about a quarter less CPU (bench/). Worker threads share the setting.
// - --expose-gc: the collector as `gc`, for src/gc.ts to collect now and then over a long
//   stream of documents and between the stages of a long one (resident memory stays flat);
//   worker threads get it too.
// - --heap-growing-percent=15: after each full collection V8 lets the heap grow by 15% before
//   the next, not by its own factor (up to four times as much): a 20 MB document of distinct
//   sentences peaked at 545 MB of resident memory, now 435 MB, in the same time.
// Started without them (`node bin/breach.js`, `node --max-old-space-size=1024 bin/breach.js`,
// npm's shims on Windows), breach starts itself again with them (src/relaunch.ts): the same
// output either way, but a large document takes two to three times as long without.
import { fileURLToPath } from "node:url";

const { missingFlags, relaunch } = await import("../dist/relaunch.js");
const missing = missingFlags(process.execArgv, process.env);
const code = missing.length
  ? await relaunch(missing, fileURLToPath(import.meta.url), process.argv.slice(2))
  : null;

if (code !== null) process.exitCode = code;
else {
  const { run } = await import("../dist/cli.js");

  // A reader that stops early (`breach extract … | head`) is not an error.
  process.stdout.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });

  process.exitCode = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  });
}
