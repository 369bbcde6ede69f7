// The size cap: the largest file read as one document (--max-file-size), and how a size is written.
import type { FileError } from "../contract/index.js";

/** The default cap: far above any article (a long news article is under 100 KB). */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

const UNIT: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * A size as --max-file-size takes it: bytes ("1048576"), or a number with a unit k, M or G
 * (powers of 1,024), with or without a trailing B, in any case: "64MB", "500k", "1.5M", "2GiB".
 * Null when it is none of these, or less than one byte.
 */
export function parseSize(text: string): number | null {
  const m = /^(\d{1,15}(?:\.\d{1,15})?) ?([kmg]?)(?:i?b)?$/i.exec(text.trim());
  if (!m) return null;
  const bytes = Math.floor(Number(m[1]) * UNIT[m[2]!.toLowerCase()]!);
  return bytes >= 1 ? bytes : null;
}

/** 67108864 → "64 MB", 512000 → "500 KB", 1000 → "1000 bytes". */
export function formatSize(bytes: number): string {
  if (bytes % UNIT.g! === 0) return `${bytes / UNIT.g!} GB`;
  if (bytes % UNIT.m! === 0) return `${bytes / UNIT.m!} MB`;
  if (bytes % UNIT.k! === 0) return `${bytes / UNIT.k!} KB`;
  return `${bytes} bytes`;
}

/** The warning for a file over the cap: skipped by policy, as a binary file is. */
export function tooLarge(path: string, maxBytes: number): FileError {
  return {
    path,
    code: "TOO_LARGE",
    severity: "warning",
    message: `larger than ${formatSize(maxBytes)} (--max-file-size), skipped`,
  };
}
