// Stage 1: read. Paths in, decoded text (or a per-file error) out.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { FileError } from "../contract/index.js";
import { decode } from "./decode.js";
import { STDIN } from "./walk.js";

export { walk, comparePaths, displayPath, DEFAULT_EXTENSIONS, STDIN } from "./walk.js";
export { decode } from "./decode.js";

export interface SourceFile {
  path: string;
  /** File name without its extension. */
  id: string;
  sha256: string;
  text: string;
}

export type ReadResult = { ok: true; file: SourceFile } | { ok: false; error: FileError };

/** Largest file read as one document. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export function idOf(path: string): string {
  if (path === STDIN) return "stdin";
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length) || name;
}

export function fromBytes(path: string, bytes: Uint8Array, id = idOf(path)): ReadResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, error: { path, ...decoded.error } };
  let text = decoded.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { ok: true, file: { path, id, sha256, text } };
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export async function readSource(
  path: string,
  shownAs: string,
  stdin?: NodeJS.ReadableStream,
): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = path === STDIN ? await readStdin(stdin ?? process.stdin) : await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "EIO";
    const message =
      code === "EACCES"
        ? "permission denied"
        : code === "EISDIR"
          ? "is a directory"
          : `cannot read: ${code}`;
    return { ok: false, error: { path: shownAs, code, severity: "error", message } };
  }
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      error: {
        path: shownAs,
        code: "TOO_LARGE",
        severity: "error",
        message: `larger than ${MAX_FILE_BYTES} bytes`,
      },
    };
  }
  return fromBytes(shownAs, bytes, idOf(path));
}
