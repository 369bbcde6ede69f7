// `breach eval --gold <dir> [paths...]`: flags and help; the work is in src/eval/.
import { Option, type Command } from "commander";
import { annotation } from "../render/github.js";
import {
  EXIT,
  extOption,
  jobsOption,
  parseExtensions,
  parseJobs,
  printErrorLine,
  terminalWidth,
  UsageError,
  useColor,
  type CommandContext,
} from "./context.js";

export interface EvalFlags {
  gold?: string;
  format?: "table" | "json" | "github" | "junit";
  misses?: boolean;
  printFloors?: boolean;
  minF1?: string;
  minKindF1?: string[];
  minFacts?: string;
  minFact?: string[];
  minAttr?: string[];
  minIncident?: string[];
  ext?: string;
  jobs?: string;
  color?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

const HELP = `
Gold folder (--gold): every *.gold.json (claims of one document, scored by
precision, recall and F1 per kind, and attribute accuracy) and *.facts.json
(facts of one document, scored against its summary), as CLAIMS.md defines them.
Files without "doc" and "claims" (an incident file) are skipped.

Documents: each gold file names a document id; the document is the file whose
name without extension is that id (<id>.txt, <id>.md), found under [paths...].
Without paths, the gold folder itself, <gold>/docs and <gold>/../docs are
searched (the dev sets keep <id>.md next to <id>.facts.json). The gold of
fixtures/gold/seeds is about this project's seeds/, so pass that folder:
breach eval --gold fixtures/gold/seeds seeds/. Only the gold documents are
extracted. A gold id with no document is an error (exit 2).

Fact names for --min-fact: affected, breachDate, dataPrecision, dataRecall,
actorVariety, victim. Kinds for --min-kind-f1: affected, date, duration, actor,
penalty, data. Attributes for --min-attr: bound, event, role, involvement,
status, modality, subject. A bare floor (--min-kind-f1 0.5) applies to every
kind (attribute) the gold has. Floors are compared with the score as printed,
to three decimals, so a figure copied from the table passes.

Exit status:
  0  scored, and every floor met
  1  a floor not met (each one named on standard error)
  2  bad flags, a missing or invalid gold folder, a gold document not found or
     not readable

Examples:
  breach eval --gold fixtures/gold/seeds seeds/
  breach eval --gold fixtures/dev/hibp --min-facts 0.5 --min-fact affected=0.7
  breach eval --gold gold/ corpus/ --min-f1 0.6 --min-kind-f1 affected=0.8,date=0.5
  breach eval --gold gold/ corpus/ --misses          why: each missed and extra claim
  breach eval --gold gold/ corpus/ --print-floors    floors at today's scores, for CI
  breach eval --gold gold/ corpus/ --format json | jq '.claims.overall.f1'
  breach eval --gold gold/ corpus/ --min-f1 0.6 --format github   annotations in CI
  breach eval --gold gold/ corpus/ --min-f1 0.6 --format junit > eval.xml`;

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("eval")
    .description("score extraction against gold claims (*.gold.json) and facts (*.facts.json)")
    .argument("[paths...]", "files or folders holding the gold documents (<id>.txt, <id>.md)")
    .requiredOption("-g, --gold <dir>", "folder of *.gold.json and *.facts.json files")
    .addOption(
      new Option(
        "-f, --format <format>",
        "table, json, github (the table, then an ::error annotation per floor missed) or junit (one test case per floor)",
      )
        .choices(["table", "json", "github", "junit"])
        .default("table"),
    )
    .option("--misses", "list each missed and extra claim, wrong attribute and wrong fact")
    .option(
      "--print-floors",
      "print only the floor flags the current scores just meet (to paste into CI)",
    )
    .option("--min-f1 <x>", "fail (exit 1) when the micro F1 over all claims is below x")
    .option(
      "--min-kind-f1 <spec>",
      "fail when a kind's F1 is below: 0.5 or kind=0.8 (repeatable)",
      collect,
    )
    .option("--min-facts <x>", "fail when the overall fact accuracy is below x")
    .option("--min-fact <fact=x>", "fail when one fact's accuracy is below x (repeatable)", collect)
    .option(
      "--min-attr <spec>",
      "fail when an attribute's accuracy is below: 0.5 or attr=0.8 (repeatable)",
      collect,
    )
    .option(
      "--min-incident <figure=x>",
      "fail when an incident figure is below: victim, pairPrecision, pairRecall, exact (repeatable)",
      collect,
    )
    .addOption(extOption())
    .addOption(jobsOption())
    .option("--no-color", "no colour, whatever the terminal")
    .addHelpText("after", HELP)
    .action(async (paths: string[], flags: EvalFlags) => {
      ctx.setExit(await runEval(paths, flags, ctx));
    });
}

