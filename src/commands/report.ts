// `breach report [paths...]`: one record per incident across many articles.
import { Option, type Command } from "commander";
import {
  extOption,
  jobsOption,
  parseExtensions,
  parseJobs,
  printErrorLine,
  stdinIsInput,
  UsageError,
  useColor,
  type CommandContext,
} from "./context.js";
import { writeOut } from "./progress.js";

const FORMATS = ["table", "markdown", "json"] as const;

interface ReportFlags {
  format?: (typeof FORMATS)[number];
  ext?: string;
  jobs?: string;
  color?: boolean;
  from?: "articles" | "ndjson";
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("report")
    .description("group articles into incidents: facts with sources, conflicts, timeline")
    .argument("[paths...]", "files or directories to read; - reads standard input")
    .addOption(
      new Option("-f, --format <format>", "output format").choices(FORMATS).default("table"),
    )
    .addOption(
      new Option(
        "--from <kind>",
        "ndjson: the paths hold `breach extract --format ndjson` output, not articles",
      )
        .choices(["articles", "ndjson"])
        .default("articles"),
    )
    .addOption(extOption())
    .addOption(jobsOption())
    .option("--no-color", "no colour, whatever the terminal")
    .addHelpText(
      "after",
      `
Each incident is the documents that name one victim (names folded for case, spacing and
corporate suffixes). Facts list every value the sources give, with the documents that agree
and disagree; conflicts show both sides and their sentences; the timeline marks dates no
source states (derived) and years taken from the publication date (inferred).

Exit status: 0 the run finished; 2 a usage error or a file that could not be processed.

Examples:
  breach report seeds/
  breach report seeds/ --format markdown > incident.md
  breach report seeds/ --format json | jq '.incidents[].conflicts'
  breach extract seeds/ --format ndjson > seeds.ndjson && breach report --from ndjson seeds.ndjson

--from ndjson builds the incidents from documents already extracted (the reduce step after
\`breach extract --format ndjson\` has run as the map, on one machine or many): no article is
read or extracted again, and the report is the one \`breach report\` gives on the articles. The
files are read in the order given (a directory's .ndjson and .jsonl files in path order), and
only what incidents need of each document is kept. --ext and --jobs do not apply.`,
    )
    .action(async (paths: string[], flags: ReportFlags) => {
      ctx.setExit(await runReport(paths, flags, ctx));
    });
}

async function runReport(
  paths: string[],
  flags: ReportFlags,
  ctx: CommandContext,
): Promise<number> {
  const { io } = ctx;
  if (paths.length === 0 && stdinIsInput(io)) paths = ["-"];
  if (paths.length === 0)
    throw new UsageError("no input: give files or directories, or - for standard input");
  const report =
    flags.from === "ndjson"
      ? await reportFromExtracted(paths, io)
      : await (
          await import("../runner.js")
        ).extractReport(paths, {
          extensions: parseExtensions(flags.ext),
          jobs: parseJobs(flags.jobs),
          stdin: io.stdin,
          cwd: io.cwd,
        });
  let failed = false;
  for (const e of report.errors) {
    printErrorLine(io, e.path, e.code, e.severity, e.message);
    if (e.severity === "error") failed = true;
  }
  const out = {
    schemaVersion: report.schemaVersion,
    incidents: report.incidents,
    errors: report.errors,
  };
  if (flags.format === "json") {
    // In chunks, written as they are made: the incidents of a large document are never one string.
    const { renderIncidentsJsonChunks } = await import("../render/json.js");
    for (const chunk of renderIncidentsJsonChunks(out)) await writeOut(io, chunk);
    return failed ? 2 : 0;
  }
  const render = await import("../render/incident.js");
  if (flags.format === "markdown") io.stdout.write(render.renderIncidentsMarkdown(out));
  else
    io.stdout.write(
      render.renderIncidentsTable(out, {
        color: useColor(io, flags.color),
        width: io.stdout.columns,
      }),
    );
  return failed ? 2 : 0;
}

/** The reduce step: incidents from extraction output, keeping only what incidents read. */
async function reportFromExtracted(
  paths: string[],
  io: CommandContext["io"],
): Promise<import("../contract/index.js").IncidentReport> {
  const [{ readExtracted }, { incidentInput }, { buildIncidents }, { SCHEMA_VERSION }] =
    await Promise.all([
      import("../read/extracted.js"),
      import("../pipeline.js"),
      import("../incidents/index.js"),
      import("../contract/index.js"),
    ]);
  const slim = [];
  const errors = [];
  for await (const item of readExtracted(paths, { stdin: io.stdin, cwd: io.cwd })) {
    if ("error" in item) errors.push(item.error);
    else {
      const doc = incidentInput(item.document);
      if (doc) slim.push(doc);
    }
  }
  return { schemaVersion: SCHEMA_VERSION, incidents: buildIncidents(slim), errors };
}
