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
import type { SourceFile } from "./read/index.js";
import { refiners } from "./refiners/index.js";
import { runMatchers, runRefiners, type Matcher } from "./rules/index.js";
import { summarize } from "./summary/index.js";
import type { Claim } from "./contract/index.js";
import { extractPaths } from "./worker/stream.js";

// Streaming over many files lives in worker/stream.ts (light to import: the CLI's main thread
// does not load the pipeline when workers do the work); re-exported here as the pipeline's API.
export {
  extractPaths,
  extractLines,
  workersFor,
  MIN_FILES_FOR_WORKERS,
  type ExtractOptions,
  type LineOutcome,
} from "./worker/stream.js";

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

/** The whole report, incidents included (unless opts.incidents is false). */
export async function extractReport(
  paths: string[],
  opts: import("./worker/stream.js").ExtractOptions = {},
): Promise<Report> {
  const documents: DocumentRecord[] = [];
  const errors: FileError[] = [];
  for await (const outcome of extractPaths(paths, opts)) {
    if (outcome.ok) documents.push(outcome.document);
    else errors.push(outcome.error);
  }
  const incidents = opts.incidents === false ? [] : buildIncidents(documents);
  return { schemaVersion: SCHEMA_VERSION, documents, incidents, errors };
}
