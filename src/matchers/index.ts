// The ordered registry of every matcher (chrono's configuration.ts).
import type { Matcher } from "../rules/index.js";
import { actorMatchers } from "./actor/index.js";
import { affectedMatchers } from "./affected/index.js";
import { dataMatchers } from "./data/index.js";
import { dateMatchers } from "./date/index.js";
import { durationMatchers } from "./duration/index.js";
import { penaltyMatchers } from "./penalty/index.js";

export const matchers: readonly Matcher[] = [
  ...affectedMatchers,
  ...penaltyMatchers,
  ...dateMatchers,
  ...durationMatchers,
  ...actorMatchers,
  ...dataMatchers,
] as Matcher[];
