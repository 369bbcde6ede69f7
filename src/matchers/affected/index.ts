// The affected matchers, in the order they run.
import type { Matcher } from "../../rules/index.js";

export const affectedMatchers: Matcher<"affected">[] = [];
