// The data matchers, in the order they run.
import type { Matcher } from "../../rules/index.js";

export const dataMatchers: Matcher<"data">[] = [];
