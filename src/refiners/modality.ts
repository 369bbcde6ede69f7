// How the source holds each claim, from cue words in the clause that governs it.
//
// A sentence is cut into clauses at hard boundaries (; : ( ) dashes, line breaks) and at
// commas that open a new clause ("which", "while", "with", "including", a long segment);
// commas inside a list ("names, email addresses, and phone numbers") do not cut it.
//   - suspected ("suspect", "believed to", "allegedly") and speculative ("could", "may",
//     "potentially") hold for every claim in their own clause;
//   - reported ("according to", "said", "reportedly") holds from the cue to the end of the
//     sentence, or for the whole sentence before a trailing ", the company said.";
//     the speaker itself ("Glagola said", "according to police") is not reported;
//   - negated needs a denial close before the claim in its clause ("denied that 5 million"),
//     or "were not accessed" right after it; "not found until May" is no denial.
// A matcher's own modality (a denial in its pattern) is kept. For `data`, a denial is
// `exposed: false` and never `negated`; for `actor`, only a suspect is `suspected`.
import type { Modality } from "../contract/index.js";
import {
  CLAUSE_STARTERS,
  NEGATED_CUES,
  NEGATION_RELEASES,
  REPORTED_CUES,
  SPECULATIVE_CUES,
  SUBORDINATORS,
  SUSPECTED_CUES,
  TRAILING_REPORT_VERBS,
  UNNOTICED_RELEASES,
} from "../lexicon/cues.js";
import type { SourceDoc } from "../document/index.js";
import { defineRefiner, forEachMatch, type AnyDraft } from "../rules/index.js";
import { escape } from "../lexicon/regex.js";

/** A span of a sentence's text, offsets relative to that text. */
export interface Span {
  start: number;
  end: number;
}

/** A global, case-insensitive regex that finds any of the words as whole words. */
export function wordsPattern(words: readonly string[]): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/['’]/g, "['’]").replace(/ /g, "\\s+"));
  return new RegExp(`(?<![\\w'’-])(?:${alternatives.join("|")})(?![\\w'’-])`, "gi");
}

/** Every match of a global regex in a text. */
export function matchesOf(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  forEachMatch(re, text, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length });
  });
  return out;
}

