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

Every command takes --no-color, before or after its name.

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

/**
 * Options every command takes wherever they stand on the line (before or after the command
 * name), up to a `--`: `--no-color` is taken out and becomes NO_COLOR for the run; `-v` as the
 * first argument is `--version`.
 */
export function normalizeArgs(argv: string[], io: IO): { argv: string[]; io: IO } {
  const end = argv.indexOf("--");
  const head = end < 0 ? argv : argv.slice(0, end);
  const tail = end < 0 ? [] : argv.slice(end);
  const kept = head.filter((a) => a !== "--no-color");
  if (kept[0] === "-v") kept[0] = "--version";
  if (kept.length === head.length) return { argv: [...kept, ...tail], io };
  return { argv: [...kept, ...tail], io: { ...io, env: { ...io.env, NO_COLOR: "1" } } };
}

export async function run(rawArgv: string[], rawIo: IO): Promise<number> {
  const { argv, io } = normalizeArgs(rawArgv, rawIo);
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
    .version(version(), "-V, --version", "print the version (also -v)")
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
      // Bare `breach`: commander printed the help on stderr; a usage error.
      if (argv.length === 0) return EXIT.USAGE;
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
    // Bare `breach`: a usage error, help on stderr.
    program.outputHelp({ error: true });
    return EXIT.USAGE;
  }
  return code;
}
