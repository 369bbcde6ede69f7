// Run matchers over a document's sentences, then the refiners in order.
import type { Kind } from "../contract/index.js";
import type { SourceDoc } from "../document/index.js";
import type { AnyDraft, Draft, Hit, Matcher, Refiner } from "./define.js";

function isHits<K extends Kind>(x: unknown): x is Hit<K>[] {
  return Array.isArray(x);
}

/** Every raw match of the matchers in a document, in sentence order. */
export function runMatchers(matchers: readonly Matcher[], doc: SourceDoc): AnyDraft[] {
  const drafts: AnyDraft[] = [];
  doc.sentences.forEach((sentence, index) => {
    const ctx = { doc, sentence };
    for (const matcher of matchers) {
      const re = matcher.pattern;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sentence.text))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const out = matcher.extract(m, ctx);
        if (out === null) continue;
        const hits = isHits(out)
          ? out
          : [{ value: out, start: m.index, end: m.index + m[0].length }];
        for (const hit of hits) {
          drafts.push({
            kind: matcher.kind,
            value: hit.value,
            start: sentence.start + hit.start,
            end: sentence.start + hit.end,
            rule: matcher.id,
            sentence: index,
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
