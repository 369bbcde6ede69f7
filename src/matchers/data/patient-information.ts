// "the personal information of about 11,000 patients went missing", "a spreadsheet holding
// information on 4,512 patients", "exposing private information of up to 1,850 patients":
// records about patients are health data, as "patient information" is.
import {
  MEDICAL_QUALIFIERS,
  PATIENT_NOUNS,
  RECORD_NOUNS,
  RECORD_QUALIFIERS,
} from "../../lexicon/data.js";
import { defineMatcher } from "../../rules/index.js";
import { healthHit, deniesHealth, namesOtherData, saysExposed } from "./_context.js";
import { termAlternation } from "./_terms.js";

/** How the records join the patients: "of", "on", "about", "for", "belonging to". */
const JOIN = termAlternation(["of", "on", "about", "for", "from", "regarding", "belonging to"]);
/** A count and its hedge before the patients: "about 16,000", "up to 2,600", "more than 6,000". */
const COUNT = String.raw`(?:(?:up\s{1,3}to|more\s{1,3}than|over|about|approximately|around|nearly|almost|some|roughly|at\s{1,3}least|an\s{1,3}estimated)\s{1,3})?\d[\d,.]{0,12}(?:\s{1,3}(?:million|thousand))?\s{1,3}`;
/** Up to three words describing the patients ("current and former", "its", "clinic"). */
const DESCRIBED = String.raw`(?:(?!(?:how|to|what|when|why|whether|which|who)\b)[\w'’.-]{1,30}\s{1,3}){0,3}?`;

const PATTERN = new RegExp(
  String.raw`\b(?:(?:(${termAlternation(MEDICAL_QUALIFIERS)})|${termAlternation(RECORD_QUALIFIERS)})\s{1,3})?(?:${termAlternation(RECORD_NOUNS)})\s{1,3}(?:${JOIN})\s{1,3}(?:(?:the|its|their|all)\s{1,3})?(?:${COUNT})?${DESCRIBED}(?:${termAlternation(PATIENT_NOUNS)})(?![\p{L}\p{N}'’])`,
  "giu",
);

const MEDICAL = 1;

export default defineMatcher({
  id: "data.patient-information",
  kind: "data",
  description:
    'Records about patients ("the information of 16,000 patients") where the sentence says they were exposed.',
  pattern: PATTERN,
  triggers: ["information", "details", "records", "files", "data", "info", "pii"],
  extract(m, { doc, sentence }) {
    const text = sentence.text;
    if (!saysExposed(text) || deniesHealth(doc)) return null;
    // Records that are only "personal" need a text that says nothing more specific.
    if (!m[MEDICAL] && namesOtherData(doc)) return null;
    return healthHit(text, m);
  },
  examples: {
    valid: [
      {
        text: "The personal information of about 11,000 patients of a blood-testing firm went missing.",
        match: "personal information of about 11,000 patients",
        value: { category: "health", exposed: true },
      },
      {
        text: "Intruders got into the server in July, possibly exposing private information of up to 1,850 patients.",
        match: "private information of up to 1,850 patients",
        value: { category: "health", exposed: true },
      },
      {
        text: "A clerk emailed a spreadsheet holding information on 4,512 patients to two outside recruiters.",
        match: "information on 4,512 patients",
        value: { category: "health", exposed: true },
      },
      {
        text: "A misconfigured database left data for 2.3 million patients publicly available.",
        match: "data for 2.3 million patients",
        value: { category: "health", exposed: true },
      },
      {
        text: "Investigators said the thieves did not access records of current and former patients.",
        match: "records of current and former patients",
        value: { category: "health", exposed: false },
      },
      {
        text: "A clerk mailed information on 640 patients to job applicants. The file did not include diagnoses.",
        match: "information on 640 patients",
        value: { category: "health", exposed: true },
      },
      {
        text: "Two clerks stole PII for dozens of clinic patients and sold it.",
        match: "PII for dozens of clinic patients",
        value: { category: "health", exposed: true },
      },
      {
        text: "Patient names were taken, and surgical information for more than 850 patients could have been exposed.",
        match: "surgical information for more than 850 patients",
        value: { category: "health", exposed: true },
      },
    ],
    invalid: [
      "The employee stole patient names and Social Security numbers, compromising the information of 5,372 patients.",
      "The clinic offers information for patients on its website.",
      "The hospital published information on how patients can request their records.",
      "The personal information of 4,000 customers was exposed.",
      "Staff shared data on patients' waiting times at the board meeting.",
      "The incident exposed the personal information of a few patients. No medical records were taken.",
    ],
  },
});
