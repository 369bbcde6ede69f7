// `breach check --expect <file> [paths...]`: flags and help; the work is in src/eval/snapshot.ts.
import { Option, type Command } from "commander";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Snapshot } from "../eval/snapshot.js";
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
  format?: "text" | "json" | "github";
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

With --format github, each added, removed or changed claim is written as a
GitHub workflow annotation (::error file=…,line=…::…), shown on the pull
request at the line of the article; run from the repository root so that the
paths match.

Examples:
  breach check --update --expect fixtures/expected/seeds.json seeds/
  breach check --expect fixtures/expected/seeds.json seeds/
  breach check --expect fixtures/expected/seeds.json seeds/ --format github`;

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("check")
    .description("compare the extraction with an expected snapshot (write it with --update)")
    .argument("<paths...>", "files or folders to extract, as when the snapshot was written")
    .requiredOption("-e, --expect <file>", "the snapshot file (JSON)")
    .option("-u, --update", "write the snapshot from the current extraction")
    .option("--ignore-offsets", "do not fail when claims only moved")
    .addOption(
      new Option(
        "-f, --format <format>",
        "diff as text, JSON, or GitHub annotations (github: one ::error per claim changed)",
      )
        .choices(["text", "json", "github"])
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
  } else if (flags.format === "github") {
    const { renderDiffGithub } = await import("../eval/snapshot-render.js");
    io.stdout.write(renderDiffGithub(diff, { ignoreOffsets }));
  } else if (differs || diff.documents.length) {
    const { renderDiff } = await import("../eval/snapshot-render.js");
    io.stdout.write(renderDiff(diff, { color: useColor(io, flags.color), ignoreOffsets }));
  }
  if (!differs) {
    if (flags.format === "text")
      io.stdout.write(
        `breach: check: ${actual.documents.length} documents match ${flags.expect}\n`,
      );
    return EXIT.OK;
  }
  const hint = elsewhere(expected!, actual, io.cwd ?? process.cwd());
  if (hint) io.stderr.write(`breach: check: ${hint}\n`);
  io.stderr.write(
    `breach: check: the extraction differs from ${flags.expect}; if the change is intended, run: breach check --update --expect ${flags.expect} ${paths.join(" ")}\n`,
  );
  return EXIT.CHECK_FAILED;
}

/**
 * When no document of the snapshot is among those extracted, every claim shows as removed and
 * added only because the paths differ: say so, and where the snapshot's paths would resolve.
 */
function elsewhere(expected: Snapshot, actual: Snapshot, cwd: string): string | null {
  if (expected.documents.length === 0 || actual.documents.length === 0) return null;
  const now = new Set(actual.documents.map((d) => d.path));
  if (expected.documents.some((d) => now.has(d.path))) return null;
  const was = expected.documents[0]!.path;
  const is = actual.documents[0]!.path;
  const found = expected.documents.some((d) => existsSync(resolve(cwd, d.path)));
  return (
    `no document path of the snapshot matches this run (snapshot: ${was}, now: ${is}), ` +
    "so every claim shows as removed and added because the paths differ, not the claims. " +
    `Paths in a snapshot are relative to the directory it was made in${found ? "" : ` (they do not resolve from ${cwd})`}: ` +
    "run breach check from there, with the same paths."
  );
}