export async function runEval(
  paths: string[],
  flags: EvalFlags,
  ctx: CommandContext,
): Promise<number> {
  const { io } = ctx;
  const extensions = parseExtensions(flags.ext);
  const jobs = parseJobs(flags.jobs);
  const ev = await import("../eval/index.js");
  let floors;
  try {
    floors = ev.parseFloors(flags);
  } catch (err) {
    if (err instanceof ev.FloorError) throw new UsageError(err.message);
    throw err;
  }
  let result;
  try {
    result = await ev.evaluate({ gold: flags.gold!, paths, extensions, cwd: io.cwd, jobs });
  } catch (err) {
    if (err instanceof ev.GoldError) throw new UsageError(err.message);
    throw err;
  }
  let failures: string[];
  try {
    failures = ev.checkFloors(result, floors);
  } catch (err) {
    if (err instanceof ev.FloorError) throw new UsageError(err.message);
    throw err;
  }
  const misses = Boolean(flags.misses);
  const nothing = result.documents.length === 0;
  const width = terminalWidth(io);
  if (flags.printFloors) {
    if (!nothing) io.stdout.write(`${ev.floorsOf(result)}\n`);
  } else if (flags.format === "junit") {
    io.stdout.write(ev.renderEvalJunit(result, gateResults(result, flags, ev)));
  } else if (flags.format === "github") {
    if (!nothing) io.stdout.write(ev.renderEvalTable(result, { color: false, misses, width }));
    for (const f of failures)
      io.stdout.write(annotation("error", f, { title: `breach eval --gold ${flags.gold}` }));
  } else if (!nothing || flags.format === "json")
    io.stdout.write(
      flags.format === "json"
        ? ev.renderEvalJson(result, { misses })
        : ev.renderEvalTable(result, { color: useColor(io, flags.color), misses, width }),
    );

  let code: number = EXIT.OK;
  for (const e of result.errors) {
    printErrorLine(io, e.path, e.code, e.severity, e.message);
    code = EXIT.USAGE;
  }
  if (result.missing.length) {
    const hint = paths.length
      ? ""
      : ` (give the folder that holds them: breach eval --gold ${flags.gold} <folder>)`;
    io.stderr.write(
      `breach: eval: ${result.missing.length} gold document(s) not found: ${result.missing.slice(0, 5).join(", ")}${result.missing.length > 5 ? ", …" : ""}${hint}\n`,
    );
    code = EXIT.USAGE;
  }
  if (code !== EXIT.OK) return code;
  for (const f of failures) io.stderr.write(`breach: eval gate failed: ${f}\n`);
  return failures.length ? EXIT.CHECK_FAILED : EXIT.OK;
}

/** Each floor flag checked alone, for the JUnit report (one test case per floor). */
function gateResults(
  result: import("../eval/run.js").EvalResult,
  flags: EvalFlags,
  ev: typeof import("../eval/index.js"),
): import("../eval/render.js").GateResult[] {
  const one = (name: string, f: Partial<EvalFlags>) => ({
    name,
    failures: ev.checkFloors(result, ev.parseFloors(f)),
  });
  const specs = (list: string[] | undefined) =>
    (list ?? []).flatMap((s) => s.split(",")).filter((s) => s.trim());
  return [
    ...(flags.minF1 === undefined ? [] : [one(`--min-f1 ${flags.minF1}`, { minF1: flags.minF1 })]),
    ...specs(flags.minKindF1).map((s) => one(`--min-kind-f1 ${s}`, { minKindF1: [s] })),
    ...(flags.minFacts === undefined
      ? []
      : [one(`--min-facts ${flags.minFacts}`, { minFacts: flags.minFacts })]),
    ...specs(flags.minFact).map((s) => one(`--min-fact ${s}`, { minFact: [s] })),
    ...specs(flags.minAttr).map((s) => one(`--min-attr ${s}`, { minAttr: [s] })),
  ];
}
