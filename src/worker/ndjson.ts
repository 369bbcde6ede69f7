// Runs that read NDJSON documents (--input ndjson, or a file ending .ndjson/.jsonl): every
// line of such a file is a document of its own, extracted and yielded in input order, one line
// held at a time. Files of text in the same run are read as usual, in their place.
import { createReadStream } from "node:fs";
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import type { FileError } from "../contract/index.js";
import type { Outcome } from "../pipeline.js";
import { displayPath, readSource, STDIN, type ReadResult } from "../read/index.js";
import { NDJSON_EXTENSIONS, parseLine, readNdjson, type NdjsonLine } from "../read/ndjson.js";
import { collectIfGrown, workOf } from "../gc.js";
import type { Feed, Item } from "./pool.js";
import type { LineOutcome } from "../pipeline.js";
import {
  MIN_BYTES_FOR_WORKERS,
  MIN_FILES_FOR_WORKERS,
  steps,
  workersFor,
  type ExtractOptions,
} from "./plan.js";

export type InputKind = "text" | "ndjson";

/** How a path is read: as --input says, else NDJSON for a file ending .ndjson or .jsonl. */
export function inputOf(path: string, input: InputKind | undefined): InputKind {
  if (input) return input;
  if (path === STDIN) return "text";
  return NDJSON_EXTENSIONS.includes(extname(path).toLowerCase()) ? "ndjson" : "text";
}

/** Whether a run reads any NDJSON (then it goes through this module). */
export function readsNdjson(paths: readonly string[], opts: ExtractOptions): boolean {
  if (opts.input) return opts.input === "ndjson";
  const listed = (opts.extensions ?? []).map((e) => (e.startsWith(".") ? e : `.${e}`));
  return (
    listed.some((e) => NDJSON_EXTENSIONS.includes(e.toLowerCase())) ||
    paths.some((p) => inputOf(p, undefined) === "ndjson")
  );
}

function readFailure(path: string, err: unknown): FileError {
  const code = (err as NodeJS.ErrnoException).code ?? "EIO";
  const message =
    code === "EISDIR"
      ? "is a directory"
      : code === "EACCES"
        ? "permission denied"
        : `cannot read: ${(err as Error).message}`;
  return { path, code, severity: "error", message };
}

/** A document read: a text file whole, or a line of NDJSON not parsed yet. */
type Read = ReadResult | NdjsonLine;

/** A read as a document (or why it is none): an NDJSON line is parsed here. */
const parsed = (read: Read): ReadResult =>
  "bytes" in read ? parseLine(read.bytes, read.n, read.shownAs) : read;

/** Every document of the run, read in order: a text file whole, an NDJSON file line by line. */
export async function* readAll(paths: string[], opts: ExtractOptions): AsyncGenerator<Read> {
  const cwd = opts.cwd ?? process.cwd();
  for (const step of await steps(paths, opts)) {
    if (typeof step !== "string") {
      yield { ok: false, error: step.error };
      continue;
    }
    const shown = displayPath(step, cwd);
    if (inputOf(step, opts.input) === "text") {
      yield await readSource(step, shown, opts.stdin, opts.maxFileBytes);
      continue;
    }
    try {
      const stream = step === STDIN ? (opts.stdin ?? process.stdin) : createReadStream(step);
      yield* readNdjson(stream, shown);
    } catch (err) {
      yield { ok: false, error: readFailure(shown, err) };
    }
  }
}

/** Documents read ahead of the workers (the text of these is what a run holds in memory). */
const READ_AHEAD = 16;

/**
 * The run's reads as a pool feed: read on as the pool takes them, at most READ_AHEAD ahead.
 * `head` holds the first reads, already taken from `rest`.
 */
