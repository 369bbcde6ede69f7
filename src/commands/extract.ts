// `breach extract [paths...]`: flags and help; the work is in pipeline.ts and render/.
// Start-up: only types from commander here (the program's createOption makes options), and
// the pipeline, renderers and incidents load inside the action.
import type { Command } from "commander";
import {
  extOption,
  jobsOption,
  maxFileSizeOption,
  parseExtensions,
  parseJobs,
  parseMaxFileSize,
  printErrorLine,
  UsageError,
  useColor,
  type CommandContext,
} from "./context.js";

export const FORMATS = ["json", "ndjson", "table", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

export interface ExtractFlags {
  format?: Format;
  ext?: string;
  color?: boolean;
  jobs?: string;
  incidents?: boolean;
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
  the documents that name a victim). json, table and markdown build them unless
  --no-incidents. \`breach report\` builds incidents across many articles.
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
    .addOption(jobsOption())
    .addOption(maxFileSizeOption())
    .option("--incidents", "build incidents (default, except with --format ndjson)")
    .option("--no-incidents", "do not build incidents")
    .option("--no-color", "no colour, whatever the terminal")
    .addHelpText("after", JOBS_HELP)
    .action(async (paths: string[], flags: ExtractFlags) => {
      ctx.setExit(await runExtract(paths, flags, ctx));
    });
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
  const jobs = parseJobs(flags.jobs);
  const format: Format = flags.format ?? (io.isTTY ? "table" : "json");
  const incidents = flags.incidents ?? format !== "ndjson";
  const maxFileBytes = parseMaxFileSize(flags.maxFileSize);
  const opts = { extensions, stdin: io.stdin, cwd: io.cwd, jobs, incidents, maxFileBytes };
  let failed = false;
  const onError = (e: { path: string; code: string; severity: string; message: string }) => {
    printErrorLine(io, e.path, e.code, e.severity, e.message);
    if (e.severity === "error") failed = true;
  };

  if (format === "ndjson") {
    // Stream: each document is written as soon as it is done; incidents come last, built from
    // the slim records kept (see incidentInput in pipeline.ts). With workers, this thread
    // loads neither the pipeline nor (unless a file fails) the zod contract.
    const { extractLines } = await import("../worker/stream.js");
    const render = () => import("../render/json.js");
    const slim = [];
    for await (const outcome of extractLines(paths, opts)) {
      if (outcome.ok) {
        await write(io, outcome.line);
        for (const chunk of outcome.more ?? []) await write(io, chunk);
        if (outcome.slim) slim.push(outcome.slim);
      } else {
        onError(outcome.error);
        await write(io, (await render()).ndjsonError(outcome.error));
      }
    }
    if (incidents && slim.length) {
      const { buildIncidents } = await import("../incidents/index.js");
      const { ndjsonIncident } = await render();
      for (const incident of buildIncidents(slim)) await write(io, ndjsonIncident(incident));
    }
    return failed ? 2 : 0;
  }

  const { extractReport } = await import("../pipeline.js");
  const report = await extractReport(paths, opts);
  report.errors.forEach(onError);
  const render = await import("../render/index.js");
  if (format === "json") {
    // In chunks, written as they are made: a report of one large document is never one string.
    for (const chunk of render.renderJsonChunks(report)) await write(io, chunk);
  } else if (format === "markdown") io.stdout.write(render.renderMarkdown(report));
  else
    io.stdout.write(
      render.renderTable(report, { color: useColor(io, flags.color), width: io.stdout.columns }),
    );
  return failed ? 2 : 0;
}

/** Write, waiting for the stream to drain when it asks to (a slow pipe). */
async function write(io: CommandContext["io"], text: string): Promise<void> {
  if (!io.stdout.write(text))
    await new Promise<void>((resolve) => io.stdout.once("drain", resolve));
}
