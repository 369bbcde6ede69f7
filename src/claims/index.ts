// Stage: claims. Refined drafts → contract claims with text, position and sentence, by offset.
//
// A document of many claims holds them compactly: one claim object each, and everything a claim
// points at shared where an equal one is already held (the same text, sentence or value said
// again: a dump of repeated sentences then costs a claim object per claim, not a copy of its
// strings and value each time). Sharing is invisible in the output (equal values write equal
// JSON) and safe because no stage after this one changes a claim or its value.
import type { Claim } from "../contract/index.js";
import { collapse, type SourceDoc } from "../document/index.js";
import type { AnyDraft } from "../rules/index.js";

function compareClaims(a: Claim, b: Claim): number {
  return a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

/** Whether two JSON-like values write the same JSON (same keys in the same order, same leaves). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  if (
    Object.getPrototypeOf(a) !== Object.prototype ||
    Object.getPrototypeOf(b) !== Object.prototype
  )
    return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i]) return false;
    if (!sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false;
  }
  return true;
}

/**
 * A string equal to `s` that does not hold the string it was cut from. V8 makes a slice of a
 * long string a view of it: the claims' texts and sentences, as slices, would keep the whole
 * decoded file alive as long as the claims (40 MB for a 20 MB file of two-byte text). Copied,
 * the distinct strings cost at most what the text did, and the text is let go with the document.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/**
 * A JSON-like value with every string in it detached (see `detached`), changed in place: the
 * values are the pipeline's own (a frozen one is left as it is).
 */
export function detachStrings<V>(value: V): V {
  if (typeof value === "string") return detached(value) as V;
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  const o = value as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === "string") {
      if (v.length >= 13) o[k] = detached(v);
    } else if (typeof v === "object" && v !== null) detachStrings(v);
  }
  return value;
}

/** Distinct values kept per text for sharing; a text with more is rare (past it, no sharing). */
const VALUES_PER_TEXT = 8;

/** Strings and values of one document's claims, each equal one held once. */
class Shared {
  private readonly strings = new Map<string, string>();
  private readonly values = new Map<string, unknown[]>();

  /** An equal string already held, else a copy of this one cut loose from the document text. */
  string(s: string): string {
    const held = this.strings.get(s);
    if (held !== undefined) return held;
    const own = detached(s);
    this.strings.set(own, own);
    return own;
  }

  /** An equal value already given for a claim of this text, else this one. */
  value<V>(text: string, value: V): V {
    const seen = this.values.get(text);
    if (!seen) {
      this.values.set(text, [detachStrings(value)]);
      return value;
    }
    for (const v of seen) if (sameJson(v, value)) return v as V;
    if (seen.length < VALUES_PER_TEXT) seen.push(value);
    return detachStrings(value);
  }
}

/** 1-based line and column of an offset (document/locate.ts's locate, without an object per call). */
function lineIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The matchers' drafts with equal values sharing one value object (drafts of the same text
 * first), in place: what the refiners carry through their stages is then a draft object each,
 * not a draft and a value. The refiners never change a value (they make a new one).
 */
export function shareValues(drafts: AnyDraft[], doc: SourceDoc): AnyDraft[] {
  const shared = new Shared();
  for (const d of drafts) d.value = shared.value(doc.text.slice(d.start, d.end), d.value);
  return drafts;
}

/**
 * Drafts → claims, in place: each draft's slot is given its claim as it is made (the draft is
 * then no longer held by the array), and the array, sorted, is the claims. For a caller done
 * with the drafts (the pipeline): a large document never holds all its drafts and all its
 * claims at once.
 */
export function takeClaims(drafts: AnyDraft[], doc: SourceDoc): Claim[] {
  const out = drafts as unknown as Claim[];
  const shared = new Shared();
  const sentenceText = new Map<number, string>();
  const starts = doc.lineStarts;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    let sentence = sentenceText.get(d.sentence);
    if (sentence === undefined) {
      sentence = shared.string(collapse(doc.sentences[d.sentence]?.text ?? ""));
      sentenceText.set(d.sentence, sentence);
    }
    const text = shared.string(doc.text.slice(d.start, d.end));
    const line = lineIndex(starts, d.start);
    out[i] = {
      kind: d.kind,
      value: shared.value(text, d.value),
      text,
      start: d.start,
      end: d.end,
      line: line + 1,
      column: d.start - starts[line]! + 1,
      sentence,
      subject: typeof d.subject === "string" ? shared.string(d.subject) : null,
      modality: d.modality ?? "asserted",
      rule: d.rule,
    } as Claim;
  }
  return out.sort(compareClaims);
}

/** Drafts → claims, the drafts left as they are. */
export function toClaims(drafts: readonly AnyDraft[], doc: SourceDoc): Claim[] {
  return takeClaims([...drafts], doc);
}
