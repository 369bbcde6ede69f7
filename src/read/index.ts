// Stage 1: read. Paths in, decoded text (or a per-file error) out.
import { hash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { basename, extname } from "node:path";
import type { FileError } from "../contract/index.js";
import { decode } from "./decode.js";
import { DEFAULT_MAX_FILE_BYTES, tooLarge } from "./limit.js";
import { STDIN } from "./walk.js";

export {
  walk,
  comparePaths,
  displayPath,
  escapeControls,
  DEFAULT_EXTENSIONS,
  STDIN,
} from "./walk.js";
export { decode, sniffUtf16 } from "./decode.js";

export interface SourceFile {
  path: string;
  /** File name without its extension. */
  id: string;
  sha256: string;
  text: string;
  /** Given with the text (an NDJSON line): taken before front matter and the text's own. */
  title?: string;
  published?: string;
}

export type ReadResult = { ok: true; file: SourceFile } | { ok: false; error: FileError };

export { DEFAULT_MAX_FILE_BYTES, parseSize, formatSize } from "./limit.js";

export function idOf(path: string): string {
  if (path === STDIN) return "stdin";
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length) || name;
}

export function fromBytes(path: string, bytes: Uint8Array, id = idOf(path)): ReadResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, error: { path, ...decoded.error } };
  const text = decoded.text; // the decoder has dropped one UTF-8 BOM
  // The one-shot hash: a Hash object per file (createHash → update → digest) costs more
  // than hashing a small file.
  const sha256 = hash("sha256", bytes, "hex");
  return { ok: true, file: { path, id, sha256, text } };
}

/** Standard input, up to one byte past the limit (an endless stream is refused, not held). */
async function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buf);
    size += buf.length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

/**
 * Read a regular file. It is opened without blocking and checked on the open descriptor, so
 * a path that became a named pipe, socket or device after the walk is skipped, never read
 * (a FIFO would block the run), and a file too large is refused before it is read.
 *
 * The calls are synchronous: a regular file's read does not wait on anything but the disk,
 * and four trips through libuv's thread pool per small file (open, stat, read, close) cost more
 * than the read itself, and take cores from the workers that extract.
 */
function readRegular(path: string, shownAs: string, maxBytes: number): Uint8Array | FileError {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      const what = info.isDirectory()
        ? "a directory"
        : info.isFIFO()
          ? "a named pipe"
          : info.isSocket()
            ? "a socket"
            : "a device";
      return {
        path: shownAs,
        code: "NOT_REGULAR",
        severity: "warning",
        message: `not a regular file (${what}), skipped`,
      };
    }
    if (info.size > maxBytes) return tooLarge(shownAs, maxBytes);
    // A size the stat can tell: one read of that many bytes (a file that grows meanwhile is read
    // as it was). Size 0 may be a file that only reports its size when read (/proc).
    if (info.size === 0) return readFileSync(fd);
    const bytes = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return bytes.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** Read one file (or standard input); a file over `maxBytes` is a TOO_LARGE warning, not read. */
export async function readSource(
  path: string,
  shownAs: string,
  stdin?: NodeJS.ReadableStream,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    const read =
      path === STDIN
        ? await readStdin(stdin ?? process.stdin, maxBytes)
        : readRegular(path, shownAs, maxBytes);
    if (!(read instanceof Uint8Array)) return { ok: false, error: read };
    bytes = read;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "EIO";
    const message =
      code === "EACCES"
        ? "permission denied"
        : code === "EISDIR"
          ? "is a directory"
          : code === "ELOOP"
            ? "symbolic link loop"
            : code === "ENOENT"
              ? "no such file (removed or a dangling link)"
              : `cannot read: ${code}`;
    return { ok: false, error: { path: shownAs, code, severity: "error", message } };
  }
  if (bytes.length > maxBytes) return { ok: false, error: tooLarge(shownAs, maxBytes) };
  return fromBytes(shownAs, bytes, idOf(path));
}
