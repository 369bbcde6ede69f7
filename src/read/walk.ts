// Expand command-line paths into the sorted list of files to read.
import type { Dirent } from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { join, relative, extname, sep } from "node:path";
import type { FileError } from "../contract/index.js";

export const DEFAULT_EXTENSIONS = [".txt", ".md", ".markdown"];
export const STDIN = "-";

export interface WalkResult {
  /** Files to read, sorted by path; "-" stands for standard input and keeps its place first. */
  files: string[];
  errors: FileError[];
}

function normaliseExtensions(exts: string[]): Set<string> {
  return new Set(exts.map((e) => (e.startsWith(".") ? e : `.${e}`).toLowerCase()));
}

function hasType(entry: Dirent): boolean {
  return (
    entry.isFile() ||
    entry.isDirectory() ||
    entry.isSymbolicLink() ||
    entry.isFIFO() ||
    entry.isSocket() ||
    entry.isCharacterDevice() ||
    entry.isBlockDevice()
  );
}

function codeOf(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? "EIO";
}

/**
 * Walk files and directories. A directory is walked recursively, keeping files whose
 * extension is listed; a file named on the command line is read whatever its extension.
 * Symbolic links to files are followed; links to directories are followed once per real
 * directory, so a loop ends. Anything that is not a regular file is a warning.
 */
export async function walk(
  paths: string[],
  extensions: string[] = DEFAULT_EXTENSIONS,
): Promise<WalkResult> {
  const exts = normaliseExtensions(extensions);
  const files: string[] = [];
  const errors: FileError[] = [];
  const seenDirs = new Set<string>();
  let stdin = false;

  const visitDir = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (err) {
      errors.push({
        path: dir,
        code: codeOf(err),
        severity: "error",
        message: `cannot resolve directory: ${codeOf(err)}`,
      });
      return;
    }
    if (seenDirs.has(real)) return; // a link back into a directory already walked
    seenDirs.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      errors.push({
        path: dir,
        code: codeOf(err),
        severity: "error",
        message: `cannot read directory: ${codeOf(err)}`,
      });
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (!hasType(entry)) {
        // Some file systems leave the type out of readdir: ask lstat, as for a link.
        await visitLink(path);
      } else if (entry.isDirectory()) {
        await visitDir(path);
      } else if (entry.isFile()) {
        if (exts.has(extname(entry.name).toLowerCase())) files.push(path);
      } else if (entry.isSymbolicLink()) {
        await visitLink(path);
      } else if (exts.has(extname(entry.name).toLowerCase())) {
        errors.push({
          path,
          code: "NOT_REGULAR",
          severity: "warning",
          message: "not a regular file (pipe, socket or device), skipped",
        });
      }
    }
  };

  /** A symbolic link (or an entry of unknown type): what it points at decides. */
  const visitLink = async (path: string): Promise<void> => {
    let target;
    try {
      target = await stat(path);
    } catch (err) {
      const code = codeOf(err);
      const message =
        code === "ELOOP" ? "symbolic link loop, skipped" : "dangling symbolic link, skipped";
      if (exts.has(extname(path).toLowerCase()))
        errors.push({ path, code, severity: "warning", message });
      return;
    }
    if (target.isDirectory()) await visitDir(path);
    else if (target.isFile() && exts.has(extname(path).toLowerCase())) files.push(path);
    else if (!target.isFile() && exts.has(extname(path).toLowerCase())) {
      errors.push({
        path,
        code: "NOT_REGULAR",
        severity: "warning",
        message: "not a regular file, skipped",
      });
    }
  };

  for (const arg of paths) {
    if (arg === STDIN) {
      stdin = true;
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      const code = codeOf(err);
      let message = code === "ENOENT" ? "no such file or directory" : `cannot read: ${code}`;
      if (code === "ENOENT") {
        // A dangling link is still an entry; say so.
        try {
          if ((await lstat(arg)).isSymbolicLink()) message = "dangling symbolic link";
        } catch {
          /* plain missing path */
        }
      }
      if (code === "ELOOP") message = "symbolic link loop";
      errors.push({ path: arg, code, severity: "error", message });
      continue;
    }
    if (info.isDirectory()) {
      const before = files.length;
      await visitDir(arg);
      if (files.length === before) {
        errors.push({
          path: arg,
          code: "NO_FILES",
          severity: "warning",
          message: `no ${[...exts].join(", ")} files in this directory (see --ext)`,
        });
      }
    } else if (info.isFile()) files.push(arg);
    else
      errors.push({
        path: arg,
        code: "NOT_REGULAR",
        severity: "warning",
        message: "not a regular file, skipped",
      });
  }

  const unique = [...new Set(files)].sort(comparePaths);
  return {
    files: stdin ? [STDIN, ...unique] : unique,
    errors: errors.sort((a, b) => comparePaths(a.path, b.path)),
  };
}

/** Byte-wise order of paths, the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Path as shown in output: relative to cwd when inside it, with forward slashes. Control
 * characters in a file name (a newline, an ANSI escape) are shown escaped, so a name can
 * neither split a diagnostic line in two nor drive the terminal.
 */
export function displayPath(path: string, cwd = process.cwd()): string {
  if (path === STDIN) return "<stdin>";
  const rel = relative(cwd, join(path));
  const shown = rel && !rel.startsWith("..") && !rel.startsWith(sep) ? rel : path;
  return escapeControls(shown.split(sep).join("/"));
}

/** C0 and C1 control characters and DEL as \xNN, other text unchanged. */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
}
