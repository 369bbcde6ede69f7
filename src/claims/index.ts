// Stage: claims. Refined drafts → contract claims with text, position and sentence, by offset.
import type { Claim } from "../contract/index.js";
import { collapse, positionOf, type SourceDoc } from "../document/index.js";
import type { AnyDraft } from "../rules/index.js";

function compareClaims(a: Claim, b: Claim): number {
  return a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

export function toClaims(drafts: readonly AnyDraft[], doc: SourceDoc): Claim[] {
  const sentenceText = new Map<number, string>();
  const claims = drafts.map((d) => {
    let sentence = sentenceText.get(d.sentence);
    if (sentence === undefined) {
      sentence = collapse(doc.sentences[d.sentence]?.text ?? "");
      sentenceText.set(d.sentence, sentence);
    }
    const { line, column } = positionOf(doc, d.start);
    return {
      kind: d.kind,
      value: d.value,
      text: doc.text.slice(d.start, d.end),
      start: d.start,
      end: d.end,
      line,
      column,
      sentence,
      subject: d.subject ?? null,
      modality: d.modality ?? "asserted",
      rule: d.rule,
    } as Claim;
  });
  return claims.sort(compareClaims);
}
