import { defineRefiner, type AnyDraft } from "../rules/index.js";

const nameKey = (s: string) => s.toLowerCase().replace(/[\s.'’-]+/g, "");

/**
 * Two actors may share text and both be right: "Tailspin's CEO, Dana Reyes" holds the
 * executive and the company. They coexist unless one's name is part of the other's
 * ("Protection Commission" inside "Data Privacy Protection Commission").
 */
function actorsCoexist(a: AnyDraft, b: AnyDraft): boolean {
  if (a.kind !== "actor" || b.kind !== "actor") return false;
  const ka = nameKey(a.value.name);
  const kb = nameKey(b.value.name);
  return !ka.includes(kb) && !kb.includes(ka);
}

/**
 * Of two claims of one kind whose spans overlap, keep the longer (it read more of the
 * text); on a tie, the one from the earlier rule in the registry order (drafts arrive in it).
 * Exact duplicates (same kind, span and value) collapse into one. Actors with unrelated
 * names both stay.
 */
export default defineRefiner({
  id: "overlap",
  description: "Drop a claim whose span overlaps a longer claim of the same kind.",
  refine(drafts) {
    const kept: AnyDraft[] = [];
    // Spans never cross a sentence: compare only within one sentence and kind, so a long
    // document costs what its sentences cost, not the square of its claims.
    const keptIn = new Map<string, AnyDraft[]>();
    const byLength = drafts
      .map((d, i) => ({ d, i }))
      .sort((a, b) => b.d.end - b.d.start - (a.d.end - a.d.start) || a.i - b.i);
    for (const { d } of byLength) {
      const key = `${d.sentence} ${d.kind}`;
      const group = keptIn.get(key) ?? [];
      const clash = group.some(
        (k) =>
          k.start < d.end &&
          d.start < k.end &&
          !(actorsCoexist(k, d) && (k.start !== d.start || k.end !== d.end)),
      );
      if (!clash) {
        kept.push(d);
        group.push(d);
        keptIn.set(key, group);
      }
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end);
  },
});
