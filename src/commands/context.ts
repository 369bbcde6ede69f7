// What every command gets: the process's streams and environment, and where to put its exit code.
import { Option, type Command } from "commander";
import { fstatSync } from "node:fs";
import { DEFAULT_MAX_FILE_BYTES, parseSize } from "../read/limit.js";

export interface IO {
  stdout: NodeJS.WritableStream & { columns?: number };
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** Is stdout a terminal? Decides the default format and colour. */
  isTTY: boolean;
  /** Is stderr a terminal? Decides whether long runs show progress. */
  stderrIsTTY?: boolean;
  cwd?: string;
}

export const EXIT = { OK: 0, CHECK_FAILED: 1, USAGE: 2 } as const;

export interface CommandContext {
  io: IO;
  /** Record the command's exit code (run() returns it). */
  setExit(code: number): void;
}

export type Register = (program: Command, ctx: CommandContext) => void;

/** Colour on or off: --no-color and NO_COLOR win, FORCE_COLOR forces, else a terminal gets colour. */
export function useColor(io: IO, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return io.isTTY;
}

/** Columns of the terminal on stdout; else $COLUMNS; else 80. */
export function terminalWidth(io: IO): number {
  const env = Number(io.env.COLUMNS);
  return io.stdout.columns ?? (Number.isInteger(env) && env > 0 ? env : 80);
}

/** A usage error: message on stderr, exit code 2. */
export class UsageError extends Error {}

export function printErrorLine(
  io: IO,
  path: string,
  code: string,
  severity: string,
  message: string,
): void {
  io.stderr.write(
    `breach: ${path}: ${message} [${code}${severity === "warning" ? ", skipped" : ""}]\n`,
  );
}

/** Options of every command that reads articles: which files in folders, how many threads. */
export const extOption = () =>
  new Option("--ext <list>", "file extensions to read in directories, comma-separated").default(
    ".txt,.md,.markdown",
  );
export const jobsOption = () =>
  new Option(
    "-j, --jobs <n>",
    "worker threads (default: one per core for inputs of 4 MB or more, else none; 1: none)",
  );

export const maxFileSizeOption = () =>
  new Option(
    "--max-file-size <size>",
    "skip files larger than this with a TOO_LARGE warning: bytes, or k, M, G (64MB, 500k)",
  ).default("64MB");

/** --max-file-size in bytes (see parseSize in read/limit.ts). */
export function parseMaxFileSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_BYTES;
  const bytes = parseSize(value);
  if (bytes === null)
    throw new UsageError(`--max-file-size needs a size such as 64MB or 500k, not '${value}'`);
  return bytes;
}

export function parseExtensions(list: string | undefined): string[] {
  const exts = (list ?? ".txt,.md,.markdown")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (exts.length === 0) throw new UsageError("--ext needs at least one extension");
  return exts;
}

/** --jobs: a number, or "auto" when not given (workers only for a large input: runner.ts). */
export function parseJobs(value: string | undefined): number | "auto" {
  if (value === undefined) return "auto";
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
    throw new UsageError(`--jobs needs a whole number of at least 1, not '${value}'`);
  return Number(value);
}

/**
 * Whether standard input holds input to read when no path is given (as rg and jq do): a pipe,
 * a socket or a redirected file, not a terminal nor a device such as /dev/null.
 */
export function stdinIsInput(io: IO): boolean {
  if (!io.stdin) return false;
  if ((io.stdin as { isTTY?: boolean }).isTTY) return false;
  if (io.stdin !== process.stdin) return true;
  try {
    const info = fstatSync(0);
    return info.isFIFO() || info.isFile() || info.isSocket();
  } catch {
    return false;
  }
}
