// run(argv, io) → exit code. Flags and help live in commands/; heavy modules load lazily.
// Start-up matters (`breach --version` in CI, many short runs): this module and commands/*.ts
// import nothing heavy at the top. `--version` is answered before commander or any command
// module loads; zod, the pipeline, chalk, cli-table3 and gray-matter load inside the actions
// that need them.
import { readFileSync } from "node:fs";
import {
  EXIT,
  UsageError,
  type CommandContext,
  type IO,
  type Register,
} from "./commands/context.js";

export type { IO } from "./commands/context.js";

const EXIT_HELP = `
Exit status:
  0  the run finished (files skipped by policy, such as binary files, are warnings)
  1  a checking gate failed (eval floors not met, snapshot drift)
  2  a usage error, or a file that could not be processed (the others still are)

Examples:
  breach extract seeds/                 table on a terminal, JSON when piped
  breach extract seeds/ | jq '.documents[].summary'
  breach extract - < article.txt --format ndjson
  breach extract archive/ --format ndjson --jobs 4 > claims.ndjson
  breach schema > breach.schema.json`;

let cachedVersion: string | undefined;

function version(): string {
  cachedVersion ??= (
    JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string;
    }
  ).version;
  return cachedVersion;
}

export async function run(argv: string[], io: IO): Promise<number> {
  // The quickest answer: no commander, no commands.
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    io.stdout.write(`${version()}\n`);
    return EXIT.OK;
  }
  const [{ Command, CommanderError }, ...commands] = await Promise.all([
    import("commander"),
    import("./commands/extract.js"),
    import("./commands/report.js"),
    import("./commands/eval.js"),
    import("./commands/check.js"),
    import("./commands/rules.js"),
    import("./commands/schema.js"),
  ]);
  let code: number = EXIT.OK;
  const ctx: CommandContext = { io, setExit: (c) => (code = Math.max(code, c)) };
  const program = new Command("breach")
    .description("Extract evidence-linked claims about data breaches from news articles.")
    .version(version(), "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith("error:") ? `breach: ${s}` : s),
    })
    .showHelpAfterError("(run `breach --help` for usage)")
    .addHelpText("after", EXIT_HELP);
  for (const { register } of commands as { register: Register }[]) register(program, ctx);
  for (const sub of program.commands) sub.exitOverride();

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === "commander.helpDisplayed" ||
        err.code === "commander.version" ||
        err.code === "commander.help"
      ) {
        return EXIT.OK;
      }
      return EXIT.USAGE;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`breach: ${err.message}\n`);
      return EXIT.USAGE;
    }
    const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stderr.write(`breach: internal error: ${message}\n`);
    return EXIT.USAGE;
  }
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT.USAGE;
  }
  return code;
}
