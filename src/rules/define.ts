// The shape of a rule: a matcher finds a surface pattern, a refiner adjusts what matchers found.
import type { Kind, Modality, ValueOf } from "../contract/index.js";
import type { Sentence, SourceDoc } from "../document/index.js";

/** What a matcher's extract sees besides the match. */
export interface MatchContext {
  doc: SourceDoc;
  sentence: Sentence;
}

/** A claim with its own span, offsets relative to the sentence text (like `m.index`). */
export interface Hit<K extends Kind> {
  value: ValueOf<K>;
  start: number;
  end: number;
  /** Set only when the matcher itself read it (a denial inside its own pattern). */
  modality?: Modality;
}

export interface ValidExample<K extends Kind> {
  text: string;
  /** The exact text of the claim; its first occurrence in `text` is its start. */
  match: string;
  /** What this matcher alone reads (refiners not run). */
  value: Partial<ValueOf<K>>;
  /**
   * What the refiners make of the claim, where that differs from `value` (an event, a bound, a
   * status decided from the rest of the sentence): checked in test/refiner-examples.test.ts.
   */
  refined?: Partial<ValueOf<K>>;
}

export interface Matcher<K extends Kind = Kind> {
  id: string;
  kind: K;
  description: string;
  /** Global regular expression run over each sentence. */
  pattern: RegExp;
  /**
   * When the matcher is worth running: the sentence must contain at least one of these.
   * An entry is a plain lower-case word (a whole word, case-insensitive; a trailing `*` makes it
   * a prefix: `breach*`) or a class starting with `:` — `:digit` (a word with a digit),
   * `:number-word` (a number or scale word: seven, dozen, million, lakh), `:currency` (a currency
   * sign, code or word), `:month` (a month name or abbreviation), `:weekday`, `:capital` (a word
   * starting with an upper-case letter). Every valid example must contain one (tested), and
   * the pattern must not be able to match a sentence without one (the engine skips those).
   * Lexicon lists give theirs with `prefixesOf` (triggers.ts).
   */
  triggers: readonly string[];
  /**
   * Value of the match (span = the whole match), or hits with their own spans,
   * or null to reject the match.
   */
  extract(m: RegExpExecArray, ctx: MatchContext): ValueOf<K> | Hit<K>[] | null;
  /**
   * True when extract reads the text around its sentence, by position (the words before the
   * sentence, the paragraph it sits in). Otherwise what it finds depends only on the sentence's
   * text and on what holds for the whole document (its date, a name it spells out somewhere),
   * and the engine answers a sentence it has already read in the same document from memory.
   */
  readsAround?: boolean;
  examples: { valid: ValidExample<K>[]; invalid: string[] };
}

export function defineMatcher<K extends Kind>(matcher: Matcher<K>): Matcher<K> {
  if (!matcher.pattern.global) throw new Error(`${matcher.id}: pattern must be global`);
  if (matcher.triggers.length === 0) throw new Error(`${matcher.id}: no triggers`);
  return matcher;
}

/** A claim on its way through the refiners: absolute offsets, no presentation fields yet. */
export interface Draft<K extends Kind = Kind> {
  kind: K;
  value: ValueOf<K>;
  start: number;
  end: number;
  rule: string;
  /** Index into doc.sentences. */
  sentence: number;
  modality: Modality | null;
  subject: string | null | undefined;
}

export type AnyDraft = { [K in Kind]: Draft<K> }[Kind];

export interface Refiner {
  id: string;
  description: string;
  refine(drafts: AnyDraft[], doc: SourceDoc): AnyDraft[];
}

export function defineRefiner(refiner: Refiner): Refiner {
  return refiner;
}
