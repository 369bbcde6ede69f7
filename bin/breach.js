#!/usr/bin/env node
// The process entry: process-wide settings, then the CLI. The only place that touches
// process.exitCode: run() returns the code.
import v8 from "node:v8";
import vm from "node:vm";

// Regular expressions straight to machine code. V8 first runs a new pattern in its bytecode
// interpreter and compiles it only after it has run a while ("tier-up"); over the matchers'
// long lexicon alternations many stayed interpreted for thousands of documents. Off, a run
// over the dev corpus takes about a quarter less CPU (bench/). Read when a pattern is first
// compiled, so set before the CLI is loaded; it applies to the whole process, workers included.
v8.setFlagsFromString("--no-regexp-tier-up");

// The garbage collector, for src/worker/gc.ts to collect now and then over a long stream of
// documents (resident memory stays flat). The flag also exposes `gc` in worker threads started
// later; this context gets it from a fresh one.
v8.setFlagsFromString("--expose-gc");
globalThis.gc ??= vm.runInNewContext("gc");

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
