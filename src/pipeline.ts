// The pipeline, left to right: read → document → rules → claims → summary → incidents.
//
// Many files: `extractPaths` yields one outcome per file in sorted path order, whether the
// documents run in this thread (jobs 1) or in worker threads (jobs > 1, see worker/); nothing
// is held but a bounded window of documents in flight. `extractLines` does the same for
// --format ndjson, each document already rendered as its line, plus the slim record incidents
// are later built from (`incidentInput`), so a stream over any number of files holds only that.
import { toClaims } from "./claims/index.js";
import {
  SCHEMA_VERSION,
  type DocumentRecord,
  type FileError,
  type Report,
} from "./contract/index.js";
import { buildDocument, type SourceDoc } from "./document/index.js";
import { buildIncidents } from "./incidents/index.js";
import { matchers as allMatchers } from "./matchers/index.js";
import {
  readSource,
  walk,
  displayPath,
  comparePaths,
  DEFAULT_EXTENSIONS,
  STDIN,
  type ReadResult,
  type SourceFile,
} from "./read/index.js";
import { refiners } from "./refiners/index.js";
import { runMatchers, runRefiners, type Matcher } from "./rules/index.js";
import { summarize } from "./summary/index.js";
import type { Claim } from "./contract/index.js";
import type { Done, Mode, Task } from "./worker/protocol.js";

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
}

export type Outcome = { ok: true; document: DocumentRecord } | { ok: false; error: FileError };

/** A document rendered as its NDJSON line, and what incidents need of it (null: nothing). */
export type LineOutcome =
  { ok: true; line: string; slim: DocumentRecord | null } | { ok: false; error: FileError };

/** Rules → claims for one document (the matchers can be narrowed, as the example tests do). */
export function extractClaims(doc: SourceDoc, matchers: readonly Matcher[] = allMatchers): Claim[] {
  const drafts = runRefiners(refiners, runMatchers(matchers, doc), doc);
  return toClaims(drafts, doc);
}

/** Document → rules → claims → summary for one decoded file. */
export function extractFile(file: SourceFile): Outcome {
  const built = buildDocument(file);
  if (!built.ok) return built;
  const { doc } = built;
  const claims = extractClaims(doc);
  return {
    ok: true,
    document: {
      path: doc.path,
      id: doc.id,
      sha256: doc.sha256,
      title: doc.title,
      published: doc.published,
      meta: doc.meta,
      claims,
      summary: summarize(claims, doc),
    },
  };
}

/** Extract a text held in memory (tests, stdin). */
export function extractText(text: string, path = "<text>", id = "text"): Outcome {
  return extractFile({ path, id, sha256: "0".repeat(64), text });
}

/**
 * What `buildIncidents` reads of a document, for runs that stream documents and build
 * incidents at the end: null for a document without a victim (no incident takes it), else
 * the record without `meta` and with only the claims incidents look at (claims with a
 * subject, the victim's actor claims, publication dates). Keep in step with incidents/.
 */
export function incidentInput(doc: DocumentRecord): DocumentRecord | null {
  if (!doc.summary.victim) return null;
  const claims = doc.claims.filter(
    (c) =>
      c.subject !== null ||
      (c.kind === "actor" && c.value.involvement === "victim") ||
      (c.kind === "date" && c.value.event === "published"),
  );
  return { ...doc, meta: {}, claims };
}

/** One step of a run: a file to extract, or an error the walk found, in output order. */
type Step = { file: string; shown: string } | { error: FileError };

async function* steps(paths: string[], opts: ExtractOptions): AsyncGenerator<Step> {
  const { files, errors } = await walk(paths, opts.extensions ?? DEFAULT_EXTENSIONS);
  const cwd = opts.cwd ?? process.cwd();
  const pending = errors.map((e) => ({ ...e, path: displayPath(e.path, cwd) }));
  let p = 0;
  for (const path of files) {
    const shown = displayPath(path, cwd);
    while (p < pending.length && comparePaths(pending[p]!.path, shown) < 0)
      yield { error: pending[p++]! };
    yield { file: path, shown };
  }
  while (p < pending.length) yield { error: pending[p++]! };
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
  const reads = new Map<number, Promise<ReadResult>>();
  const start = (k: number) => {
    const step = all[k];
    if (step && "file" in step && !reads.has(k))
      reads.set(k, readSource(step.file, step.shown, opts.stdin));
  };
  for (let k = 0; k < all.length; k++) {
    const step = all[k]!;
    if ("error" in step) {
      yield fail(step.error);
      continue;
    }
    // Standard input is read alone (never ahead): it may be interactive.
    for (let a = k; a <= k + READ_AHEAD && a < all.length; a++) {
      const s = all[a]!;
      if ("file" in s && (s.file !== STDIN || a === k)) start(a);
    }
    const read = await reads.get(k)!;
    reads.delete(k);
    yield finish(read);
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
  const { runPool } = await import("./worker/pool.js");
  const tasks: (Task | { seq: number; error: FileError })[] = [];
  for (let seq = 0; seq < all.length; seq++) {
    const step = all[seq]!;
    if ("error" in step) tasks.push({ seq, error: step.error });
    else if (step.file === STDIN) {
      // Workers cannot read this process's standard input: read it here.
      const read = await readSource(STDIN, step.shown, opts.stdin);
      if (read.ok) tasks.push({ seq, path: STDIN, shown: step.shown, file: read.file });
      else tasks.push({ seq, error: read.error });
    } else tasks.push({ seq, path: step.file, shown: step.shown });
  }
  yield* runPool(tasks, { workers, mode, incidents: opts.incidents !== false });
}

function crash(done: { crash: string }): never {
  throw new Error(`a worker failed: ${done.crash}`);
}

/** Every file and walk error, one outcome at a time, in sorted path order. */
export async function* extractPaths(
  paths: string[],
  opts: ExtractOptions = {},
): AsyncGenerator<Outcome> {
  const all: Step[] = [];
  for await (const step of steps(paths, opts)) all.push(step);
  const workers = workersFor(opts.jobs ?? 1, all.length);
  if (workers === 0) {
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
    if (!done.ok) yield { ok: false, error: done.error };
    else if ("document" in done) yield { ok: true, document: done.document };
  }
}

/** As extractPaths, each document rendered as its NDJSON line (see LineOutcome). */
export async function* extractLines(
  paths: string[],
  opts: ExtractOptions = {},
): AsyncGenerator<LineOutcome> {
  const all: Step[] = [];
  for await (const step of steps(paths, opts)) all.push(step);
  const workers = workersFor(opts.jobs ?? 1, all.length);
  if (workers === 0) {
    const { ndjsonDocument } = await import("./render/json.js");
    const incidents = opts.incidents !== false;
    yield* inProcess<LineOutcome>(
      all,
      opts,
      (read) => {
        const outcome = read.ok ? extractFile(read.file) : read;
        if (!outcome.ok) return outcome;
        const { document } = outcome;
        return {
          ok: true,
          line: ndjsonDocument(document),
          slim: incidents ? incidentInput(document) : null,
        };
      },
      (error) => ({ ok: false, error }),
    );
    return;
  }
  for await (const done of inWorkers(all, opts, workers, "ndjson")) {
    if ("crash" in done) crash(done);
    if (!done.ok) yield { ok: false, error: done.error };
    else if ("line" in done) yield { ok: true, line: done.line, slim: done.slim };
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
  const incidents = opts.incidents === false ? [] : buildIncidents(documents);
  return { schemaVersion: SCHEMA_VERSION, documents, incidents, errors };
}
