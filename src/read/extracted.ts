// Extraction output read back: the NDJSON that `breach extract --format ndjson` writes, one
// record a line ({"type": "document" | "error" | "incident", …}), for the steps that work on
// documents already extracted (`breach report --from ndjson`). Each line is checked against the
// contract on its own; one that is not a record is an INPUT_INVALID error and reading goes on.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import {
  documentSchema,
  fileErrorSchema,
  type DocumentRecord,
  type FileError,
} from "../contract/index.js";
import { INPUT_INVALID, splitLines } from "./ndjson.js";
import { displayPath, STDIN, walk } from "./walk.js";

/** A record of extraction output: a document, an error it reported, or a line that is neither. */
export type ExtractedItem = { document: DocumentRecord } | { error: FileError };

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function invalid(path: string, message: string): ExtractedItem {
  return { error: { path, code: INPUT_INVALID, severity: "error", message } };
}

/** One line → its record (incident lines are left out: they are built again from documents). */
function parseRecord(bytes: Buffer, at: string): ExtractedItem | null {
  let value: unknown;
  try {
    value = JSON.parse(strictUtf8.decode(bytes));
  } catch (err) {
    return invalid(at, `not JSON (${(err as Error).message})`);
  }
  const type = (value as { type?: unknown } | null)?.type;
  if (type === "incident") return null;
  if (type !== "document" && type !== "error")
    return invalid(at, 'not a record of breach extract\'s NDJSON (no "type" document or error)');
  const schema = type === "document" ? documentSchema : fileErrorSchema;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return invalid(
      at,
      `not a ${type} record: ${issue.path.join(".") || "(root)"}: ${issue.message}`,
    );
  }
  return type === "document"
    ? { document: parsed.data as DocumentRecord }
    : { error: parsed.data as FileError };
}

/** The files to read: each path in the order given, a directory's .ndjson/.jsonl files sorted. */
async function inputs(
  paths: string[],
  extensions: string[],
): Promise<({ path: string } | { error: FileError })[]> {
  const out: ({ path: string } | { error: FileError })[] = [];
  for (const arg of paths) {
    if (arg === STDIN) {
      out.push({ path: STDIN });
      continue;
    }
    const isDir = await stat(arg).then(
      (s) => s.isDirectory(),
      () => false,
    );
    const { files, errors } = await walk([arg], isDir ? extensions : undefined);
    for (const error of errors) out.push({ error });
    for (const path of files) out.push({ path });
  }
  return out;
}

/**
 * Every record of the extraction output in these files (- is standard input), in order.
 * Only one line is held at a time.
 */
export async function* readExtracted(
  paths: string[],
  opts: { stdin?: NodeJS.ReadableStream; cwd?: string; extensions?: string[] } = {},
): AsyncGenerator<ExtractedItem> {
  const cwd = opts.cwd ?? process.cwd();
  for (const input of await inputs(paths, opts.extensions ?? [".ndjson", ".jsonl"])) {
    if ("error" in input) {
      yield { error: { ...input.error, path: displayPath(input.error.path, cwd) } };
      continue;
    }
    const shown = displayPath(input.path, cwd);
    try {
      const stream =
        input.path === STDIN ? (opts.stdin ?? process.stdin) : createReadStream(input.path);
      for await (const line of splitLines(stream)) {
        const at = `${shown}:${line.n}`;
        if ("tooLong" in line) yield invalid(at, "line too long, skipped");
        else {
          const item = parseRecord(line.bytes, at);
          if (item) yield item;
        }
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? "EIO";
      yield {
        error: { path: shown, code, severity: "error", message: `cannot read: ${code}` },
      };
    }
  }
}
