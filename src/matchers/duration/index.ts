// The duration matchers, in the order they run.
import type { Matcher } from "../../rules/index.js";
import forSpan from "./for-span.js";
import lasting from "./lasting.js";
import longAdjective from "./long-adjective.js";
import periodOf from "./period-of.js";
import took from "./took.js";

export const durationMatchers: Matcher<"duration">[] = [
  forSpan,
  periodOf,
  longAdjective,
  lasting,
  took,
];
