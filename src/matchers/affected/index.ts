// The affected matchers, in the order they run.
import type { Matcher } from "../../rules/index.js";
import brandOfNoun from "./brand-of-noun.js";
import countOnes from "./count-ones.js";
import exposedItems from "./exposed-items.js";
import incidentTally from "./incident-tally.js";
import labelCount from "./label-count.js";
import lettersSent from "./letters-sent.js";
import nounTotal from "./noun-total.js";
import numberNoun from "./number-noun.js";
import parentheticalCount from "./parenthetical-count.js";
import partitive from "./partitive.js";
import questionCount from "./question-count.js";
import singlePerson from "./single-person.js";
import totalAt from "./total-at.js";
import verbCount from "./verb-count.js";
import wordNumberNoun from "./word-number-noun.js";

export const affectedMatchers: Matcher<"affected">[] = [
  partitive,
  numberNoun,
  parentheticalCount,
  wordNumberNoun,
  verbCount,
  labelCount,
  totalAt,
  exposedItems,
  questionCount,
  nounTotal,
  brandOfNoun,
  lettersSent,
  singlePerson,
  countOnes,
  incidentTally,
];
