// A count under a label, as breach trackers and notices print it:
// "Total Records: 7000+", "Individuals Affected: 1,234". ("How many victims? 43,600" is cut in
// two by the sentence splitter, so it is not attempted.)
import { NUMBER_SOURCE, parseNumber } from "../../lexicon/numbers.js";
import { unitOf } from "../../lexicon/units.js";
import { defineMatcher } from "../../rules/index.js";

const LABEL = String.raw`(?:(?:total\s+)?(?:number\s+of\s+)?(records|individuals|people|patients|persons|users|accounts|customers|victims)(?:\s+(?:affected|impacted|exposed|breached))?|(?:affected|impacted)\s+(records|individuals|people|patients|persons|users|accounts|customers))`;

const PATTERN = new RegExp(
  String.raw`\b${LABEL}\s*[:=]\s*(${NUMBER_SOURCE})(\+)?(?![\d,.]?\d)`,
  "gi",
);
const NOUN_GROUPS = [1, 2];
const NUMBER = 3;
const PLUS = 4;

export default defineMatcher({
  id: "affected.label-count",
  kind: "affected",
  description: "A count after a label such as 'Total Records:', 'Individuals Affected:'.",
  pattern: PATTERN,
  triggers: [":digit"],
  extract(m) {
    const count = parseNumber(m[NUMBER]!);
    if (count === null || !Number.isInteger(count) || count <= 0) return null;
    const noun = NOUN_GROUPS.map((g) => m[g]).find(Boolean)!;
    const unit = noun.toLowerCase() === "victims" ? "people" : (unitOf(noun) ?? "other");
    return { count, bound: m[PLUS] ? "at_least" : "exact", unit };
  },
  examples: {
    valid: [
      {
        text: "Location: OR Total Records: 7000+ Status: Unknown",
        match: "Total Records: 7000+",
        value: { count: 7000, bound: "at_least", unit: "records" },
      },
      {
        text: "Covered entity: Example Health. Individuals Affected: 12,345. Type: Hacking",
        match: "Individuals Affected: 12,345",
        value: { count: 12_345, bound: "exact", unit: "people" },
      },
    ],
    invalid: [
      "records 5000 times",
      "The company has 5,000 customers",
      "How many victims were there? Nobody knows.",
      "Users 2 and 3 were fine",
    ],
  },
});
