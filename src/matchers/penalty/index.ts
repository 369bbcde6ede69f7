// The penalty matchers, in the order they run.
import type { Matcher } from "../../rules/index.js";
import amountCue from "./amount-cue.js";
import cueAmount from "./cue-amount.js";
import listed from "./listed.js";

export const penaltyMatchers: Matcher<"penalty">[] = [cueAmount, amountCue, listed];
