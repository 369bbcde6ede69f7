// `breach extract [paths...]`: flags and help; the work is in pipeline.ts and render/.
// Start-up: only types from commander here (the program's createOption makes options), and
// the pipeline, renderers and incidents load inside the action.
import type { Command } from "commander";
import type { Report } from "../contract/index.js";
import {
  extOption,
  jobsOption,
  maxFileSizeOption,
  parseExtensions,
  parseJobs,
  parseMaxFileSize,
  printErrorLine,
  stdinIsInput,
  terminalWidth,
  UsageError,
  useColor,
  type CommandContext,
} from "./context.js";
import { noProgress, startProgress, wantsProgress, writeOut, type Progress } from "./progress.js";

export const FORMATS = ["json", "ndjson", "table", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

export interface ExtractFlags {
  format?: Format;
  ext?: string;
  color?: boolean;
  jobs?: string;
  incidents?: boolean;
  progress?: boolean;
  input?: "text" | "ndjson";
  maxFileSize?: string;
}

const JOBS_HELP = `
Jobs:
  --jobs N runs documents in N worker threads (default: the number of cores; 1 runs them in
  this process). The output is the same, in the same order, whatever N. Fewer than 8 files
  always run in this process.

Streaming:
  --format ndjson writes each document as soon as it is done, in path order, and keeps
  nothing of it: memory stays flat over any number of files. Incidents group documents, so
  they need every document seen: with ndjson they are off unless --incidents asks for them
  (then appended last, built from what incidents read of each document; memory grows with
  the documents that name a victim). json builds them unless --no-incidents; table and
  markdown do not show them (\`breach report\` does). The table, too, prints each document
  as it is done.

Progress:
  On a terminal, a run that lasts shows files done, of how many, and the rate on standard
  error; never when standard error is a pipe or a file. --no-progress turns it off.
`;

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program.command("extract");
  cmd
    .description("extract claims from articles (files, directories, or - for standard input)")
    .argument("[paths...]", "files or directories to read; - reads standard input")
    .addOption(
      cmd
        .createOption(
          "-f, --format <format>",
          "output format (default: table on a terminal, json otherwise)",
        )
        .choices(FORMATS),
    )
    .addOption(extOption())
    .addOption(
      cmd
        .createOption(
          "--input <kind>",
          "ndjson: each line a document {id, text, title?, published?, path?} (default: ndjson for .ndjson/.jsonl files, text otherwise)",
        )
        .choices(["text", "ndjson"]),
    )
    .addOption(jobsOption())
    .addOption(maxFileSizeOption())
    .option("--incidents", "build incidents (default, except with --format ndjson)")
    .option("--no-incidents", "do not build incidents")
    .option("--no-color", "no colour, whatever the terminal")
    .option("--no-progress", "no progress bar on standard error (shown only on a terminal)")
    .addHelpText("after", JOBS_HELP)
    .action(async (paths: string[], flags: ExtractFlags) => {
      // In NDJSON, directories are searched for .ndjson and .jsonl files unless --ext says.
      if (flags.input === "ndjson" && cmd.getOptionValueSource("ext") === "default")
        flags.ext = ".ndjson,.jsonl";
      ctx.setExit(await runExtract(paths, flags, ctx));
    });
}

