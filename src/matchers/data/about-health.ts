// "confidential information regarding a tenant's mental health", "sensitive information
// relating to their health", "details about his health": records of a person's health.
import {
  ABOUT_WORDS,
  HEALTH_ASPECTS,
  NOT_HEALTH_AFTER,
  RECORD_NOUNS,
  RECORD_QUALIFIERS,
} from "../../lexicon/data.js";
import { defineMatcher } from "../../rules/index.js";
import { healthHit, saysExposed } from "./_context.js";
import { termAlternation } from "./_terms.js";

/** Whose health, in up to three words: "a client's", "their", "the patient's". */
const WHOSE = String.raw`(?:[\w'’.-]{1,30}\s{1,3}){0,3}?`;

/**
 * "health" in lower case (a capitalised "Health" is in a name: "Department of Health"), not
 * followed by a noun that makes it a service ("health insurance", "health care").
 */
const PATTERN = new RegExp(
  String.raw`\b(?:(?:${termAlternation(RECORD_QUALIFIERS)})\s{1,3})?(?:${termAlternation([...RECORD_NOUNS, "notes", "documents", "papers"])})\s{1,3}(?:${termAlternation(ABOUT_WORDS)})\s{1,3}${WHOSE}(?:(?:${termAlternation(HEALTH_ASPECTS)})\s{1,3})?health(?![\p{L}\p{N}-])(?!\s{1,3}(?:${termAlternation(NOT_HEALTH_AFTER)})(?![\p{L}\p{N}]))`,
  "gu",
);

export default defineMatcher({
  id: "data.about-health",
  kind: "data",
  description:
    "Records about a person's health (\"information regarding a client's mental health\") that were exposed.",
  pattern: PATTERN,
  triggers: ["health"],
  extract(m, { sentence }) {
    const text = sentence.text;
    if (!saysExposed(text)) return null;
    return healthHit(text, m);
  },
  examples: {
    valid: [
      {
        text: "A housing trust said sorry after it posted confidential information regarding a tenant's mental health to a neighbour.",
        match: "confidential information regarding a tenant's mental health",
        value: { category: "health", exposed: true },
      },
      {
        text: "The folders set out each resident's support plan and held sensitive information relating to their health.",
        match: "sensitive information relating to their health",
        value: { category: "health", exposed: true },
      },
      {
        text: "The stolen notebook held notes about the pupils' physical health and family circumstances.",
        match: "notes about the pupils' physical health",
        value: { category: "health", exposed: true },
      },
      {
        text: "The leaflets did not contain any specific information about the reader's mental health.",
        match: "information about the reader's mental health",
        value: { category: "health", exposed: false },
      },
    ],
    invalid: [
      "The leaflet included information about health insurance options.",
      "The breach exposed records of the Department of Health.",
      "The council published information about mental health services in the area.",
      "Staff were given information on health and safety.",
    ],
  },
});