function feedOf(head: Read[], rest: AsyncIterator<Read>) {
  return (wake: () => void): Feed => {
    const ready = new Map<number, Item>();
    let ended = false;
    let failure: unknown = null;
    let taken = 0;
    let resume: (() => void) | null = null;
    const put = (seq: number, read: Read) =>
      ready.set(
        seq,
        "bytes" in read
          ? // The line's bytes alone (a copy: the view may share a larger buffer).
            {
              seq,
              path: read.shownAs,
              shown: read.shownAs,
              line: { bytes: new Uint8Array(read.bytes), n: read.n },
            }
          : read.ok
            ? { seq, path: read.file.path, shown: read.file.path, file: read.file }
            : { seq, error: read.error },
      );
    head.forEach((read, seq) => put(seq, read));
    void (async () => {
      let seq = head.length;
      try {
        for (let r = await rest.next(); !r.done; r = await rest.next()) {
          put(seq++, r.value);
          wake();
          while (seq - taken > READ_AHEAD) await new Promise<void>((go) => (resume = go));
        }
      } catch (err) {
        failure = err;
      } finally {
        ended = true;
        wake();
      }
    })();
    return (seq) => {
      if (failure) throw failure;
      const item = ready.get(seq);
      if (item === undefined) return ended ? undefined : null;
      ready.delete(seq);
      taken = seq + 1;
      const go = resume;
      resume = null;
      go?.();
      return item;
    };
  };
}

/**
 * The run's reads, and how many workers extract them: none (this thread) for one job, or when
 * the reads end before MIN_FILES_FOR_WORKERS (a short stream is not worth starting workers).
 */
async function plan(paths: string[], opts: ExtractOptions) {
  const rest = readAll(paths, opts)[Symbol.asyncIterator]();
  const head: Read[] = [];
  const jobs = opts.jobs ?? 1;
  // "auto": one worker per core, but only once the input has shown itself large enough.
  const auto = jobs === "auto";
  const want = auto ? availableParallelism() : jobs;
  let ended = want < 2;
  let bytes = 0;
  while (
    !ended &&
    (head.length < MIN_FILES_FOR_WORKERS || (auto && bytes < MIN_BYTES_FOR_WORKERS))
  ) {
    const r = await rest.next();
    if (r.done) ended = true;
    else {
      head.push(r.value);
      bytes +=
        "bytes" in r.value ? r.value.bytes.length : r.value.ok ? r.value.file.text.length : 0;
    }
  }
  return { head, rest, workers: ended ? 0 : workersFor(want, Number.MAX_SAFE_INTEGER) };
}

/** The head, then the rest: every read in order. */
async function* all(head: Read[], rest: AsyncIterator<Read>): AsyncGenerator<ReadResult> {
  for (const read of head) yield parsed(read);
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield parsed(r.value);
}

function crash(done: { crash: string }): never {
  throw new Error(`a worker failed: ${done.crash}`);
}

/** As extractPaths (stream.ts), for a run that reads NDJSON. */
export async function* extractNdjsonPaths(
  paths: string[],
  opts: ExtractOptions,
): AsyncGenerator<Outcome> {
  const { head, rest, workers } = await plan(paths, opts);
  if (workers > 0) {
    const { runFeed } = await import("./pool.js");
    const pool = runFeed(feedOf(head, rest), { workers, mode: "record", incidents: true });
    for await (const done of pool) {
      if ("crash" in done) crash(done);
      if (!done.ok || "document" in done) yield done;
      collectIfGrown();
    }
    return;
  }
  const { extractFile } = await import("../pipeline.js");
  for await (const read of all(head, rest)) {
    yield read.ok ? extractFile(read.file) : read;
    collectIfGrown(read.ok ? workOf(read.file.text.length) : 1);
  }
}

/** As extractLines (stream.ts), for a run that reads NDJSON. */
export async function* extractNdjsonLines(
  paths: string[],
  opts: ExtractOptions,
): AsyncGenerator<LineOutcome> {
  const incidents = opts.incidents !== false;
  const { head, rest, workers } = await plan(paths, opts);
  if (workers > 0) {
    const { runFeed } = await import("./pool.js");
    const pool = runFeed(feedOf(head, rest), { workers, mode: "ndjson", incidents });
    for await (const done of pool) {
      if ("crash" in done) crash(done);
      if (!done.ok || "line" in done) yield done;
      collectIfGrown("line" in done ? workOf(done.line.length) : 1);
    }
    return;
  }
  const { extractFile, incidentInput } = await import("../pipeline.js");
  const { ndjsonDocument } = await import("../render/json.js");
  for await (const read of all(head, rest)) {
    const outcome = read.ok ? extractFile(read.file) : read;
    if (!outcome.ok) yield outcome;
    else {
      const { document } = outcome;
      yield {
        ok: true,
        line: ndjsonDocument(document),
        slim: incidents ? incidentInput(document) : null,
      };
    }
    collectIfGrown(read.ok ? workOf(read.file.text.length) : 1);
  }
}
