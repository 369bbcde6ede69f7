// "24,318 patients could have had their records exposed", "patients had their
// records accessed": patients' records are health data, as "patient information" is.
import {
  EXPOSED_PARTICIPLES,
  MEDICAL_QUALIFIERS,
  PATIENT_NOUNS,
  RECORD_NOUNS,
  RECORD_QUALIFIERS,
} from "../../lexicon/data.js";
import { defineMatcher } from "../../rules/index.js";
import { deniesHealth, namesOtherData } from "./_context.js";
import { termAlternation } from "./_terms.js";

const HEDGE = String.raw`(?:(?:may|might|could|would|also|all|reportedly|potentially|possibly)\s{1,3}){0,3}(?:have\s{1,3})?`;

const PATTERN = new RegExp(
  String.raw`\b(?:${termAlternation(PATIENT_NOUNS)})\s{1,3}(?:who\s{1,3})?${HEDGE}had\s{1,3}their\s{1,3}(?:(?:(${termAlternation(MEDICAL_QUALIFIERS)})|${termAlternation(RECORD_QUALIFIERS)})\s{1,3})?(?:${termAlternation(RECORD_NOUNS)})\s{1,3}(?:(?:inadvertently|mistakenly|improperly|inappropriately)\s{1,3})?(?:${termAlternation(EXPOSED_PARTICIPLES)})(?![\p{L}\p{N}])`,
  "giu",
);

const MEDICAL = 1;

export default defineMatcher({
  id: "data.patients-had",
  kind: "data",
  description:
    'Patients who "had their information compromised" (exposed, accessed, stolen): health data.',
  pattern: PATTERN,
  triggers: ["patients"],
  extract(m, { doc }) {
    if (deniesHealth(doc)) return null;
    // Records that are only "personal" need a text that says nothing more specific.
    if (!m[MEDICAL] && namesOtherData(doc)) return null;
    return { category: "health", exposed: true };
  },
  examples: {
    valid: [
      {
        text: "The clinic said 24,318 patients could have had their records exposed.",
        match: "patients could have had their records exposed",
        value: { category: "health", exposed: true },
      },
      {
        text: "Some 1,200 patients had their medical records accessed by a former nurse.",
        match: "patients had their medical records accessed",
        value: { category: "health", exposed: true },
      },
    ],
    invalid: [
      "Customers may have had their information compromised.",
      "Patients had their appointments moved to the new clinic.",
      "Patients had their information updated at the front desk.",
      "Some patients had their information accessed, but no medical records were viewed.",
      "Patients had their information stolen: names, addresses and Social Security numbers were taken.",
    ],
  },
});
