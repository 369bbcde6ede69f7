// The pipeline, left to right: read → document → rules → claims → summary → incidents.
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
  type SourceFile,
} from "./read/index.js";
import { refiners } from "./refiners/index.js";
import { runMatchers, runRefiners, type Matcher } from "./rules/index.js";
import { summarize } from "./summary/index.js";
import type { Claim } from "./contract/index.js";

export interface ExtractOptions {
  extensions?: string[];
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
}

export type Outcome = { ok: true; document: DocumentRecord } | { ok: false; error: FileError };

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

/** Every file and walk error, one outcome at a time, in sorted path order. */
export async function* extractPaths(
  paths: string[],
  opts: ExtractOptions = {},
): AsyncGenerator<Outcome> {
  const { files, errors } = await walk(paths, opts.extensions ?? DEFAULT_EXTENSIONS);
  const cwd = opts.cwd ?? process.cwd();
  const pending = errors.map((e) => ({ ...e, path: displayPath(e.path, cwd) }));
  for (const path of files) {
    const shown = displayPath(path, cwd);
    while (pending.length && comparePaths(pending[0]!.path, shown) < 0)
      yield { ok: false, error: pending.shift()! };
    const read = await readSource(path, shown, opts.stdin);
    yield read.ok ? extractFile(read.file) : read;
  }
  for (const error of pending) yield { ok: false, error };
}

/** The whole report, incidents included. */
export async function extractReport(paths: string[], opts: ExtractOptions = {}): Promise<Report> {
  const documents: DocumentRecord[] = [];
  const errors: FileError[] = [];
  for await (const outcome of extractPaths(paths, opts)) {
    if (outcome.ok) documents.push(outcome.document);
    else errors.push(outcome.error);
  }
  return { schemaVersion: SCHEMA_VERSION, documents, incidents: buildIncidents(documents), errors };
}
