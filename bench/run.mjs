// `npm run bench` (after `npm run build`): throughput, start-up, jobs and memory, side by side.
//
//   node bench/run.mjs [--runs N] [--mb N] [--scale] [--no-chrono]
//
// Generates the corpora under .bench/ (see corpus.mjs), then, each measurement in a fresh
// process and the median of N runs (default 3) over a corpus of at least --mb megabytes
// (default 20):
//   - breach in-process: the real pipeline in one thread (extractLines), MB/s and documents/s
//   - breach CLI: `breach extract <corpus> --format ndjson --jobs 1` and `--jobs 2` to /dev/null
//   - two `--jobs 1` processes at once: what two cores give two separate copies of the work
//   - chrono-node over the same texts (chrono.parse(text, refDate)), the reference
//   - the floor: reading each file, building its document and writing its NDJSON line, with
//     the claims found beforehand; no implementation of this output can be faster than this
//   - start-up: `breach --version` against an empty `node -e ''` (21 runs each, alternating)
//   - peak RSS of each run (all threads)
// --scale adds: 100,000 small files and one 100 MB file through the CLI with --format ndjson
// (once each; their peak RSS is the figure). Prints a table; writes .bench/latest.json.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, release, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BENCH, ROOT, bigFile, mainCorpus, smallCorpus } from "./corpus.mjs";
import { V8_FLAGS } from "../dist/relaunch.js";

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const RUNS = option("--runs", 3);
const MIN_MB = option("--mb", 20);
const SCALE = flag("--scale");
const CHRONO = !flag("--no-chrono");

const BIN = join(ROOT, "bin", "breach.js");
/** The V8 flags breach runs with (bin/breach.js's first line), so the CLI runs here as installed. */
const FLAGS = V8_FLAGS;
const RSS_HOOK = pathToFileURL(join(ROOT, "bench", "rss.mjs")).href;
const scratch = mkdtempSync(join(tmpdir(), "breach-bench-"));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (s) => process.stderr.write(`${s}\n`);

/** A child node process; wall time (ms), peak RSS (KB) through the rss hook, and its stdout. */
function node(argv, { stdout = "pipe", timeout = 0 } = {}) {
  const rssFile = join(scratch, `rss-${process.hrtime.bigint()}`);
  const start = process.hrtime.bigint();
  const res = spawnSync(process.execPath, [...FLAGS, "--import", RSS_HOOK, ...argv], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: "1" },
    stdio: ["ignore", stdout, "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout,
  });
  if (timeout && res.error?.code === "ETIMEDOUT") {
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, rss: null, timedOut: true };
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== 0 && res.status !== 2) {
    throw new Error(
      `node ${argv.join(" ")} exited ${res.status}: ${String(res.stderr).slice(0, 2000)}`,
    );
  }
  let rss = null;
  try {
    rss = Number(readFileSync(rssFile, "utf8"));
    rmSync(rssFile);
  } catch {
    /* no hook output */
  }
  return { ms, rss, stdout: res.stdout, code: res.status };
}

/** The CLI over a path, NDJSON to /dev/null. */
function cli(path, extra = [], timeout = 0) {
  return node([BIN, "extract", path, "--format", "ndjson", ...extra], {
    stdout: "ignore",
    timeout,
  });
}

/**
 * Two `breach extract --jobs 1` processes over the corpus at the same time, wall time until both
 * are done (ms): what two cores give two wholly separate copies of the work, the ceiling for
 * what `--jobs 2` can give over `--jobs 1` on this machine.
 */
function cliPair(path) {
  const one = () =>
    new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [...FLAGS, BIN, "extract", path, "--format", "ndjson", "--jobs", "1"],
        {
          cwd: ROOT,
          env: { ...process.env, NO_COLOR: "1" },
          stdio: ["ignore", "ignore", "ignore"],
        },
      );
      child.on("error", reject);
      child.on("exit", (code) =>
        code === 0 || code === 2 ? resolve() : reject(new Error(`exit ${code}`)),
      );
    });
  const start = process.hrtime.bigint();
  return Promise.all([one(), one()]).then(() => ({
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    rss: NaN, // not measured (latest.json shows null)
  }));
}

/** The one-big-file run gives up after this long (a quadratic stage would take hours). */
const BIG_FILE_TIMEOUT_MS = 10 * 60 * 1000;

