// Bytes → text, or a reason the bytes are not text. Pure: no I/O.
import type { FileError } from "../contract/index.js";

export type Decoded = { ok: true; text: string } | { ok: false; error: Omit<FileError, "path"> };

// ignoreBOM: false means the decoder drops a leading UTF-8 BOM itself (exactly one).
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Images, documents, archives, executables: say what the file is rather than "invalid UTF-8". */
const MAGIC: [string, number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["ZIP archive", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["bzip2 archive", [0x42, 0x5a, 0x68]],
  ["xz archive", [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ["7-Zip archive", [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ["ELF executable", [0x7f, 0x45, 0x4c, 0x46]],
  ["SQLite database", [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

function sniff(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}

/** Bytes looked at to tell UTF-16 without a BOM from binary. */
const UTF16_SAMPLE = 4096;

/**
 * "UTF-16LE" or "UTF-16BE" when the bytes look like BOM-less UTF-16 text: NUL bytes on one
 * parity only (the high bytes of Latin-script characters), text bytes on the other.
 */
export function sniffUtf16(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | null {
  const n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  if (n < 4) return null;
  const half = n / 2;
  let zeroEven = 0;
  let zeroOdd = 0;
  let controlEven = 0;
  let controlOdd = 0;
  const isControl = (b: number) => b !== 0 && b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d;
  for (let i = 0; i < n; i += 2) {
    const even = bytes[i]!;
    const odd = bytes[i + 1]!;
    if (even === 0) zeroEven++;
    if (odd === 0) zeroOdd++;
    if (isControl(even)) controlEven++;
    if (isControl(odd)) controlOdd++;
  }
  const mostly = 0.3 * half;
  const few = 0.02 * half;
  if (zeroOdd >= mostly && zeroEven <= few && controlEven <= few) return "UTF-16LE";
  if (zeroEven >= mostly && zeroOdd <= few && controlOdd <= few) return "UTF-16BE";
  return null;
}

const decodeError = (message: string): Decoded => ({
  ok: false,
  error: { code: "DECODE", severity: "error", message },
});

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * Decode a file's bytes as UTF-8. A UTF-8 BOM is dropped (offsets then index the text
 * after it). Binary files (magic numbers, NUL bytes) are warnings: skipped by policy.
 * UTF-16 (by BOM, or by its NUL pattern without one) and bytes that are not UTF-8
 * (Latin-1, Windows-1252, truncated sequences) are errors: the file is text we cannot read.
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
    const order = bytes[0] === 0xff ? "UTF-16LE" : "UTF-16BE";
    return decodeError(`${order} text (byte-order mark) is not supported; convert it to UTF-8`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const utf16 = sniffUtf16(bytes);
    if (utf16)
      return decodeError(
        `${utf16} text without a byte-order mark is not supported; convert it to UTF-8`,
      );
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
    const b = bytes[at];
    const latin1 =
      b !== undefined && b >= 0xa0 ? "; Latin-1 or Windows-1252? convert it to UTF-8" : "";
    return decodeError(
      b === undefined
        ? `not valid UTF-8 (truncated sequence at the end)`
        : `not valid UTF-8 (byte ${hex(b)} at offset ${at}${latin1})`,
    );
  }
}

/** Offset of the first byte that breaks UTF-8 (overlongs, surrogates, > U+10FFFF included). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
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
    const c1 = bytes[i + 1]!;
    if (b === 0xe0 && c1 < 0xa0) return i; // overlong
    if (b === 0xed && c1 >= 0xa0) return i; // surrogate
    if (b === 0xf0 && c1 < 0x90) return i; // overlong
    if (b === 0xf4 && c1 >= 0x90) return i; // above U+10FFFF
    i += need + 1;
  }
  return i;
}
