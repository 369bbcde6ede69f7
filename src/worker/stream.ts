// Streaming over many files: walk, then each file extracted in this thread (jobs 1) or in
// worker threads (jobs > 1), outcomes yielded in sorted path order. Light to import: the
// pipeline itself loads only when this thread extracts (a run with workers never loads it
// here), so the main thread of a parallel run stays small.
import type { DocumentRecord, FileError } from "../contract/index.js";
import {
  readSource,
  walk,
  displayPath,
  comparePaths,
  DEFAULT_EXTENSIONS,
  STDIN,
  type ReadResult,
} from "../read/index.js";
import type { Outcome } from "../pipeline.js";
import { collectIfGrown, workOf } from "./gc.js";
import type { Done, Mode, Task } from "./protocol.js";

export interface ExtractOptions {
  extensions?: string[];
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
  /**
   * Worker threads to run documents in (default 1: this thread). Output is the same, in the
   * same order, whatever the number. Fewer workers are started for few files.
   */
  jobs?: number;
  /** Build incidents (default true). Off, a stream holds nothing per document. */
  incidents?: boolean;
  /** Files larger than this many bytes are TOO_LARGE warnings, not read (default 64 MB). */
  maxFileBytes?: number;
}

/**
 * A document rendered as its NDJSON line, and what incidents need of it (null: nothing). The
 * line is `line`, followed by the pieces of `more` when there are any: a large document's line
 * is made as it is written (render/json.ts ndjsonDocumentChunks), never held whole.
 */
export type LineOutcome =
  | { ok: true; line: string; more?: Iterable<string>; slim: DocumentRecord | null }
  | { ok: false; error: FileError };

/**
 * One step of a run, in output order: a file to extract (its path: kept as the one string,
 * its display path made when needed, so 100,000 steps stay small) or an error the walk found.
 */
type Step = string | { error: FileError };

async function steps(paths: string[], opts: ExtractOptions): Promise<Step[]> {
  const { files, errors } = await walk(paths, opts.extensions ?? DEFAULT_EXTENSIONS);
  const cwd = opts.cwd ?? process.cwd();
  const pending = errors.map((e) => ({ ...e, path: displayPath(e.path, cwd) }));
  if (pending.length === 0) return files;
  const out: Step[] = [];
  let p = 0;
  for (const path of files) {
    const shown = displayPath(path, cwd);
    while (p < pending.length && comparePaths(pending[p]!.path, shown) < 0)
      out.push({ error: pending[p++]! });
    out.push(path);
  }
  while (p < pending.length) out.push({ error: pending[p++]! });
  return out;
}

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

/** Fewer files than this run in this thread: starting workers would cost more than it saves. */
export const MIN_FILES_FOR_WORKERS = 8;

/** How many workers a run of `files` steps gets: 0 (this thread) for one job or few files. */
export function workersFor(jobs: number, files: number): number {
  const n = Math.floor(jobs);
  if (n < 2 || files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(n, Math.max(2, Math.floor(files / 4)));
}

async function* inWorkers(
  all: Step[],
  opts: ExtractOptions,
  workers: number,
  mode: Mode,
): AsyncGenerator<Done> {
  const { runPool } = await import("./pool.js");
  const cwd = opts.cwd ?? process.cwd();
  // Workers cannot read this process's standard input: it is read here (it comes first).
  const stdin =
    all[0] === STDIN
      ? await readSource(STDIN, displayPath(STDIN, cwd), opts.stdin, opts.maxFileBytes)
      : null;
  const item = (seq: number): Task | { seq: number; error: FileError } => {
    const step = all[seq]!;
    if (typeof step !== "string") return { seq, error: step.error };
    const shown = displayPath(step, cwd);
    if (step === STDIN && stdin) {
      return stdin.ok ? { seq, path: STDIN, shown, file: stdin.file } : { seq, error: stdin.error };
    }
    return { seq, path: step, shown };
  };
  const pool = runPool(all.length, item, {
    workers,
    mode,
    incidents: opts.incidents !== false,
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
  const all = await steps(paths, opts);
  const workers = workersFor(opts.jobs ?? 1, all.length);
  if (workers === 0) {
    const { extractFile } = await import("../pipeline.js");
    yield* inProcess<Outcome>(
      all,
      opts,
      (read) => (read.ok ? extractFile(read.file) : read),
      (error) => ({ ok: false, error }),
    );
    return;
  }
  for await (const done of inWorkers(all, opts, workers, "record")) {
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
  const all = await steps(paths, opts);
  const workers = workersFor(opts.jobs ?? 1, all.length);
  if (workers === 0) {
    const { extractFile, incidentInput } = await import("../pipeline.js");
    const { ndjsonDocument, ndjsonDocumentChunks, CHUNKED_CLAIMS } =
      await import("../render/json.js");
    const incidents = opts.incidents !== false;
    yield* inProcess<LineOutcome>(
      all,
      opts,
      (read) => {
        const outcome = read.ok ? extractFile(read.file) : read;
        if (!outcome.ok) return outcome;
        const { document } = outcome;
        const slim = incidents ? incidentInput(document) : null;
        if (document.claims.length > CHUNKED_CLAIMS)
          return { ok: true, line: "", more: ndjsonDocumentChunks(document), slim };
        return { ok: true, line: ndjsonDocument(document), slim };
      },
      (error) => ({ ok: false, error }),
    );
    return;
  }
  for await (const done of inWorkers(all, opts, workers, "ndjson")) {
    if ("crash" in done) crash(done);
    if (!done.ok || "line" in done) yield done;
  }
}
