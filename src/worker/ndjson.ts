// Runs that read NDJSON documents (--input ndjson, or a file ending .ndjson/.jsonl): every
// line of such a file is a document of its own, extracted and yielded in input order, one line
// held at a time. Files of text in the same run are read as usual, in their place.
import { createReadStream } from "node:fs";
import { extname } from "node:path";
import type { FileError } from "../contract/index.js";
import type { Outcome } from "../pipeline.js";
import { displayPath, readSource, STDIN, type ReadResult } from "../read/index.js";
import { NDJSON_EXTENSIONS, readNdjson } from "../read/ndjson.js";
import { collectIfGrown, workOf } from "./gc.js";
import { steps, type ExtractOptions, type LineOutcome } from "./stream.js";

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

/** Every document of the run, read in order: a text file whole, an NDJSON file line by line. */
export async function* readAll(paths: string[], opts: ExtractOptions): AsyncGenerator<ReadResult> {
  const cwd = opts.cwd ?? process.cwd();
  for (const step of await steps(paths, opts)) {
    if (typeof step !== "string") {
      yield { ok: false, error: step.error };
      continue;
    }
    const shown = displayPath(step, cwd);
    if (inputOf(step, opts.input) === "text") {
      yield await readSource(step, shown, opts.stdin);
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

/** As extractPaths (stream.ts), for a run that reads NDJSON. */
export async function* extractNdjsonPaths(
  paths: string[],
  opts: ExtractOptions,
): AsyncGenerator<Outcome> {
  const { extractFile } = await import("../pipeline.js");
  for await (const read of readAll(paths, opts)) {
    yield read.ok ? extractFile(read.file) : read;
    collectIfGrown(read.ok ? workOf(read.file.text.length) : 1);
  }
}

/** As extractLines (stream.ts), for a run that reads NDJSON. */
export async function* extractNdjsonLines(
  paths: string[],
  opts: ExtractOptions,
): AsyncGenerator<LineOutcome> {
  const { extractFile, incidentInput } = await import("../pipeline.js");
  const { ndjsonDocument } = await import("../render/json.js");
  const incidents = opts.incidents !== false;
  for await (const read of readAll(paths, opts)) {
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