function inproc(what, dir) {
  const run = node([join(ROOT, "bench", "inproc.mjs"), what, dir]);
  return { ...JSON.parse(run.stdout), wallMs: run.ms };
}

/** Start-up: median wall time of `node -e ''` and `breach --version`, alternating. */
function startup(n = 21) {
  const time = (argv) => {
    const start = process.hrtime.bigint();
    const res = spawnSync(process.execPath, [...FLAGS, ...argv], { stdio: "ignore" });
    if (res.status !== 0) throw new Error(`${argv.join(" ")} failed`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const bare = [];
  const version = [];
  const help = [];
  time(["-e", ""]);
  time([BIN, "--version"]);
  for (let i = 0; i < n; i++) {
    bare.push(time(["-e", ""]));
    version.push(time([BIN, "--version"]));
    help.push(time([BIN, "--help"]));
  }
  return { nodeMs: median(bare), versionMs: median(version), helpMs: median(help) };
}

// ---------------------------------------------------------------------------------------------

const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: availableParallelism(),
  memoryGB: Math.round(totalmem() / 2 ** 30),
  os: `${process.platform} ${release()}`,
  node: process.version,
  loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
};
log(
  `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, node ${machine.node}`,
);
log(`load average at start: ${machine.loadAverageAtStart.join(" ")}`);

const corpus = mainCorpus(MIN_MB * 1e6);
const MB = corpus.bytes / 1e6;
log(`corpus: ${corpus.files} files, ${MB.toFixed(1)} MB in ${corpus.dir}`);

const runs = { chrono: [], floor: [], inproc: [], jobs1: [], jobs2: [], pair: [] };
for (let r = 0; r < RUNS; r++) {
  log(`run ${r + 1}/${RUNS}`);
  if (CHRONO) runs.chrono.push(inproc("chrono", corpus.dir));
  runs.floor.push(inproc("floor", corpus.dir));
  runs.inproc.push(inproc("breach", corpus.dir));
  runs.jobs1.push(cli(corpus.dir, ["--jobs", "1"]));
  runs.jobs2.push(cli(corpus.dir, ["--jobs", "2"]));
  runs.pair.push(await cliPair(corpus.dir));
}

const rate = (ms) => ({ mbPerS: MB / (ms / 1000), docsPerS: corpus.files / (ms / 1000) });
const summarise = (list, key = "ms") => {
  const ms = median(list.map((x) => x[key]));
  return {
    ms,
    ...rate(ms),
    rssMB: median(list.map((x) => x.rss)) / 1024,
    runsMs: list.map((x) => Math.round(x[key])),
  };
};

const results = {
  date: new Date().toISOString(),
  machine,
  corpus: { files: corpus.files, bytes: corpus.bytes, runs: RUNS },
  chrono: CHRONO ? summarise(runs.chrono) : null,
  floor: summarise(runs.floor),
  breachInProcess: summarise(runs.inproc),
  breachCliJobs1: summarise(runs.jobs1),
  breachCliJobs2: summarise(runs.jobs2),
  twoSeparateJobs1: summarise(runs.pair),
};
results.breachInProcess.loadMs = median(runs.inproc.map((x) => x.loadMs));
results.ratioToChrono = CHRONO ? results.breachInProcess.mbPerS / results.chrono.mbPerS : null;
results.ratioCliJobs1ToChrono = CHRONO
  ? results.breachCliJobs1.mbPerS / results.chrono.mbPerS
  : null;
results.jobs2Speedup = results.breachCliJobs2.mbPerS / results.breachCliJobs1.mbPerS;
// Two separate processes did the corpus twice over in that time.
results.twoSeparateSpeedup = (2 * results.breachCliJobs1.ms) / results.twoSeparateJobs1.ms;
results.floorToChrono = CHRONO ? results.floor.mbPerS / results.chrono.mbPerS : null;

log("start-up");
results.startup = startup();
results.startup.ratio = results.startup.versionMs / results.startup.nodeMs;

if (SCALE) {
  const small = smallCorpus();
  log(`scale: ${small.files} small files, ${(small.bytes / 1e6).toFixed(1)} MB`);
  const s2 = cli(small.dir);
  const sNo = cli(small.dir, ["--no-incidents"]);
  results.smallFiles = {
    files: small.files,
    bytes: small.bytes,
    defaultJobs: { ms: s2.ms, rssMB: s2.rss / 1024, code: s2.code },
    noIncidents: { ms: sNo.ms, rssMB: sNo.rss / 1024, code: sNo.code },
  };
  const big = bigFile();
  log(`scale: one file of ${(big.bytes / 1e6).toFixed(0)} MB`);
  const b = cli(big.path, ["--jobs", "1"], BIG_FILE_TIMEOUT_MS);
  results.bigFile = {
    bytes: big.bytes,
    ms: b.ms,
    rssMB: b.rss === null ? null : b.rss / 1024,
    code: b.code ?? null,
    timedOut: Boolean(b.timedOut),
  };
}
results.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);

