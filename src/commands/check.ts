// `breach check --expect <file> [paths...]`: flags and help; the work is in src/eval/snapshot.ts.
import { Option, type Command } from "commander";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import {
  EXIT,
  extOption,
  jobsOption,
  parseExtensions,
  parseJobs,
  printErrorLine,
  UsageError,
  useColor,
  type CommandContext,
} from "./context.js";

export interface CheckFlags {
  expect?: string;
  update?: boolean;
  ignoreOffsets?: boolean;
  format?: "text" | "json";
  ext?: string;
  jobs?: string;
  color?: boolean;
}

const HELP = `
The snapshot is a JSON file: per document (sorted by path, as shown relative to
the working directory), its claims sorted by offset (kind, text, start, end,
line, value, subject, modality, rule) and its summary. Write it with --update,
commit it, and run the same command without --update in CI, from the same
directory.

The diff goes claim by claim: added, removed, changed (same span or text, with
each changed field), and apart from those, claims that only moved (same claim,
other offsets) because text before them changed. Summary fields are compared
one by one.

Exit status:
  0  the extraction equals the snapshot (or --update wrote it)
  1  it differs (moves alone do not count with --ignore-offsets)
  2  no snapshot (without --update), an invalid snapshot, bad flags, or a file
     that could not be read

Examples:
  breach check --update --expect fixtures/expected/seeds.json seeds/
  breach check --expect fixtures/expected/seeds.json seeds/`;

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("check")
    .description("compare the extraction with an expected snapshot (write it with --update)")
    .argument("<paths...>", "files or folders to extract, as when the snapshot was written")
    .requiredOption("-e, --expect <file>", "the snapshot file (JSON)")
    .option("-u, --update", "write the snapshot from the current extraction")
    .option("--ignore-offsets", "do not fail when claims only moved")
    .addOption(
      new Option("-f, --format <format>", "diff as text or JSON")
        .choices(["text", "json"])
        .default("text"),
    )
    .addOption(extOption())
    .addOption(jobsOption())
    .option("--no-color", "no colour, whatever the terminal")
    .addHelpText("after", HELP)
    .action(async (paths: string[], flags: CheckFlags) => {
      ctx.setExit(await runCheck(paths, flags, ctx));
    });
}

export async function runCheck(
  paths: string[],
  flags: CheckFlags,
  ctx: CommandContext,
): Promise<number> {
  const { io } = ctx;
  const extensions = parseExtensions(flags.ext);
  const jobs = parseJobs(flags.jobs);
  const file = resolve(io.cwd ?? process.cwd(), flags.expect!);
  const snap = await import("../eval/snapshot.js");

  let expected = null;
  if (!flags.update) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === "ENOENT"
          ? `--expect ${flags.expect}: no snapshot; write one with: breach check --update --expect ${flags.expect} ${paths.join(" ")}`
          : `--expect ${flags.expect}: cannot read (${code ?? "EIO"})`,
      );
    }
    try {
      expected = snap.parseSnapshot(text, flags.expect!);
    } catch (err) {
      if (err instanceof snap.SnapshotError) throw new UsageError(err.message);
      throw err;
    }
  }

  const { extractPaths } = await import("../runner.js");
  const documents = [];
  let failed = false;
  for await (const outcome of extractPaths(paths, {
    extensions,
    cwd: io.cwd,
    jobs,
    incidents: false,
  })) {
    if (outcome.ok) {
      documents.push(outcome.document);
      continue;
    }
    const e = outcome.error;
    printErrorLine(io, e.path, e.code, e.severity, e.message);
    if (e.severity === "error") failed = true;
  }
  if (failed) {
    io.stderr.write("breach: check: some files could not be read; nothing compared\n");
    return EXIT.USAGE;
  }
  const actual = snap.toSnapshot(documents);

  if (flags.update) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, snap.serializeSnapshot(actual));
    const claims = actual.documents.reduce((n, d) => n + d.claims.length, 0);
    io.stderr.write(
      `breach: check: wrote ${flags.expect} (${actual.documents.length} documents, ${claims} claims)\n`,
    );
    return EXIT.OK;
  }

  const diff = snap.diffSnapshots(expected!, actual);
  const ignoreOffsets = Boolean(flags.ignoreOffsets);
  const differs = snap.differs(diff, ignoreOffsets);
  if (flags.format === "json") {
    io.stdout.write(`${JSON.stringify({ equal: !differs, ...diff }, null, 2)}\n`);
  } else if (differs || diff.documents.length) {
    const { renderDiff } = await import("../eval/snapshot-render.js");
    io.stdout.write(renderDiff(diff, { color: useColor(io, flags.color), ignoreOffsets }));
  }
  if (!differs) {
    if (flags.format !== "json")
      io.stdout.write(
        `breach: check: ${actual.documents.length} documents match ${flags.expect}\n`,
      );
    return EXIT.OK;
  }
  io.stderr.write(
    `breach: check: the extraction differs from ${flags.expect}; if the change is intended, run: breach check --update --expect ${flags.expect} ${paths.join(" ")}\n`,
  );
  return EXIT.CHECK_FAILED;
}
