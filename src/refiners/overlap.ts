import { defineRefiner, type AnyDraft } from "../rules/index.js";

/**
 * Of two claims of one kind whose spans overlap, keep the longer (it read more of the
 * text); on a tie, the one from the earlier rule in the registry order (drafts arrive in it).
 * Exact duplicates (same kind, span and value) collapse into one.
 */
export default defineRefiner({
  id: "overlap",
  description: "Drop a claim whose span overlaps a longer claim of the same kind.",
  refine(drafts) {
    const kept: AnyDraft[] = [];
    const byLength = drafts
      .map((d, i) => ({ d, i }))
      .sort((a, b) => b.d.end - b.d.start - (a.d.end - a.d.start) || a.i - b.i);
    for (const { d } of byLength) {
      const clash = kept.some((k) => k.kind === d.kind && k.start < d.end && d.start < k.end);
      if (!clash) kept.push(d);
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end);
  },
});
