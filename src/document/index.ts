// Stage 2: document. Decoded text → front matter, title, publication date, sentences.
import type { FileError } from "../contract/index.js";
import type { SourceFile } from "../read/index.js";
import { findDateline, normaliseDate, type Dateline } from "./dateline.js";
import { parseFrontMatter } from "./frontmatter.js";
import { lineStarts, locate } from "./locate.js";
import { splitSentences, type Sentence } from "./sentences.js";

export { locate, lineStarts } from "./locate.js";
export { splitSentences, collapse, foldSpaces, MAX_SENTENCE, type Sentence } from "./sentences.js";
export { findDateline, findFullDate, normaliseDate, type Dateline } from "./dateline.js";
export { parseFrontMatter } from "./frontmatter.js";

export interface SourceDoc {
  path: string;
  id: string;
  sha256: string;
  /** The decoded file, front matter included: every offset indexes this. */
  text: string;
  /** Where the body starts (after front matter). */
  bodyStart: number;
  title: string | null;
  /** YYYY-MM-DD (or coarser) from front matter or a dateline; the reference for dates without a year. */
  published: string | null;
  /** The dateline the publication date was read from, when it came from the text. */
  dateline: Dateline | null;
  meta: Record<string, unknown>;
  sentences: Sentence[];
  lineStarts: number[];
}

export type DocumentResult = { ok: true; doc: SourceDoc } | { ok: false; error: FileError };

const TITLE_MAX = 300;

/** Lines searched for a title, and the fewest words a headline has ("Back to Hub" is navigation). */
const TITLE_LINES = 5;
const TITLE_MIN_WORDS = 4;

/** The first line of the body that reads like a headline, else the first non-empty line. */
function titleLine(text: string, from: number): string | null {
  const re = /[^\r\n]{1,2000}/g; // a long line is read in pieces, never copied whole
  re.lastIndex = from;
  let first: string | null = null;
  let seen = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && seen < TITLE_LINES) {
    const line = m[0].trim();
    if (!line) continue;
    seen++;
    first ??= line;
    if (line.split(/\s+/).length >= TITLE_MIN_WORDS) return clipTitle(line);
  }
  return first === null ? null : clipTitle(first);
}

function clipTitle(line: string): string {
  return line.length > TITLE_MAX ? `${line.slice(0, TITLE_MAX - 1)}…` : line;
}

export function buildDocument(file: SourceFile): DocumentResult {
  const fm = parseFrontMatter(file.text);
  if (!fm.ok)
    return {
      ok: false,
      error: { path: file.path, code: fm.code, severity: "error", message: fm.message },
    };
  const data = fm.data;
  const fmTitle =
    file.title ?? (typeof data.title === "string" && data.title.trim() ? data.title.trim() : null);
  const fmDate = normaliseDate(file.published ?? data.published ?? data.date);
  // The rest of the front matter, in its order. Copied without the keys read above rather
  // than deleting them from a copy (a delete turns an object into a slow dictionary).
  // parseFrontMatter never gives a "__proto__" key, so plain assignment is a copy.
  const meta: Record<string, unknown> = {};
  for (const key of Object.keys(data)) {
    if (fmTitle !== null && key === "title") continue;
    if (fmDate !== null && (key === "published" || key === "date")) continue;
    meta[key] = data[key];
  }
  const dateline = fmDate === null ? findDateline(file.text, fm.bodyStart) : null;
  return {
    ok: true,
    doc: {
      path: file.path,
      id: file.id,
      sha256: file.sha256,
      text: file.text,
      bodyStart: fm.bodyStart,
      title: fmTitle ?? titleLine(file.text, fm.bodyStart),
      published: fmDate ?? dateline?.date ?? null,
      dateline,
      meta,
      sentences: splitSentences(file.text, fm.bodyStart),
      lineStarts: lineStarts(file.text),
    },
  };
}

/** Line and column of an offset in a document. */
export function positionOf(doc: SourceDoc, offset: number): { line: number; column: number } {
  return locate(doc.lineStarts, offset);
}