export async function runExtract(
  paths: string[],
  flags: ExtractFlags,
  ctx: CommandContext,
): Promise<number> {
  const { io } = ctx;
  if (paths.length === 0 && stdinIsInput(io)) paths = ["-"];
  if (paths.length === 0)
    throw new UsageError("no input: give files or directories, or - for standard input");
  const extensions = parseExtensions(flags.ext);
  const jobs = parseJobs(flags.jobs);
  const format: Format = flags.format ?? (io.isTTY ? "table" : "json");
  // The table and markdown do not show incidents: they are built only for json and ndjson.
  const incidents =
    format === "table" || format === "markdown" ? false : (flags.incidents ?? format !== "ndjson");
  const maxFileBytes = parseMaxFileSize(flags.maxFileSize);
  const opts = {
    extensions,
    stdin: io.stdin,
    cwd: io.cwd,
    jobs,
    incidents,
    input: flags.input,
    maxFileBytes,
  };
  let failed = false;
  const onError = (e: { path: string; code: string; severity: string; message: string }) => {
    printErrorLine(io, e.path, e.code, e.severity, e.message);
    if (e.severity === "error") failed = true;
  };
  // NDJSON input: one document per line, so the files' count is no total to show.
  const { readsNdjson } = await import("../worker/ndjson.js");
  const progress = readsNdjson(paths, opts)
    ? noProgress(io)
    : await progressFor(io, paths, extensions, flags.progress);
  try {
    if (format === "ndjson") {
      // Stream: each document is written as soon as it is done; incidents come last, built from
      // the slim records kept (see incidentInput in pipeline.ts). With workers, this thread
      // loads neither the pipeline nor (unless a file fails) the zod contract.
      const { extractLines } = await import("../runner.js");
      const render = () => import("../render/json.js");
      const slim = [];
      for await (const outcome of extractLines(paths, opts)) {
        progress.tick();
        if (outcome.ok) {
          await progress.write(outcome.line);
          for (const chunk of outcome.more ?? []) await progress.write(chunk);
          if (outcome.slim) slim.push(outcome.slim);
        } else {
          onError(outcome.error);
          await progress.write((await render()).ndjsonError(outcome.error));
        }
      }
      progress.stop();
      if (incidents && slim.length) {
        const { buildIncidents } = await import("../incidents/index.js");
        const { ndjsonIncident } = await render();
        for (const incident of buildIncidents(slim)) await writeOut(io, ndjsonIncident(incident));
      }
      return failed ? 2 : 0;
    }

    const { extractPaths } = await import("../runner.js");
    const render = await import("../render/index.js");
    if (format === "table") {
      // Each document is printed as soon as it is done, the totals last.
      const table = { color: useColor(io, flags.color), width: terminalWidth(io) };
      const totals = { documents: 0, claims: 0, errors: 0 };
      for await (const outcome of extractPaths(paths, opts)) {
        progress.tick();
        if (!outcome.ok) {
          onError(outcome.error);
          totals.errors += 1;
          continue;
        }
        totals.documents += 1;
        totals.claims += outcome.document.claims.length;
        await progress.write(`${render.renderDocumentTable(outcome.document, table)}\n\n`);
      }
      progress.stop();
      await writeOut(io, `${render.renderTableFooter(totals, table)}\n`);
      return failed ? 2 : 0;
    }

    const { SCHEMA_VERSION } = await import("../contract/index.js");
    const report: Report = {
      schemaVersion: SCHEMA_VERSION,
      documents: [],
      incidents: [],
      errors: [],
    };
    for await (const outcome of extractPaths(paths, opts)) {
      progress.tick();
      if (outcome.ok) report.documents.push(outcome.document);
      else report.errors.push(outcome.error);
    }
    progress.stop();
    if (incidents) {
      const { buildIncidents } = await import("../incidents/index.js");
      report.incidents = buildIncidents(report.documents);
    }
    report.errors.forEach(onError);
    if (format === "json") {
      // In chunks, written as they are made: a report of one large document is never one string.
      for (const chunk of render.renderJsonChunks(report)) await writeOut(io, chunk);
      return failed ? 2 : 0;
    }
    await writeOut(io, render.renderMarkdown(report));
    return failed ? 2 : 0;
  } finally {
    progress.stop();
  }
}

/** A progress bar on a terminal's stderr, over the files the paths hold; else none. */
async function progressFor(
  io: CommandContext["io"],
  paths: string[],
  extensions: string[],
  flag: boolean | undefined,
): Promise<Progress> {
  if (!wantsProgress(io, flag) || paths.includes("-")) return noProgress(io);
  const { walk } = await import("../read/index.js");
  const { files, errors } = await walk(paths, extensions);
  return startProgress(io, files.length + errors.length);
}