// ---------------------------------------------------------------------------------------------

const f = (x, d = 1) => (x === null || x === undefined ? "–" : x.toFixed(d));
const rows = [["", "MB/s", "docs/s", "median s", "peak RSS MB", "vs chrono"]];
const row = (name, r) =>
  rows.push([
    name,
    f(r.mbPerS, 2),
    f(r.docsPerS, 0),
    f(r.ms / 1000, 2),
    f(r.rssMB, 0),
    results.chrono ? `${f(r.mbPerS / results.chrono.mbPerS, 2)}×` : "–",
  ]);
if (results.chrono) row("chrono-node (dates only)", results.chrono);
row("floor: read, document, write (no matching)", results.floor);
row("breach in-process, 1 thread", results.breachInProcess);
row("breach CLI --jobs 1", results.breachCliJobs1);
row("breach CLI --jobs 2", results.breachCliJobs2);
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
const line = (r) =>
  r.map((x, c) => (c ? String(x).padStart(widths[c]) : String(x).padEnd(widths[c]))).join("  ");
const out = [];
out.push(`breach bench, ${results.date}`);
out.push(
  `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB RAM, ${machine.os}, node ${machine.node}`,
);
out.push(
  `load average: ${machine.loadAverageAtStart.join(" ")} at start, ${results.loadAverageAtEnd.join(" ")} at end`,
);
out.push(`corpus: ${corpus.files} files, ${MB.toFixed(1)} MB; median of ${RUNS} runs`);
out.push("");
out.push(line(rows[0]));
for (const r of rows.slice(1)) out.push(line(r));
out.push("");
out.push(
  `two separate --jobs 1 processes at once: ${f(results.twoSeparateSpeedup, 2)}× one alone (the ceiling for --jobs 2 here)`,
);
out.push(
  `--jobs 2 / --jobs 1 throughput: ${f(results.jobs2Speedup, 2)}×    in-process module load: ${f(results.breachInProcess.loadMs, 0)} ms`,
);
if (CHRONO) {
  out.push(
    `the floor is ${f(results.floorToChrono, 2)}× chrono-node: what one job could reach if finding claims took no time`,
  );
}
out.push(
  `start-up: breach --version ${f(results.startup.versionMs, 0)} ms, node -e '' ${f(results.startup.nodeMs, 0)} ms → ${f(results.startup.ratio, 2)}× (breach --help ${f(results.startup.helpMs, 0)} ms)`,
);
if (results.smallFiles) {
  const s = results.smallFiles;
  out.push(
    `${s.files} small files (${f(s.bytes / 1e6)} MB), ndjson: peak RSS ${f(s.defaultJobs.rssMB, 0)} MB (default jobs, incidents, ${f(s.defaultJobs.ms / 1000)} s, exit ${s.defaultJobs.code}), ${f(s.noIncidents.rssMB, 0)} MB (--no-incidents, ${f(s.noIncidents.ms / 1000)} s)`,
  );
}
if (results.bigFile) {
  const b = results.bigFile;
  out.push(
    b.timedOut
      ? `one ${f(b.bytes / 1e6, 0)} MB file, ndjson: did not finish in ${f(b.ms / 1000, 0)} s (stopped)`
      : `one ${f(b.bytes / 1e6, 0)} MB file, ndjson: ${f(b.ms / 1000)} s, peak RSS ${f(b.rssMB, 0)} MB, exit ${b.code}`,
  );
}
process.stdout.write(`${out.join("\n")}\n`);
writeFileSync(join(BENCH, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
log(`figures written to ${join(BENCH, "latest.json")}`);
rmSync(scratch, { recursive: true, force: true });
