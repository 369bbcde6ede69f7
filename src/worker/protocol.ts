// Messages between the main thread and the extraction workers (see pool.ts and thread.ts).
import type { DocumentRecord, FileError } from "../contract/index.js";
import type { SourceFile } from "../read/index.js";

/** What the main thread wants back for each document. */
export type Mode = "record" | "ndjson";

/**
 * One unit of work: a file to read (path), a file already read (standard input), or a line of
 * NDJSON input to check and extract (its bytes, its number, and the input's display path).
 */
export interface Task {
  seq: number;
  path: string;
  shown: string;
  file?: SourceFile;
  line?: { bytes: Uint8Array; n: number };
}

export type ToWorker =
  | { type: "init"; mode: Mode; incidents: boolean; maxFileBytes?: number }
  | { type: "tasks"; tasks: Task[] };

/** A finished unit of work, tagged with its sequence number. */
export type Done =
  | { seq: number; ok: true; document: DocumentRecord }
  // `more`: an array from a worker; made as it is written when this thread extracted the file.
  | { seq: number; ok: true; line: string; more?: Iterable<string>; slim: DocumentRecord | null }
  | { seq: number; ok: false; error: FileError }
  | { seq: number; crash: string };

export type FromWorker = { type: "done"; results: Done[] };
