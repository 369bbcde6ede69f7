// `breach check`: not built yet (see the issue that adds it).
import type { Command } from "commander";
import type { CommandContext } from "./context.js";

export function register(_program: Command, _ctx: CommandContext): void {}
