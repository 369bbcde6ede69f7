// run(argv, io) → exit code. Flags and help live in commands/; heavy modules load lazily.
import { Command, CommanderError } from "commander";
import { createRequire } from "node:module";
import { EXIT, UsageError, type CommandContext, type IO } from "./commands/context.js";
import { register as registerExtract } from "./commands/extract.js";
import { register as registerSchema } from "./commands/schema.js";
import { register as registerEval } from "./commands/eval.js";
import { register as registerCheck } from "./commands/check.js";
import { register as registerRules } from "./commands/rules.js";
import { register as registerReport } from "./commands/report.js";

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
  breach schema > breach.schema.json`;

function version(): string {
  const require = createRequire(import.meta.url);
  return (require("../package.json") as { version: string }).version;
}

export async function run(argv: string[], io: IO): Promise<number> {
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
  for (const register of [
    registerExtract,
    registerReport,
    registerEval,
    registerCheck,
    registerRules,
    registerSchema,
  ]) {
    register(program, ctx);
  }
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
