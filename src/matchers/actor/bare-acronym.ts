// A government body named by its acronym alone: "the FTC said", "The SEC fined …", "notified
// the FBI", "HHS's Office for Civil Rights", "the ICO is examining the issue". Which acronyms
// are bodies, their involvement and country, are lexicon data (GOVERNMENT_ACRONYMS).
import {
  GOVERNMENT_ACRONYM_BODIES,
  GOVERNMENT_ACRONYMS,
  REGULATOR_CUES,
} from "../../lexicon/organizations.js";
import { defineMatcher, type Hit } from "../../rules/index.js";
import { actor, byLength, escape, namesDocumentKind } from "./_shared.js";
import { firstWord } from "../../rules/index.js";

/**
 * The acronym as its own word: not inside a bracket after the full name ("Federal Trade
 * Commission (FTC)", read by actor.acronym-body), a hyphenated compound ("HHS-OCR") or a
 * longer token ("FBI.gov").
 */
const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\d&.'’(/-])(?:${byLength(Object.keys(GOVERNMENT_ACRONYMS)).map(escape).join("|")})(?![\p{L}\d&/-]|\.[\p{L}\d])`,
  "gu",
);

/** "an SEC filing", "a HHS complaint": the acronym modifies the noun after it. */
const ARTICLE_BEFORE = /(?:^|\s)(?:an?|An?)\s$/u;
/** "FBI Director …", "ICO Assistant Commissioner", "HHS Office for Civil Rights": a longer name. */
const NAME_AFTER = /^\s(?:\p{Lu}|\d)/u;
/** What makes an ambiguous acronym ("ICO", "OCR", "SEC") the body: a regulator's verb. */
const REGULATOR_CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:${byLength([
    ...REGULATOR_CUES,
    "watchdog",
    "regulator",
    "complaint",
    "reported to",
    "notified",
  ])
    .map(escape)
    .join("|")})(?![\p{L}])`,
  "iu",
);

const fold = (s: string) => s.toLowerCase().replace(/['’]/g, "");

/**
 * A document's text folded, made once per document: folding it for every acronym found was
 * quadratic in a long document (a 6 MB one spent 11 s here).
 */
const foldedText = new WeakMap<object, string>();
function foldedDoc(doc: { text: string }): string {
  let folded = foldedText.get(doc);
  if (folded === undefined) {
    folded = fold(doc.text);
    foldedText.set(doc, folded);
  }
  return folded;
}

export default defineMatcher({
  id: "actor.bare-acronym",
  kind: "actor",
  description:
    "A government body by its acronym alone (FTC, FBI, ICO), the lexicon giving its involvement.",
  pattern: PATTERN,
  triggers: Object.keys(GOVERNMENT_ACRONYMS).map(firstWord),
  extract(m, { doc, sentence }) {
    const acronym = m[0];
    const text = sentence.text;
    const end = m.index + acronym.length;
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
    if (NAME_AFTER.test(text.slice(end, end + 2))) return null;
    if (namesDocumentKind(text.slice(end))) return null;
    const body = GOVERNMENT_ACRONYM_BODIES[acronym];
    const spelled = body !== undefined && foldedDoc(doc).includes(fold(body.fullName));
    if (body?.ambiguous && !spelled && !REGULATOR_CUE.test(text)) return null;
    const hit: Hit<"actor"> = {
      value: actor({
        name: acronym,
        aliases: spelled ? [body.fullName] : [],
        type: "government",
        affiliation: body?.country ?? null,
        involvement: GOVERNMENT_ACRONYMS[acronym] ?? "other",
      }),
      start: m.index,
      end,
    };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "The SEC fined the company $1 million for misleading investors about the breach.",
        match: "SEC",
        value: {
          name: "SEC",
          aliases: [],
          type: "government",
          affiliation: "United States",
          involvement: "regulator",
        },
      },
      {
        text: "Lenders sold the applications to third parties, the FTC said.",
        match: "FTC",
        value: { name: "FTC", involvement: "regulator", affiliation: "United States" },
      },
      {
        text: "The dental office alerted the FBI, which has opened an investigation.",
        match: "FBI",
        value: { name: "FBI", type: "government", involvement: "investigator" },
      },
      {
        text: "A copy of the report was sent to HHS's Office for Civil Rights.",
        match: "HHS",
        value: { name: "HHS", involvement: "regulator" },
      },
      {
        text: "Court files were left online and the ICO is looking into the matter.",
        match: "ICO",
        value: { name: "ICO", affiliation: "United Kingdom", involvement: "regulator" },
      },
      {
        text: "The hospital reported the theft to the Office for Civil Rights. OCR has not yet commented.",
        match: "OCR",
        value: { name: "OCR", aliases: ["Office for Civil Rights"], involvement: "regulator" },
      },
      {
        text: "Europol said the servers behind the marketplace were seized on Tuesday.",
        match: "Europol",
        value: { name: "Europol", affiliation: null, involvement: "investigator" },
      },
    ],
    invalid: [
      "The company disclosed the intrusion in a Friday SEC filing.",
      "The attackers copied 40 GB of files from the server.",
      "IBM said the breach was contained within hours.",
      "The Federal Trade Commission (FTC) fined the company $5 billion.",
      "FBI Director Christopher Wray said the bureau was investigating.",
      "The employee filed a HHS-OCR complaint about the access.",
      "The startup raised $20 million when the ICO closed last year.",
      "The scanner uses OCR to read the forms.",
      "The figures come from an SEC filing made on Friday.",
    ],
  },
});
