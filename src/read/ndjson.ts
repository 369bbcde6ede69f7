// Documents as NDJSON: one JSON object a line, {"id", "text", "title"?, "published"?, "path"?}.
//
// The lines are split on bytes as they arrive, so a stream of any length is read holding one
// line at a time; each line is decoded as strict UTF-8 and checked on its own. A line that is
// not such an object is one INPUT_INVALID error (path `<input>:<line>`) and the reading goes on.
import { hash } from "node:crypto";
import type { FileError } from "../contract/index.js";
import { escapeControls } from "./walk.js";
import type { SourceFile } from "./index.js";

/** Extensions read as NDJSON by default (a file named on the command line, or --ext). */
export const NDJSON_EXTENSIONS = [".ndjson", ".jsonl"];

export const INPUT_INVALID = "INPUT_INVALID";

/** The longest line read (one document); a longer one is an error, skipped to its end. */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;

/** One line of NDJSON input: a document to extract, or why the line is not one. */
export type NdjsonItem = { ok: true; file: SourceFile } | { ok: false; error: FileError };

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** A date as NDJSON gives it: ISO, YYYY to a full timestamp (the time is dropped). */
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:[T ].*)?$/;

/**
 * Split a byte stream into lines (LF or CRLF), numbered from 1. Blank lines are skipped (the
 * NDJSON convention), as is a last line without its newline only when it is blank. A line over
 * `maxBytes` is yielded as `tooLong` without its bytes.
 */
export async function* splitLines(
  stream: AsyncIterable<unknown>,
  maxBytes = MAX_LINE_BYTES,
): AsyncGenerator<{ n: number; bytes: Buffer } | { n: number; tooLong: true }> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let n = 0;
  const take = (last: Buffer) => {
    n++;
    const bytes = parts.length ? Buffer.concat([...parts, last]) : last;
    parts = [];
    size = 0;
    const end = bytes.length && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    return bytes.subarray(0, end);
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl !== -1; nl = buf.indexOf(0x0a, from)) {
      const piece = buf.subarray(from, nl);
      from = nl + 1;
      if (tooLong || size + piece.length > maxBytes) {
        n++;
        parts = [];
        size = 0;
        tooLong = false;
        yield { n, tooLong: true };
        continue;
      }
      const line = take(piece);
      if (isBlank(line)) continue;
      yield { n, bytes: line };
    }
    const rest = buf.subarray(from);
    if (tooLong) continue;
    if (size + rest.length > maxBytes) {
      tooLong = true;
      parts = [];
      size = 0;
    } else if (rest.length) {
      // Copied: the stream may reuse its chunk's memory.
      parts.push(Buffer.from(rest));
      size += rest.length;
    }
  }
  if (tooLong) yield { n: n + 1, tooLong: true };
  else if (size) {
    const line = take(Buffer.alloc(0));
    if (!isBlank(line)) yield { n, bytes: line };
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

function invalid(shownAs: string, n: number, message: string): NdjsonItem {
  return {
    ok: false,
    error: { path: `${shownAs}:${n}`, code: INPUT_INVALID, severity: "error", message },
  };
}

/**
 * One line → the document it gives. `id` and `text` are required strings; `title`,
 * `published` (ISO: YYYY, YYYY-MM, YYYY-MM-DD, or a timestamp) and `path` are optional
 * (null is as absent); other fields are ignored. The path defaults to the id, so a document's
 * record does not depend on where its line sits (a corpus cut in shards gives the same
 * records). The sha256 is the hash of `text` as UTF-8.
 */
export function parseLine(bytes: Uint8Array, n: number, shownAs: string): NdjsonItem {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return invalid(shownAs, n, "not valid UTF-8");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return invalid(shownAs, n, `not JSON (${(err as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return invalid(shownAs, n, "not a JSON object");
  const o = value as Record<string, unknown>;
  if (typeof o.id !== "string" || o.id === "") return invalid(shownAs, n, 'no "id" string');
  if (typeof o.text !== "string") return invalid(shownAs, n, 'no "text" string');
  for (const key of ["title", "published", "path"] as const) {
    const v = o[key];
    if (v !== undefined && v !== null && typeof v !== "string")
      return invalid(shownAs, n, `"${key}" is not a string`);
  }
  const published = typeof o.published === "string" ? o.published.trim() : null;
  if (published !== null && !ISO_DATE.test(published))
    return invalid(shownAs, n, '"published" is not an ISO date (YYYY-MM-DD)');
  const title = typeof o.title === "string" && o.title.trim() ? o.title.trim() : null;
  const path = escapeControls(typeof o.path === "string" && o.path ? o.path : o.id);
  return {
    ok: true,
    file: {
      path,
      id: o.id,
      sha256: hash("sha256", o.text, "hex"),
      text: o.text,
      ...(title !== null && { title }),
      ...(published !== null && { published }),
    },
  };
}

/** A line of NDJSON input not parsed yet (parseLine makes it a document), or an error. */
export type NdjsonLine = { n: number; bytes: Buffer; shownAs: string } | NdjsonItem;

/**
 * Every line of an NDJSON stream, in order: its bytes, to be parsed where it is extracted
 * (a worker thread, so the thread that reads does not build every document's strings), or
 * the error of a line too long.
 */
export async function* readNdjson(
  stream: AsyncIterable<unknown>,
  shownAs: string,
): AsyncGenerator<NdjsonLine> {
  for await (const line of splitLines(stream)) {
    if ("tooLong" in line)
      yield invalid(shownAs, line.n, `line longer than ${MAX_LINE_BYTES} bytes, skipped`);
    else yield { n: line.n, bytes: line.bytes, shownAs };
  }
}
