// Bytes → text, or a reason the bytes are not text. Pure: no I/O.
import type { FileError } from "../contract/index.js";

export type Decoded = { ok: true; text: string } | { ok: false; error: Omit<FileError, "path"> };

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** PNG, GIF, JPEG, PDF, ZIP, gzip: say what the file is rather than "invalid UTF-8". */
const MAGIC: [string, number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP archive", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
];

function sniff(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}

/**
 * Decode a file's bytes as UTF-8. A UTF-8 BOM is dropped (offsets then index the text
 * after it). Binary files (magic numbers, NUL bytes) are warnings: skipped by policy.
 * UTF-16 (by BOM) and invalid UTF-8 are errors: the file could not be read as text.
 */
export function decode(bytes: Uint8Array): Decoded {
  const kind = sniff(bytes);
  if (kind) {
    return {
      ok: false,
      error: { code: "BINARY", severity: "warning", message: `binary file (${kind}), skipped` },
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      error: {
        code: "DECODE",
        severity: "error",
        message: "UTF-16 text is not supported; convert the file to UTF-8",
      },
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      error: {
        code: "BINARY",
        severity: "warning",
        message: `binary file (NUL byte at offset ${nul}), skipped`,
      },
    };
  }
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      error: {
        code: "DECODE",
        severity: "error",
        message: `not valid UTF-8 (first bad byte at offset ${at})`,
      },
    };
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
