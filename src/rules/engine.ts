// Run matchers over a document's sentences, then the refiners in order.
//
// Each sentence is read once for the matchers' triggers (triggers.ts); a matcher runs only on
// sentences where one of its triggers occurs. Drafts come out in sentence order, then in the
// matchers' order.
import type { Kind } from "../contract/index.js";
import type { Sentence, SourceDoc } from "../document/index.js";
import type { AnyDraft, Draft, Hit, Matcher, Refiner } from "./define.js";
import { execAll } from "./regex.js";
import { TriggerIndex } from "./triggers.js";

/** The trigger index of each list of matchers, built when the list is first run. */
const indexes = new WeakMap<readonly Matcher[], TriggerIndex>();

function indexOf(matchers: readonly Matcher[]): TriggerIndex {
  let index = indexes.get(matchers);
  if (!index) indexes.set(matchers, (index = new TriggerIndex(matchers.map((m) => m.triggers))));
  return index;
}

/** Whether one of the matcher's triggers occurs in the text (the engine's own test). */
export function isTriggered(matcher: Matcher, text: string): boolean {
  const out = new Uint8Array(1);
  indexOf([matcher]).find(text, out);
  return out[0] === 1;
}

/** What the matchers found in one sentence: each woken matcher's hits (null: run it again). */
type Found = { matcher: number; hits: Hit<Kind>[] | null }[];

/**
 * At most this many distinct sentences are remembered per document (then memory starts over):
 * enough for the boilerplate a scraped page repeats and for a dump that repeats its articles.
 * Few, because what is remembered lives long enough to reach V8's old generation: with 4,096, a
 * 20 MB dump of distinct sentences left 190 MB of it behind as garbage.
 */
const MEMO_SENTENCES = 256;

/**
 * Every raw match of the matchers in a document, in sentence order. `triggers: false` runs every
 * matcher on every sentence (to check that the triggers lose nothing); `memo: false` reads a
 * sentence again when the same text came earlier in the document (to check that remembering
 * it loses nothing: see Matcher.readsAround).
 */
export function runMatchers(
  matchers: readonly Matcher[],
  doc: SourceDoc,
  options: { triggers?: boolean; memo?: boolean } = {},
): AnyDraft[] {
  const index = indexOf(matchers);
  const drafts: AnyDraft[] = [];
  const woken = new Uint8Array(matchers.length);
  const found: RegExpExecArray[] = [];
  const memo = options.memo === false ? null : new Map<string, Found>();

  const hitsOf = (j: number, sentence: Sentence): Hit<Kind>[] => {
    const matcher = matchers[j]!;
    const hits: Hit<Kind>[] = [];
    found.length = 0;
    execAll(matcher.pattern, sentence.text, found);
    const ctx = { doc, sentence };
    for (const m of found) {
      const out = matcher.extract(m, ctx);
      if (out === null) continue;
      if (Array.isArray(out)) hits.push(...out);
      else hits.push({ value: out, start: m.index, end: m.index + m[0].length });
    }
    return hits;
  };

  const read = (sentence: Sentence): Found => {
    woken.fill(options.triggers === false ? 1 : 0);
    if (options.triggers !== false) index.find(sentence.text, woken);
    const out: Found = [];
    for (let j = 0; j < matchers.length; j++)
      if (woken[j])
        out.push({ matcher: j, hits: matchers[j]!.readsAround ? null : hitsOf(j, sentence) });
    return out;
  };

  doc.sentences.forEach((sentence, s) => {
    let seen = memo?.get(sentence.text);
    if (seen === undefined) {
      seen = read(sentence);
      if (memo) {
        if (memo.size >= MEMO_SENTENCES) memo.clear();
        memo.set(sentence.text, seen);
      }
    }
    for (const { matcher: j, hits: known } of seen) {
      const hits = known ?? hitsOf(j, sentence);
      const matcher = matchers[j]!;
      for (const hit of hits) {
        drafts.push({
          kind: matcher.kind,
          // A remembered hit's value is shared with the earlier draft: values are never
          // changed once made (claims/index.ts shareValues shares equal values the same way).
          value: hit.value,
          start: sentence.start + hit.start,
          end: sentence.start + hit.end,
          rule: matcher.id,
          sentence: s,
          modality: hit.modality ?? null,
          subject: undefined,
        } as Draft as AnyDraft);
      }
    }
  });
  return drafts;
}

export function runRefiners(
  refiners: readonly Refiner[],
  drafts: AnyDraft[],
  doc: SourceDoc,
): AnyDraft[] {
  return refiners.reduce((acc, refiner) => refiner.refine(acc, doc), drafts);
}
