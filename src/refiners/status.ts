// What a penalty's own words cannot say about its status (the matchers read those words):
//   - a settlement the text says still awaits approval ("the proposed settlement", "subject to
//     approval by a federal court", "If approved, the deal …") is `proposed` wherever its
//     amounts are named, even in a sentence that says only "agreed to pay $80 million";
//   - a later amount of a list takes the status of the amount before it in the same sentence
//     ("intends to fine the hotel group $10 million and the airline $20 million": both
//     proposed), when only a short coordination stands between them.
import type { SourceDoc } from "../document/index.js";
import { defineRefiner, type AnyDraft, type Draft } from "../rules/index.js";

/** A settlement still awaiting approval, anywhere in the document. */
const PENDING =
  /\b(?:proposed\s+settlements?|settlement\s+proposals?|subject\s+to\s+(?:[\w-]+\s+){0,3}approval|if\s+(?:it\s+is\s+)?approved|pending\s+(?:[\w-]+\s+){0,2}approval|awaits?\s+(?:[\w-]+\s+){0,2}approval|yet\s+to\s+be\s+(?:approved|finali[sz]ed))\b/i;
/** Words that make an amount part of a settlement rather than a fine imposed. */
const SETTLEMENT =
  /\b(?:settle(?:s|d|ment|ments)?|agree(?:s|d)?\s+to\s+pay|agreement\s+to\s+pay|will\s+pay|restitution)\b/i;
/** What may stand between two amounts of one list: "and", a comma, a few words. */
const COORDINATION = /^[^.;:!?]{0,80}$/;
const COORDINATOR = /,|\band\b/i;
/** Statuses a later amount of a list inherits (imposed is what it has anyway). */
const INHERITED = new Set(["proposed", "potential", "cumulative"]);

type PenaltyDraft = Draft<"penalty">;

export default defineRefiner({
  id: "status",
  description: "Settle a penalty's status from the document (a pending settlement) and its list.",
  refine(drafts: AnyDraft[], doc: SourceDoc) {
    if (!drafts.some((d) => d.kind === "penalty")) return drafts;
    const pending = PENDING.test(doc.text);
    const out = drafts.map((d): AnyDraft => {
      if (d.kind !== "penalty" || !pending || d.value.status !== "imposed") return d;
      const sentence = doc.sentences[d.sentence];
      if (!sentence) return d;
      const around = doc.text.slice(sentence.start, Math.min(sentence.end, d.end + 40));
      return SETTLEMENT.test(around) ? { ...d, value: { ...d.value, status: "proposed" } } : d;
    });
    let previous: PenaltyDraft | null = null;
    return out.map((d): AnyDraft => {
      if (d.kind !== "penalty") return d;
      const prev = previous;
      previous = d;
      if (!prev || prev.sentence !== d.sentence || d.value.status !== "imposed") return d;
      if (!INHERITED.has(prev.value.status)) return d;
      const gap = doc.text.slice(prev.end, d.start);
      if (!COORDINATION.test(gap) || !COORDINATOR.test(gap)) return d;
      const next = { ...d, value: { ...d.value, status: prev.value.status } };
      previous = next;
      return next;
    });
  },
});
