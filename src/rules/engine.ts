// Run matchers over a document's sentences, then the refiners in order.
//
// Each sentence is read once for the matchers' triggers (triggers.ts); a matcher runs only on
// sentences where one of its triggers occurs. Drafts come out in sentence order, then in the
// matchers' order.
import type { Kind } from "../contract/index.js";
import type { SourceDoc } from "../document/index.js";
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

/**
 * Every raw match of the matchers in a document, in sentence order. `triggers: false` runs every
 * matcher on every sentence (to check that the triggers lose nothing).
 */
export function runMatchers(
  matchers: readonly Matcher[],
  doc: SourceDoc,
  options: { triggers?: boolean } = {},
): AnyDraft[] {
  const index = indexOf(matchers);
  const drafts: AnyDraft[] = [];
  const woken = new Uint8Array(matchers.length);
  const found: RegExpExecArray[] = [];
  doc.sentences.forEach((sentence, s) => {
    const text = sentence.text;
    woken.fill(options.triggers === false ? 1 : 0);
    if (options.triggers !== false) index.find(text, woken);
    for (let j = 0; j < matchers.length; j++) {
      if (!woken[j]) continue;
      const matcher = matchers[j]!;
      found.length = 0;
      execAll(matcher.pattern, text, found);
      const ctx = { doc, sentence };
      for (const m of found) {
        const out = matcher.extract(m, ctx);
        if (out === null) continue;
        const hits: Hit<Kind>[] = Array.isArray(out)
          ? out
          : [{ value: out, start: m.index, end: m.index + m[0].length }];
        for (const hit of hits) {
          drafts.push({
            kind: matcher.kind,
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
