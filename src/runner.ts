// The runner the commands call: walk, then each file through the pipeline (pipeline.ts) in this
// thread or in worker threads (worker/), outcomes yielded in sorted path order; nothing is held
// but a bounded window of documents in flight. Light to import: the pipeline loads only when
// this thread extracts (a run with workers never loads it here).
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import {
  SCHEMA_VERSION,
  type DocumentRecord,
  type FileError,
  type Report,
} from "./contract/index.js";
import type { LineOutcome, Outcome } from "./pipeline.js";

export type { LineOutcome, Outcome };
import { readSource, displayPath, STDIN, type ReadResult } from "./read/index.js";
import { collectIfGrown, workOf } from "./gc.js";
import type { Done, Mode } from "./worker/protocol.js";
import type { Item } from "./worker/pool.js";
import {
  LARGE_FILE_BYTES,
  MIN_BYTES_FOR_WORKERS,
  steps,
  workersFor,
  type ExtractOptions,
  type Step,
} from "./worker/plan.js";

export { MIN_BYTES_FOR_WORKERS, MIN_FILES_FOR_WORKERS, steps, workersFor } from "./worker/plan.js";
export type { ExtractOptions } from "./worker/plan.js";

/** Files read ahead of the one being extracted (reading overlaps extraction). */
const READ_AHEAD = 4;

/** The steps in this thread, files read a few ahead. */
async function* inProcess<T>(
  all: Step[],
  opts: ExtractOptions,
  finish: (read: ReadResult) => T,
  fail: (error: FileError) => T,
): AsyncGenerator<T> {
  const cwd = opts.cwd ?? process.cwd();
  const reads = new Map<number, Promise<ReadResult>>();
  const start = (k: number) => {
    const step = all[k];
    if (typeof step === "string" && !reads.has(k))
      reads.set(k, readSource(step, displayPath(step, cwd), opts.stdin, opts.maxFileBytes));
  };
  for (let k = 0; k < all.length; k++) {
    const step = all[k]!;
    if (typeof step !== "string") {
      yield fail(step.error);
      continue;
    }
    // Standard input is read alone (never ahead): it may be interactive.
    for (let a = k; a <= k + READ_AHEAD && a < all.length; a++) {
      const s = all[a]!;
      if (typeof s === "string" && (s !== STDIN || a === k)) start(a);
    }
    const read = await reads.get(k)!;
    reads.delete(k);
    yield finish(read);
    collectIfGrown(read.ok ? workOf(read.file.text.length) : 1);
  }
}

/**
 * The size of each step's file in bytes (0 for standard input, a walk error or a file that
 * cannot be looked at), looked at once per run, all at a time, when first asked for: both
 * whether to start workers and which files stay in this thread read them.
 */
function sizesOf(all: Step[]): () => Promise<number[]> {
  let sizes: Promise<number[]> | undefined;
  return () =>
    (sizes ??= Promise.all(
      all.map((step) =>
        typeof step !== "string" || step === STDIN
          ? 0
          : stat(step).then(
              (s) => s.size,
              () => 0,
            ),
      ),
    ));
}

/** The workers for a run: as workersFor, jobs "auto" asking for one per core on large inputs. */
async function workersOf(
  all: Step[],
  opts: ExtractOptions,
  sizes: () => Promise<number[]>,
): Promise<number> {
  const jobs = opts.jobs ?? 1;
  if (jobs !== "auto") return workersFor(jobs, all.length);
  const n = workersFor(availableParallelism(), all.length);
  if (n === 0) return 0;
  const bytes = (await sizes()).reduce((a, b) => a + b, 0);
  return bytes >= MIN_BYTES_FOR_WORKERS ? n : 0;
}

