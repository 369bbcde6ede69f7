#!/usr/bin/env node
// The only place that touches process.exitCode: run() returns the code.
import { run } from "../dist/cli.js";

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
});
