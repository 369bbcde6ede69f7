// `npm run bench:scale`: time and memory against the size of one document. Not a test (no
// timer decides a test): it prints a table, and says whether each doubling of the input cost
// at most 2.3× the time (linear growth, with room for noise).
//
//   node bench/scale.mjs [--sizes 1,2,4,8] [--format json|ndjson|both] [--big] [--varied]
//
// Each size is one file of breach sentences on one line (bench/breach-text.mjs: the same four
// sentences repeated, or with --varied a new organisation, count and date in each), run through
// `breach extract <file> --jobs 1` in a fresh process; the figures are the process's CPU time
// (user + system: steadier than wall time on a shared machine), wall time and peak RSS.
// --big adds one 20 MB file under `node --max-old-space-size=1024`, as issue 16 asks (under
// 60 s, peak RSS at most 250 MB + 10× the file size).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { breachText, variedText } from "./breach-text.mjs";
import { V8_FLAGS } from "../dist/relaunch.js";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "breach.js");
/** The V8 flags breach runs with (bin/breach.js's first line), so the CLI runs here as installed. */
const NODE_FLAGS = V8_FLAGS;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const SIZES = option("--sizes", "1,2,4,8").split(",").map(Number);
const FORMATS = option("--format", "both") === "both" ? ["json", "ndjson"] : [option("--format")];
const BIG = args.includes("--big");
const TEXT = args.includes("--varied") ? variedText : breachText;
const MB = 1024 * 1024;
const RATIO = 2.3;

const scratch = mkdtempSync(join(tmpdir(), "breach-scale-"));
/** Loaded before the CLI: writes the process's CPU time and peak RSS at exit. */
const PROBE = `data:text/javascript,${encodeURIComponent(`
process.on("exit", () => {
  const u = process.resourceUsage();
  process.getBuiltinModule("node:fs").writeFileSync(process.env.SCALE_PROBE, JSON.stringify({
    cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, rssKB: u.maxRSS }));
});`)}`;

function run(file, format, nodeFlags = []) {
  const probe = join(scratch, "probe.json");
  const start = process.hrtime.bigint();
  const res = spawnSync(
    process.execPath,
    [
      ...nodeFlags,
      ...NODE_FLAGS,
      "--import",
      PROBE,
      BIN,
      "extract",
      file,
      "--format",
      format,
      "--jobs",
      "1",
    ],
    { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, SCALE_PROBE: probe } },
  );
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== 0) throw new Error(`extract ${file} exited ${res.status}: ${res.stderr}`);
  return { wallMs, ...JSON.parse(readFileSync(probe, "utf8")) };
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const log = (s) => process.stdout.write(`${s}\n`);
let linear = true;
try {
  const files = SIZES.map((mb) => {
    const file = join(scratch, `${mb}mb.txt`);
    writeFileSync(file, TEXT(mb * MB));
    return { mb, file };
  });
  for (const format of FORMATS) {
    log(`\n--format ${format}`);
    log("  size    CPU      ×prev  wall      peak RSS  RSS/size");
    let prev = null;
    for (const { mb, file } of files) {
      const r = run(file, format);
      const ratio = prev ? r.cpuMs / prev.cpuMs : null;
      const doubled = prev && mb === prev.mb * 2;
      if (doubled && ratio > RATIO) linear = false;
      log(
        `  ${String(mb).padStart(3)} MB  ${fmt(r.cpuMs).padStart(7)}  ${ratio ? `${ratio.toFixed(2)}×`.padStart(5) : "    -"}  ${fmt(r.wallMs).padStart(8)}  ${(r.rssKB / 1024).toFixed(0).padStart(5)} MB  ${(r.rssKB / 1024 / mb).toFixed(0).padStart(5)}×`,
      );
      prev = { ...r, mb };
    }
  }
  log(`\neach doubling at most ${RATIO}× the CPU time: ${linear ? "yes" : "NO"}`);
  if (BIG) {
    const file = join(scratch, "20mb.txt");
    writeFileSync(file, TEXT(20 * MB));
    const budget = 250 + 10 * 20;
    log(`\n20 MB, node --max-old-space-size=1024 (budget: 60 s, ${budget} MB)`);
    for (const format of FORMATS) {
      const r = run(file, format, ["--max-old-space-size=1024"]);
      const rss = r.rssKB / 1024;
      log(
        `  ${format.padEnd(6)}  CPU ${fmt(r.cpuMs)}  wall ${fmt(r.wallMs)}  peak RSS ${rss.toFixed(0)} MB  within budget: ${r.wallMs < 60_000 && rss <= budget ? "yes" : "NO"}`,
      );
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