async function* inWorkers(
  all: Step[],
  opts: ExtractOptions,
  workers: number,
  mode: Mode,
  sizes: () => Promise<number[]>,
): AsyncGenerator<Done> {
  const { runPool } = await import("./worker/pool.js");
  const cwd = opts.cwd ?? process.cwd();
  // A large file is read and extracted here, beside the workers (see LARGE_FILE_BYTES).
  const large = await sizes();
  const incidents = opts.incidents !== false;
  const here = async (seq: number, path: string, shown: string): Promise<Done> => {
    const read = await readSource(path, shown, opts.stdin, opts.maxFileBytes);
    const { extractRead } = await import("./pipeline.js");
    // A long line's chunks stay a generator: made as they are written, never held whole.
    return { seq, ...extractRead(read, mode, incidents, true) };
  };
  // Workers cannot read this process's standard input: it is read here (it comes first).
  const stdin =
    all[0] === STDIN
      ? await readSource(STDIN, displayPath(STDIN, cwd), opts.stdin, opts.maxFileBytes)
      : null;
  const item = (seq: number): Item => {
    const step = all[seq]!;
    if (typeof step !== "string") return { seq, error: step.error };
    const shown = displayPath(step, cwd);
    if (large[seq]! >= LARGE_FILE_BYTES) return { seq, local: () => here(seq, step, shown) };
    if (step === STDIN && stdin) {
      return stdin.ok ? { seq, path: STDIN, shown, file: stdin.file } : { seq, error: stdin.error };
    }
    return { seq, path: step, shown };
  };
  const pool = runPool(all.length, item, {
    workers,
    mode,
    incidents,
    maxFileBytes: opts.maxFileBytes,
  });
  for await (const done of pool) {
    yield done;
    collectIfGrown("line" in done ? workOf(done.line.length) : 1);
  }
}

function crash(done: { crash: string }): never {
  throw new Error(`a worker failed: ${done.crash}`);
}

/** Every file and walk error, one outcome at a time, in sorted path order. */
export async function* extractPaths(
  paths: string[],
  opts: ExtractOptions = {},
): AsyncGenerator<Outcome> {
  const ndjson = await import("./worker/ndjson.js");
  if (ndjson.readsNdjson(paths, opts)) return yield* ndjson.extractNdjsonPaths(paths, opts);
  const all = await steps(paths, opts);
  const sizes = sizesOf(all);
  const workers = await workersOf(all, opts, sizes);
  if (workers === 0) {
    const { extractRead } = await import("./pipeline.js");
    yield* inProcess<Outcome>(
      all,
      opts,
      (read) => extractRead(read, "record", false) as Outcome,
      (error) => ({ ok: false, error }),
    );
    return;
  }
  for await (const done of inWorkers(all, opts, workers, "record", sizes)) {
    if ("crash" in done) crash(done);
    // The worker's result is the outcome (its seq aside): handed on as it is, not copied.
    if (!done.ok || "document" in done) yield done;
  }
}

/** As extractPaths, each document rendered as its NDJSON line (see LineOutcome). */
export async function* extractLines(
  paths: string[],
  opts: ExtractOptions = {},
): AsyncGenerator<LineOutcome> {
  const ndjson = await import("./worker/ndjson.js");
  if (ndjson.readsNdjson(paths, opts)) return yield* ndjson.extractNdjsonLines(paths, opts);
  const all = await steps(paths, opts);
  const sizes = sizesOf(all);
  const workers = await workersOf(all, opts, sizes);
  if (workers === 0) {
    const { extractRead } = await import("./pipeline.js");
    const incidents = opts.incidents !== false;
    yield* inProcess<LineOutcome>(
      all,
      opts,
      (read) => extractRead(read, "ndjson", incidents, true) as LineOutcome,
      (error) => ({ ok: false, error }),
    );
    return;
  }
  for await (const done of inWorkers(all, opts, workers, "ndjson", sizes)) {
    if ("crash" in done) crash(done);
    if (!done.ok || "line" in done) yield done;
  }
}

/** The whole report, incidents included (unless opts.incidents is false). */
export async function extractReport(paths: string[], opts: ExtractOptions = {}): Promise<Report> {
  const documents: DocumentRecord[] = [];
  const errors: FileError[] = [];
  for await (const outcome of extractPaths(paths, opts)) {
    if (outcome.ok) documents.push(outcome.document);
    else errors.push(outcome.error);
  }
  let incidents: Report["incidents"] = [];
  if (opts.incidents !== false) {
    const { buildIncidents } = await import("./incidents/index.js");
    incidents = buildIncidents(documents);
  }
  return { schemaVersion: SCHEMA_VERSION, documents, incidents, errors };
}
