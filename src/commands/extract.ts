// `breach extract [paths...]`: flags and help; the work is in pipeline.ts and render/.
import { Option, type Command } from "commander";
import { printErrorLine, UsageError, useColor, type CommandContext } from "./context.js";

export const FORMATS = ["json", "ndjson", "table", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

export interface ExtractFlags {
  format?: Format;
  ext?: string;
  color?: boolean;
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("extract")
    .description("extract claims from articles (files, directories, or - for standard input)")
    .argument("[paths...]", "files or directories to read; - reads standard input")
    .addOption(
      new Option(
        "-f, --format <format>",
        "output format (default: table on a terminal, json otherwise)",
      ).choices(FORMATS),
    )
    .option(
      "--ext <list>",
      "file extensions to read in directories, comma-separated",
      ".txt,.md,.markdown",
    )
    .option("--no-color", "no colour, whatever the terminal")
    .action(async (paths: string[], flags: ExtractFlags) => {
      ctx.setExit(await runExtract(paths, flags, ctx));
    });
}

export function parseExtensions(list: string | undefined): string[] {
  const exts = (list ?? ".txt,.md,.markdown")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (exts.length === 0) throw new UsageError("--ext needs at least one extension");
  return exts;
}

export async function runExtract(
  paths: string[],
  flags: ExtractFlags,
  ctx: CommandContext,
): Promise<number> {
  const { io } = ctx;
  if (paths.length === 0)
    throw new UsageError("no input: give files or directories, or - for standard input");
  const extensions = parseExtensions(flags.ext);
  const format: Format = flags.format ?? (io.isTTY ? "table" : "json");
  const { extractPaths, extractReport } = await import("../pipeline.js");
  const opts = { extensions, stdin: io.stdin, cwd: io.cwd };
  let failed = false;
  const onError = (e: { path: string; code: string; severity: string; message: string }) => {
    printErrorLine(io, e.path, e.code, e.severity, e.message);
    if (e.severity === "error") failed = true;
  };

  if (format === "ndjson") {
    // Stream: each document is written as soon as it is done; incidents come last.
    const { ndjsonDocument, ndjsonError, ndjsonIncident } = await import("../render/json.js");
    const { buildIncidents } = await import("../incidents/index.js");
    const docs = [];
    for await (const outcome of extractPaths(paths, opts)) {
      if (outcome.ok) {
        io.stdout.write(ndjsonDocument(outcome.document));
        docs.push(outcome.document);
      } else {
        onError(outcome.error);
        io.stdout.write(ndjsonError(outcome.error));
      }
    }
    for (const incident of buildIncidents(docs)) io.stdout.write(ndjsonIncident(incident));
    return failed ? 2 : 0;
  }

  const report = await extractReport(paths, opts);
  report.errors.forEach(onError);
  const render = await import("../render/index.js");
  if (format === "json") io.stdout.write(render.renderJson(report));
  else if (format === "markdown") io.stdout.write(render.renderMarkdown(report));
  else
    io.stdout.write(
      render.renderTable(report, { color: useColor(io, flags.color), width: io.stdout.columns }),
    );
  return failed ? 2 : 0;
}
