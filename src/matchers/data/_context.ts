// Shared by the data matchers that read a phrase rather than a list: whether the sentence
// around it says the data was exposed (a verb of exposure, a participle, a word that opens
// what a breach held). Not a matcher itself (the registry skips `_` files).
import type { SourceDoc } from "../../document/index.js";
import {
  EXPOSED_PARTICIPLES,
  EXPOSURE_VERBS,
  HEALTH_RECORD_TERMS,
  INCLUSION_CUES,
} from "../../lexicon/data.js";
import type { Hit } from "../../rules/index.js";
import {
  termAlternation,
  clauseStart,
  isDenied,
  normalize,
  termAt,
  type TermMatch,
} from "./_terms.js";

/** Words of exposure besides the lexicon's verbs: "has gone missing", "stolen". */
const EXTRA = ["missing", "gone missing", "went missing", "at risk", "contained", "held"];

const EXPOSURE_CONTEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${termAlternation([
    ...EXPOSURE_VERBS,
    ...EXPOSED_PARTICIPLES,
    ...INCLUSION_CUES,
    ...EXTRA,
  ])})(?![\p{L}\p{N}])`,
  "iu",
);

/** Whether the sentence says something was exposed, held or handed on. */
export function saysExposed(sentence: string): boolean {
  return EXPOSURE_CONTEXT.test(sentence);
}

/** A negation earlier in the clause: "did not include dates of birth, …, or card numbers". */
const NEGATION = /(?<!\p{L})(?:not|no|never|neither|nor|without|n['’]t)(?!\p{L})/iu;

/** Whether a term is denied by its list's denial or by a negation earlier in its clause. */
function deniedAround(text: string, start: number, end: number): boolean {
  if (isDenied(text, start, end)) return true;
  return NEGATION.test(text.slice(Math.max(clauseStart(text, start), start - 200), start));
}

/**
 * Whether a phrase is denied: by the list denial rules, or by a negation a few words before it
 * in its clause ("did not contain any details about …").
 */
export function deniedPhrase(text: string, start: number, end: number): boolean {
  if (isDenied(text, start, end)) return true;
  return NEGATION.test(text.slice(Math.max(clauseStart(text, start), start - 50), start));
}

const WORD_START = /(?<![\p{L}\p{N}'’])[\p{L}\p{N}]/gu;

/** The strong data terms of a sentence, read word by word with the lexicon's lookup. */
function* strongTerms(text: string): Generator<TermMatch> {
  WORD_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_START.exec(text))) {
    const t = termAt(text, m.index);
    if (!t) continue;
    if (!t.weak) yield t;
    WORD_START.lastIndex = t.end;
  }
}

const denials = new WeakMap<SourceDoc, boolean>();
const RECORD_HEADS = new Set(HEALTH_RECORD_TERMS.map(normalize));

/**
 * Whether the document denies that health data was exposed ("no medical records were
 * obtained"): then records about patients are not read as health data (an inference the
 * text itself contradicts). Only a denial of the records as a whole counts: "did not include
 * diagnoses" leaves the rest of a patient's file.
 */
export function deniesHealth(doc: SourceDoc): boolean {
  const known = denials.get(doc);
  if (known !== undefined) return known;
  let denied = false;
  for (const s of doc.sentences) {
    if (!NEGATION.test(s.text)) continue;
    for (const t of strongTerms(s.text))
      if (RECORD_HEADS.has(t.head) && deniedAround(s.text, t.start, t.end)) denied = true;
    if (denied) break;
  }
  denials.set(doc, denied);
  return denied;
}

const specifics = new WeakMap<SourceDoc, boolean>();

/**
 * Whether the document names data of other categories as exposed ("the employee stole patient
 * Social Security numbers, names and birth dates"): then "the information of 4,810
 * patients" refers to that list, and is no evidence of health data of its own.
 */
export function namesOtherData(doc: SourceDoc): boolean {
  const known = specifics.get(doc);
  if (known !== undefined) return known;
  let named = false;
  for (const s of doc.sentences) {
    if (!saysExposed(s.text)) continue;
    for (const t of strongTerms(s.text))
      if (
        t.category !== "health" &&
        t.category !== "other" &&
        !deniedAround(s.text, t.start, t.end)
      )
        named = true;
    if (named) break;
  }
  specifics.set(doc, named);
  return named;
}

/** A health phrase matched at `m` as the claim it makes: exposed unless the clause denies it. */
export function healthHit(text: string, m: RegExpExecArray): Hit<"data">[] {
  const end = m.index + m[0].length;
  return [
    {
      value: { category: "health", exposed: !deniedPhrase(text, m.index, end) },
      start: m.index,
      end,
    },
  ];
}
