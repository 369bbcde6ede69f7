// What a run is given and how it is split: the options, the walk's steps in output order, and
// how many worker threads a run gets. Shared by the runner (runner.ts) and the NDJSON reader
// (worker/ndjson.ts), so neither imports the other.
import type { FileError } from "../contract/index.js";
import { comparePaths, DEFAULT_EXTENSIONS, displayPath, walk } from "../read/index.js";

export interface ExtractOptions {
  extensions?: string[];
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
  /**
   * Worker threads to run documents in (default 1: this thread). Output is the same, in the
   * same order, whatever the number. Fewer workers are started for few files. "auto": one per
   * core, but only for an input large enough to repay starting them (MIN_BYTES_FOR_WORKERS).
   */
  jobs?: number | "auto";
  /** Build incidents (default true). Off, a stream holds nothing per document. */
  incidents?: boolean;
  /** Files larger than this many bytes are TOO_LARGE warnings, not read (default 64 MB). */
  maxFileBytes?: number;
  /** How files are read (default: NDJSON for .ndjson/.jsonl, text otherwise; see ndjson.ts). */
  input?: "text" | "ndjson";
}

/**
 * One step of a run, in output order: a file to extract (its path: kept as the one string,
 * its display path made when needed, so 100,000 steps stay small) or an error the walk found.
 */
export type Step = string | { error: FileError };

export async function steps(paths: string[], opts: ExtractOptions): Promise<Step[]> {
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

/** Fewer files than this run in this thread: starting workers would cost more than it saves. */
export const MIN_FILES_FOR_WORKERS = 8;

/**
 * With jobs "auto", an input smaller than this runs in this thread: each worker loads and
 * warms up the whole pipeline (about half a second of CPU), which a small input does not
 * repay (measured: see docs/ARCHITECTURE.md, "Measuring").
 */
export const MIN_BYTES_FOR_WORKERS = 4_000_000;

/** How many workers a run of `files` steps gets: 0 (this thread) for one job or few files. */
export function workersFor(jobs: number, files: number): number {
  const n = Math.floor(jobs);
  if (n < 2 || files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(n, Math.max(2, Math.floor(files / 4)));
}

/**
 * A file at least this large is extracted in this thread even when workers run: a worker would
 * build its record (or its line) and then copy it whole to this thread, two copies of hundreds
 * of megabytes for a 20 MB dump (a run over the hostile corpus and one such file peaked near
 * 1 GB), and a worker's small young generation (pool.ts) ages a long document's garbage early.
 */
export const LARGE_FILE_BYTES = 4 * 1024 * 1024;
