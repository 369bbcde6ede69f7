// One in-process measurement, run by bench/run.mjs in a fresh child process:
//   node bench/inproc.mjs breach <dir>   the real pipeline in one thread (extractLines: read,
//                                        extract all kinds, summaries, each document rendered
//                                        as NDJSON, then incidents), module loading included
//   node bench/inproc.mjs chrono <dir>   chrono.parse(text, refDate) over the same texts
//   node bench/inproc.mjs floor <dir>    what is left if finding claims cost nothing: read each
//                                        file (decode, sha256), build its document (front matter, sentences) and
//                                        write the NDJSON line breach gives for it (the records
//                                        are found first, outside the timing)
// Prints {ms, docs, bytes, rss} as JSON (rss: peak resident set, kilobytes).
import { Buffer } from "node:buffer";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

const [what, dir] = process.argv.slice(2);
const ROOT = join(import.meta.dirname, "..");

function files(d) {
  const out = [];
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.(?:txt|md)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

// bench/run.mjs starts this script with the V8 flags bin/breach.js gives node (see there), so that
// in-process measures the same code; V8 flags are never changed at run time (it can crash).

let result;
if (what === "chrono") {
  const chrono = await import("chrono-node");
  const texts = files(dir).map((p) => readFileSync(p, "utf8"));
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  const ref = new Date(Date.UTC(2025, 0, 1));
  const start = performance.now();
  let found = 0;
  for (const t of texts) found += chrono.parse(t, ref).length;
  result = { ms: performance.now() - start, docs: texts.length, bytes, found };
} else if (what === "breach") {
  const bytes = files(dir).reduce((a, p) => a + readFileSync(p).length, 0);
  const start = performance.now();
  const dist = (p) => pathToFileURL(join(ROOT, "dist", p)).href;
  const { extractLines } = await import(dist("runner.js"));
  const { buildIncidents } = await import(dist("incidents/index.js"));
  const { ndjsonIncident } = await import(dist("render/json.js"));
  const loaded = performance.now() - start;
  let docs = 0;
  let out = 0;
  const slim = [];
  for await (const o of extractLines([dir], { jobs: 1 })) {
    if (o.ok) {
      docs++;
      out += o.line.length;
      if (o.slim) slim.push(o.slim);
    }
  }
  const incidents = buildIncidents(slim);
  for (const i of incidents) out += ndjsonIncident(i).length;
  result = {
    ms: performance.now() - start,
    loadMs: loaded,
    docs,
    bytes,
    out,
    incidents: incidents.length,
  };
} else if (what === "floor") {
  const dist = (p) => pathToFileURL(join(ROOT, "dist", p)).href;
  const { extractLines } = await import(dist("runner.js"));
  const { buildDocument } = await import(dist("document/index.js"));
  const { fromBytes } = await import(dist("read/index.js"));
  const { basename } = await import("node:path");
  // The corpus is the same documents copied into r00/, r01/, …: one copy's records stand for
  // all (a small heap, as in a real run, where each record is dropped once written).
  const paths = files(dir);
  const first = paths.filter((p) => p.startsWith(dirname(paths[0]) + sep));
  const records = new Map();
  for await (const o of extractLines(first, { jobs: 1 })) {
    if (o.ok) {
      const r = JSON.parse(o.line);
      records.set(basename(r.path), r);
    }
  }
  const bytes = paths.reduce((a, p) => a + readFileSync(p).length, 0);
  const start = performance.now();
  let out = 0;
  for (const path of paths) {
    const read = fromBytes(path, readFileSync(path));
    if (read.ok) buildDocument(read.file);
    const record = records.get(basename(path));
    if (record) out += JSON.stringify({ ...record, path }).length + 1;
  }
  result = { ms: performance.now() - start, docs: paths.length, bytes, out };
} else {
  throw new Error("usage: inproc.mjs breach|chrono|floor <dir>");
}
result.rss = process.resourceUsage().maxRSS;
process.stdout.write(`${JSON.stringify(result)}\n`);
