// `breach rules`: every matcher and refiner, with id, kind and description.
import { Option, type Command } from "commander";
import { KINDS } from "../contract/index.js";
import { terminalWidth, UsageError, useColor, type CommandContext } from "./context.js";

export interface RulesFlags {
  format?: "table" | "json";
  kind?: string;
  color?: boolean;
}

export interface RuleRow {
  id: string;
  /** `matcher` finds a surface pattern; `refiner` adjusts what matchers found. */
  type: "matcher" | "refiner";
  /** The claim kind a matcher produces; null for a refiner, which runs over every kind. */
  kind: string | null;
  description: string;
  /** How many valid and invalid examples the matcher carries (0 for refiners). */
  examples: { valid: number; invalid: number };
}

const HELP = `
Matchers are listed in the order they run (by kind), then the refiners in their
order (overlap, event, bound, status, modality, subject). Each claim names the matcher that
found it in its "rule" field.

Examples:
  breach rules
  breach rules --kind affected
  breach rules --format json | jq -r '.[] | select(.type == "matcher") | .id'`;

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("rules")
    .description("list every rule (matchers and refiners) with its id, kind and description")
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["table", "json"])
        .default("table"),
    )
    .option("-k, --kind <kind>", `only the matchers of one kind (${KINDS.join(", ")})`)
    .option("--no-color", "no colour, whatever the terminal")
    .addHelpText("after", HELP)
    .action(async (flags: RulesFlags) => {
      ctx.setExit(await runRules(flags, ctx));
    });
}

export async function listRules(): Promise<RuleRow[]> {
  const { matchers } = await import("../matchers/index.js");
  const { refiners } = await import("../refiners/index.js");
  return [
    ...matchers.map((m) => ({
      id: m.id,
      type: "matcher" as const,
      kind: m.kind,
      description: m.description,
      examples: { valid: m.examples.valid.length, invalid: m.examples.invalid.length },
    })),
    ...refiners.map((r) => ({
      id: r.id,
      type: "refiner" as const,
      kind: null,
      description: r.description,
      examples: { valid: 0, invalid: 0 },
    })),
  ];
}

export async function runRules(flags: RulesFlags, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  if (flags.kind !== undefined && !(KINDS as readonly string[]).includes(flags.kind))
    throw new UsageError(`--kind ${flags.kind}: one of ${KINDS.join(", ")}`);
  let rows = await listRules();
  if (flags.kind) rows = rows.filter((r) => r.kind === flags.kind);
  if (flags.format === "json") {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const { Chalk } = await import("chalk");
  const { default: Table } = await import("cli-table3");
  const color = useColor(io, flags.color);
  const c = new Chalk({ level: color ? 1 : 0 });
  const width = Math.max(60, terminalWidth(io));
  const idWidth = Math.min(36, Math.max(12, ...rows.map((r) => r.id.length + 2)));
  const table = new Table({
    head: ["id", "kind", "examples", "description"],
    style: { head: color ? ["bold"] : [], border: color ? ["grey"] : [], compact: true },
    colWidths: [idWidth, 10, 10, Math.max(20, width - idWidth - 10 - 10 - 5)],
    wordWrap: true,
  });
  for (const r of rows)
    table.push([
      r.id,
      r.kind ?? c.dim("refiner"),
      r.type === "matcher" ? `${r.examples.valid}+${r.examples.invalid}` : "",
      r.description,
    ]);
  const matchers = rows.filter((r) => r.type === "matcher").length;
  io.stdout.write(
    `${table.toString()}\n${c.dim(`${matchers} matchers, ${rows.length - matchers} refiners; examples: valid+invalid`)}\n`,
  );
  return 0;
}
