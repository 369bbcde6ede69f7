// `breach schema`: the JSON Schema of the extract output, generated from the zod contract.
import type { Command } from "commander";
import type { CommandContext } from "./context.js";

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("schema")
    .description("print the JSON Schema of `extract --format json` output")
    .action(async () => {
      const { z } = await import("zod");
      const { reportSchema } = await import("../contract/index.js");
      const schema = z.toJSONSchema(reportSchema, { target: "draft-2020-12", io: "output" });
      ctx.io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
      ctx.setExit(0);
    });
}
