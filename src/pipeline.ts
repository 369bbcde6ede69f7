// The pipeline for one document, left to right: document → rules (matchers, refiners) → claims
// → summary, and for streams the rendered NDJSON line and the slim record incidents are later
// built from. Running it over many files, in this thread or in workers, is runner.ts's job.
import { detached, detachStrings, shareValues, takeClaims } from "./claims/index.js";
import type { Claim, DocumentRecord, FileError } from "./contract/index.js";
import { buildDocument, type SourceDoc } from "./document/index.js";
import { matchers as allMatchers } from "./matchers/index.js";
import type { ReadResult, SourceFile } from "./read/index.js";
import { refiners } from "./refiners/index.js";
import { CHUNKED_CLAIMS, ndjsonDocument, ndjsonDocumentChunks } from "./render/json.js";
import { runMatchers, type Matcher } from "./rules/index.js";
import { summarize } from "./summary/index.js";
import { collectIfGrown, workOf } from "./gc.js";

export type Outcome = { ok: true; document: DocumentRecord } | { ok: false; error: FileError };

/** A document rendered as its NDJSON line, and what incidents need of it (null: nothing). */
/**
 * A document rendered as its NDJSON line, and what incidents need of it (null: nothing). The
 * line is `line`, followed by the pieces of `more` when there are any: a large document's line
 * is made as it is written (render/json.ts ndjsonDocumentChunks), never held whole.
 */
export type LineOutcome =
  | { ok: true; line: string; more?: Iterable<string>; slim: DocumentRecord | null }
  | { ok: false; error: FileError };

/** Rules → claims for one document (the matchers can be narrowed, as the example tests do). */
export function extractClaims(doc: SourceDoc, matchers: readonly Matcher[] = allMatchers): Claim[] {
  // The drafts are this function's own: their values shared before the refiners carry them
  // (shareValues), the refiners' array made into the claims in place (takeClaims). Each
  // refiner's input is let go once it has run (runRefiners's reduce, whose first argument
  // stays held, would keep the matchers' drafts alive to the end: a fifth of a large
  // document's memory).
  let drafts = shareValues(runMatchers(matchers, doc), doc);
  // A long document's stages each leave much behind: collected between them (gc.ts), the
  // next stage does not grow the heap on top of it (a 20 MB one peaked 60 MB lower).
  const weight = workOf(doc.text.length);
  for (const refiner of refiners) {
    drafts = refiner.refine(drafts, doc);
    collectIfGrown(weight);
  }
  return takeClaims(drafts, doc);
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
      // Detached: a title cut from the text would hold the whole text as long as the record.
      title: doc.title === null ? null : detached(doc.title),
      published: doc.published,
      meta: detachStrings(doc.meta),
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

/**
 * A file as read, through the pipeline: its document record ("record"), or its NDJSON line and,
 * when incidents are built, its slim record ("ndjson"). The runner and the workers both call it.
 */
export function extractRead(
  read: ReadResult,
  mode: "record" | "ndjson",
  incidents: boolean,
  /** A document of many claims as chunks made while written (a worker sends them as an array). */
  chunked = false,
): Outcome | LineOutcome {
  const outcome = read.ok ? extractFile(read.file) : read;
  if (!outcome.ok || mode === "record") return outcome;
  const { document } = outcome;
  const slim = incidents ? incidentInput(document) : null;
  if (chunked && document.claims.length > CHUNKED_CLAIMS)
    return { ok: true, line: "", more: ndjsonDocumentChunks(document), slim };
  return { ok: true, line: ndjsonDocument(document), slim };
}
