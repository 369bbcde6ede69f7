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
/** The drafts of one sentence (or any drafts) that overlap no longer one, in `keep` order. */
function survivors(drafts: readonly AnyDraft[]): AnyDraft[] {
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
}

/**
 * Whether the drafts come sentence by sentence, every span of a sentence starting before every
 * span of the next (then each sentence can be settled on its own, see below).
 */
function inSentenceOrder(drafts: readonly AnyDraft[]): boolean {
  let prevMax = -Infinity;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (i > 0 && d.sentence !== drafts[i - 1]!.sentence) {
      if (d.sentence < drafts[i - 1]!.sentence || min <= prevMax) return false;
      prevMax = max;
      min = Infinity;
      max = -Infinity;
    }
    if (d.start < min) min = d.start;
    if (d.start > max) max = d.start;
  }
  return min > prevMax;
}

export default defineRefiner({
  id: "overlap",
  description: "Drop a claim whose span overlaps a longer claim of the same kind.",
  refine(drafts) {
    // The engine's drafts come sentence by sentence: each sentence is settled on its own (the
    // same survivors, in the same order, as over the whole list: drafts of different sentences
    // never clash, and a sentence's spans all come before the next one's), so a long document
    // never holds a sorting copy of all its drafts.
    if (!inSentenceOrder(drafts)) return survivors(drafts);
    const out: AnyDraft[] = [];
    let from = 0;
    for (let i = 1; i <= drafts.length; i++) {
      if (i < drafts.length && drafts[i]!.sentence === drafts[from]!.sentence) continue;
      if (i - from === 1) out.push(drafts[from]!);
      else for (const d of survivors(drafts.slice(from, i))) out.push(d);
      from = i;
    }
    return out;
  },
});
