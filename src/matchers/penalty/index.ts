// The penalty matchers, in the order they run.
import type { Matcher } from "../../rules/index.js";

export const penaltyMatchers: Matcher<"penalty">[] = [];