const HARD_BOUNDARY = /[;()[\]\u2014\u2013]|:(?=\s)|\s-\s/g;
const WORD = /[\w'’.-]+/g;
const STARTERS = new Set<string>(CLAUSE_STARTERS);
const LIST_WORDS_MAX = 4;

/** A clause opened by a relative word ("which began in May") ends at a comma before a verb. */
const RELATIVE_OPENER = /^\s*(?:which|who|that)\b/i;
const VERB = /^(?:has|have|had|was|were|is|are|will|would|could|may|might|did|does|\w+ed)$/i;
const wordsIn = (s: string) => s.match(WORD) ?? [];

/**
 * The clauses of a sentence, in order, covering it. A comma opens a new clause unless the
 * segment after it is a list item: short, or "and …" after list commas, and not opened by a
 * clause word ("which", "while", "including").
 */
export function clausesOf(text: string): Span[] {
  const cuts: { at: number; len: number; comma: boolean }[] = [];
  for (const m of matchesOf(HARD_BOUNDARY, text)) cuts.push({ at: m.start, len: 1, comma: false });
  for (let i = text.indexOf(","); i >= 0; i = text.indexOf(",", i + 1)) {
    if (/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue; // 1,406
    cuts.push({ at: i, len: 1, comma: true });
  }
  cuts.sort((a, b) => a.at - b.at);
  const segments: (Span & { comma: boolean })[] = [];
  let from = 0;
  let comma = false;
  for (const cut of cuts) {
    segments.push({ start: from, end: cut.at, comma });
    from = cut.at + cut.len;
    comma = cut.comma;
  }
  segments.push({ start: from, end: text.length, comma });

  const clauses: Span[] = [];
  let listRun = false;
  for (const seg of segments) {
    const words = wordsIn(text.slice(seg.start, seg.end));
    const first = (words[0] ?? "").toLowerCase();
    const last = clauses[clauses.length - 1];
    let joins = false;
    const closesRelative =
      !listRun &&
      last &&
      RELATIVE_OPENER.test(text.slice(last.start, last.end)) &&
      VERB.test(first);
    if (seg.comma && last && !STARTERS.has(first) && !closesRelative) {
      if (first === "and" || first === "or") joins = listRun || words.length <= LIST_WORDS_MAX + 1;
      else joins = words.length > 0 && words.length <= LIST_WORDS_MAX;
    }
    if (joins && last) {
      last.end = seg.end;
      listRun = true;
    } else {
      clauses.push({ start: seg.start, end: seg.end });
      listRun = false;
    }
  }
  return clauses;
}

/**
 * Each document's sentence clauses, by the sentence's text: a text said again shares the
 * clauses of its first saying (they depend on the text alone). At most CLAUSE_MEMO texts are
 * held (then it starts over): a dump of distinct sentences does not keep clauses for each.
 */
const clauseMemo = new WeakMap<SourceDoc, Map<string, Span[]>>();
const CLAUSE_MEMO = 4096;

/**
 * The clauses of a document's sentence, cut once for the text: this refiner and the subject
 * refiner both read them (neither changes them).
 */
export function sentenceClauses(doc: SourceDoc, index: number): Span[] {
  let memo = clauseMemo.get(doc);
  if (!memo) clauseMemo.set(doc, (memo = new Map()));
  const text = doc.sentences[index]!.text;
  let clauses = memo.get(text);
  if (!clauses) {
    clauses = clausesOf(text);
    if (memo.size >= CLAUSE_MEMO) memo.clear();
    memo.set(text, clauses);
  }
  return clauses;
}

export function clauseIndexAt(clauses: readonly Span[], pos: number): number {
  for (let i = 0; i < clauses.length; i++) if (pos < clauses[i]!.end) return i;
  return clauses.length - 1;
}

const REPORTED = wordsPattern(REPORTED_CUES);
const SUSPECTED = wordsPattern(SUSPECTED_CUES);
const SPECULATIVE = wordsPattern(SPECULATIVE_CUES);
const NEGATED = wordsPattern(NEGATED_CUES);
const RELEASE = wordsPattern(NEGATION_RELEASES);
const UNNOTICED = wordsPattern(UNNOTICED_RELEASES);
const TRAILING_REPORT = wordsPattern(TRAILING_REPORT_VERBS);
/** A passive before the verb ("…, and more files were found") is no speaker. */
const PASSIVE_AUX = /^(?:was|were|is|are|been|be|being)$/i;
/** What ends a sentence after a trailing attribution's verb. */
const SENTENCE_END = /^\s{0,2}[.!"'”’]{0,3}\s{0,2}$/;
const SUBORDINATE = wordsPattern(SUBORDINATORS);
/** A denial right after the claim: "5 million records were not accessed". */
const DENIED_AFTER =
  /^\s{0,3}(?:was|were|had|have|has)(?:\s+not|n['’]t)(?:\s+been)?\s+(?:affected|accessed|compromised|exposed|impacted|stolen|breached|fined|imposed|leaked|taken)\b/i;
/** A speech verb right before an actor makes it the speaker: "said spokesman John Reyes". */
const SPEECH_BEFORE = /\b(?:said|says|told|stated|according to)\s+$/i;
/**
 * When it was said, between the verb and its "that": "said on Thursday that …", "it was
 * reported in March 2021 that …". The text asserts the time of the statement; the statement
 * starts after "that".
 */
const TIME_OF_SAYING = /^\s(?:on|in|last|earlier|late|early|this|at)\s[^,.;]{0,40}?\bthat\b/i;
/**
 * Where and when it was said, ending the sentence: "…," the chief executive said at a press
 * briefing on Friday. Nothing after the verb is the statement.
 */
const SETTING_OF_SAYING =
  /^\s(?:on|in|at|during|last|earlier)\s(?:[a-z\d.'’-]+\s){0,5}[a-z\d'’-]+[.!?"'”’]{0,3}\s{0,2}$/i;
/** A verb in what follows the speech verb makes it the statement: "said on Monday 500 were hit". */
const AUXILIARY = /\b(?:was|were|is|are|had|has|have|been)\b/i;
/** How many words a trailing attribution has on either side of its verb. */
const TRAILING_WORDS = 4;
/** Adverbs hold for their own clause, in both directions. */
const ADVERB = /ly$/i;
/** How close before a claim a denial must be. */
const NEGATION_REACH = 30;

/** A cue the refiners should not read: the month "May", not the modal. */
function isFalseCue(text: string, cue: Span): boolean {
  const word = text.slice(cue.start, cue.end);
  return word === "May";
}

interface Scope {
  /** Claims starting in [start, end) are governed. */
  start: number;
  end: number;
}

/** Where one reported cue holds in a sentence. */
function reportedScopes(text: string, clauses: readonly Span[], cue: Span): Scope[] {
  const word = text.slice(cue.start, cue.end).toLowerCase();
  const ci = clauseIndexAt(clauses, cue.start);
  const clause = clauses[ci]!;
  if (ADVERB.test(word)) return [{ start: clause.start, end: clause.end }];
  if (word.startsWith("according")) {
    const comma = text.indexOf(",", cue.end);
    if (comma >= 0) return [{ start: comma + 1, end: text.length }];
    return [{ start: 0, end: clause.start }]; // "…, according to the company."
  }
  // "…, a spokesman said.", "…, the company told regulators."
  const rest = wordsIn(text.slice(cue.end));
  const comma = text.lastIndexOf(",", cue.start);
  if (rest.length <= TRAILING_WORDS && comma > 0) {
    const speaker = text.slice(comma + 1, cue.start);
    if (wordsIn(speaker).length <= TRAILING_WORDS && !matchesOf(NEGATED, speaker).length)
      return [{ start: 0, end: comma }];
  }
  const opensSubordinate = SUBORDINATE.test(
    text.slice(clause.start, Math.min(clause.end, clause.start + 12)),
  );
  SUBORDINATE.lastIndex = 0;
  const after = text.slice(cue.end);
  if (SETTING_OF_SAYING.test(after) && !AUXILIARY.test(after)) return [];
  const when = TIME_OF_SAYING.exec(text.slice(cue.end, cue.end + 60));
  const start = when ? cue.end + when[0].length : cue.end;
  return [{ start, end: opensSubordinate ? clause.end : text.length }];
}

/**
 * A trailing finding ("…, the investigation found."): a verb of finding at the end of the
 * sentence, a short speaker between it and the comma before; the sentence before the comma is
 * reported.
 */
function trailingFindings(text: string): Scope[] {
  return matchesOf(TRAILING_REPORT, text).flatMap((cue) => {
    if (!SENTENCE_END.test(text.slice(cue.end))) return [];
    const comma = text.lastIndexOf(",", cue.start);
    // "…, the audit found" (not "165,000 suspects was found").
    if (comma <= 0 || !/\s/.test(text[comma + 1] ?? "")) return [];
    const speaker = wordsIn(text.slice(comma + 1, cue.start));
    if (speaker.length === 0 || speaker.length > TRAILING_WORDS) return [];
    if (speaker.some((w) => PASSIVE_AUX.test(w))) return [];
    return [{ start: 0, end: comma }];
  });
}

function inScope(scopes: readonly Scope[], pos: number): boolean {
  return scopes.some((s) => pos >= s.start && pos < s.end);
}

interface SentenceCues {
  clauses: Span[];
  reported: Scope[];
  suspected: Span[];
  speculative: Span[];
  negated: Span[];
}

/**
 * Any cue word of the four lists. A sentence it finds nothing in has no cue of any list: one
 * scan rules out the four (most sentences with a claim have no cue at all).
 */
const ANY_CUE = wordsPattern([
  ...REPORTED_CUES,
  ...SUSPECTED_CUES,
  ...SPECULATIVE_CUES,
  ...NEGATED_CUES,
]);

function cuesOf(text: string, clauses: Span[] = clausesOf(text)): SentenceCues {
  ANY_CUE.lastIndex = 0;
  const any = ANY_CUE.test(text);
  ANY_CUE.lastIndex = 0;
  if (!any && !trailingFindings(text).length)
    return { clauses, reported: [], suspected: [], speculative: [], negated: [] };
  const keep = (cues: Span[]) => cues.filter((c) => !isFalseCue(text, c));
  return {
    clauses,
    reported: keep(matchesOf(REPORTED, text))
      .flatMap((c) => reportedScopes(text, clauses, c))
      .concat(trailingFindings(text)),
    suspected: keep(matchesOf(SUSPECTED, text)),
    speculative: keep(matchesOf(SPECULATIVE, text)),
    negated: keep(matchesOf(NEGATED, text)),
  };
}

/** Cues in the clause of [start, end) (or that the claim's span itself holds). */
/** A relative clause between a claim and a cue after it takes the cue for itself. */
const RELATIVE_BETWEEN = /\b(?:who|whom|whose|which|that|where|when)\b/i;

/**
 * Is a cue in the claim's clause, outside the claim's own words ("165,000 suspects" is no
 * suspicion), and not inside a relative clause that follows the claim ("2.8 million records
 * of firms who could then be contacted")?
 */
function inClause(
  text: string,
  cues: readonly Span[],
  clause: Span,
  start: number,
  end: number,
): boolean {
  return cues.some(
    (c) =>
      c.start >= clause.start &&
      c.end <= clause.end &&
      (c.end <= start || c.start >= end) &&
      !(c.start >= end && RELATIVE_BETWEEN.test(text.slice(end, c.start))) &&
      // "emails, phone numbers, and possibly addresses": the adverb hedges the later item
      !(
        c.start >= end &&
        text.slice(end, c.start).includes(",") &&
        ADVERB.test(text.slice(c.start, c.end))
      ),
  );
}

/**
 * The clause that holds a claim at `start`: its own, or, for a list that elaborates the clause
 * before it ("appears to include the data of thousands, including names and emails"), both.
 */
function holdingClause(text: string, cues: SentenceCues, start: number): Span {
  const index = clauseIndexAt(cues.clauses, start);
  const clause = cues.clauses[index]!;
  const previous = cues.clauses[index - 1];
  if (
    previous &&
    ELABORATION.test(text.slice(clause.start, start)) &&
    !RELATIVE_CLAUSE.test(text.slice(previous.start, previous.end))
  )
    return { start: previous.start, end: clause.end };
  return clause;
}

function isDenied(
  text: string,
  cues: SentenceCues,
  start: number,
  end: number,
  kind: AnyDraft["kind"],
): boolean {
  if (DENIED_AFTER.test(text.slice(end, end + 60))) return true;
  const clause = holdingClause(text, cues, start);
  return cues.negated.some((cue) => {
    if (cue.start < clause.start || cue.end > start || start - cue.end > NEGATION_REACH)
      return false;
    // "rejected and data containing 5.4M …": a new coordinate clause ends the denial.
    if (/\b(?:and|but|while)\b/i.test(text.slice(cue.end, start))) return false;
    const after = text.slice(cue.end, Math.min(clause.end, end + 40));
    // "did not detect the intrusion for five months": the span it went unseen.
    if (kind === "duration" && matchesOf(UNNOTICED, text.slice(cue.end, start)).length)
      return false;
    return !matchesOf(RELEASE, after).length;
  });
}

/** A clause that lists what the clause before it names: "…, including names and emails". */
const ELABORATION = /^[\s,—–-]*(?:including|such\s+as|among\s+them)\b/i;
/** A relative clause before the list ("the breach, which police suspect began in June, …")
 * hedges what it says of its noun, not the list. */
const RELATIVE_CLAUSE = /^[\s,—–-]*(?:which|who|that)\b/i;

/** The modality of a claim at [start, end) of a sentence (offsets relative to it). */
export function modalityIn(
  text: string,
  start: number,
  end: number,
  kind: AnyDraft["kind"],
  opts: { suspect?: boolean; potential?: boolean } = {},
  cues: SentenceCues = cuesOf(text),
): Modality {
  const clause = holdingClause(text, cues, start);
  const negatable = kind !== "data" && kind !== "actor";
  if (negatable && isDenied(text, cues, start, end, kind)) return "negated";
  const actor = kind === "actor";
  // "could face fines over the 2016 breach": a date naming a known thing is not hedged.
  const attributive =
    kind === "date" &&
    /\bthe\s+$/i.test(text.slice(0, start)) &&
    /^\s+[a-z]/i.test(text.slice(end));
  const hedgeable = !attributive && (!actor || opts.suspect);
  if (hedgeable && inClause(text, cues.suspected, clause, start, end)) return "suspected";
  if (hedgeable && !actor && inClause(text, cues.speculative, clause, start, end))
    return "speculative";
  if (opts.potential) return "speculative";
  // '"…," said congresswoman Kathy Castor': the speaker after its verb is not reported.
  const speaker = actor && SPEECH_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  if (!speaker && inScope(cues.reported, start)) return "reported";
  return "asserted";
}

export default defineRefiner({
  id: "modality",
  description:
    "Modality of every claim from the cue words of the clause that governs it (reported, suspected, speculative, negated).",
  refine(drafts, doc) {
    // Each draft is given its modality in place (the pipeline's drafts are its own): a long
    // document's drafts are not all copied once more.
    const cache = new Map<number, SentenceCues>();
    return drafts.map((d) => {
      if (d.modality) return d;
      const sentence = doc.sentences[d.sentence];
      if (!sentence) {
        d.modality = "asserted";
        return d;
      }
      let cues = cache.get(d.sentence);
      if (!cues) {
        cues = cuesOf(sentence.text, sentenceClauses(doc, d.sentence));
        cache.set(d.sentence, cues);
      }
      const opts = {
        suspect: d.kind === "actor" && d.value.involvement === "suspect",
        potential: d.kind === "penalty" && d.value.status === "potential",
      };
      const modality = modalityIn(
        sentence.text,
        d.start - sentence.start,
        d.end - sentence.start,
        d.kind,
        opts,
        cues,
      );
      d.modality = modality;
      return d;
    });
  },
});
