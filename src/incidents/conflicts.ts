// Where the sources of one incident disagree, each side with its sources.
import type { Conflict, DocumentRecord, Fact, FactValue } from "../contract/index.js";
import { countsAgree, firstDay, lastDay } from "./agree.js";
import { docsOf, evidenceOf, ofKind, type Sourced } from "./facts.js";

const short = (doc: string) => doc.split(/[_\W]/)[0] || doc;
const who = (v: FactValue) => [...new Set(v.sources.map((s) => short(s.doc)))].join(", ");
const sideList = (values: readonly FactValue[]) =>
  values.map((v) => `${v.display} (${who(v)})`).join(" vs ");

/** Pairs of values that disagree, as one conflict per field. */
function fromFact(fact: Fact): Conflict | null {
  if (fact.agree || fact.values.length < 2) return null;
  if (fact.field === "affected") {
    const sides = fact.values.filter((v, i) =>
      fact.values.some((w, j) => i !== j && !countsAgree(v.value as never, w.value as never)),
    );
    return {
      field: "affected",
      severity: "hard",
      description: `Incompatible counts: ${sideList(sides)}.`,
      docs: docsOf(sides),
      sides,
    };
  }
  if (fact.field.startsWith("data.")) {
    return {
      field: fact.field,
      severity: "hard",
      description: `${fact.field.slice(5)} is ${sideList(fact.values)}.`,
      docs: fact.docs,
      sides: fact.values,
    };
  }
  if (fact.field.startsWith("actor.")) {
    const executive =
      fact.values.some((v) => v.sources.length > 0) &&
      /\b(?:CEO|chief|president|chair|founder|director|head)\b/i.test(fact.field);
    return {
      field: fact.field,
      severity: executive ? "hard" : "soft",
      description: `Different people named ${fact.field.slice(6)}: ${sideList(fact.values)}.`,
      docs: fact.docs,
      sides: fact.values,
    };
  }
  if (fact.field === "penalties") return null;
  return {
    field: fact.field,
    severity: fact.field === "undetectedFor" ? "soft" : "hard",
    description: `Sources differ on ${fact.field}: ${sideList(fact.values)}.`,
    docs: fact.docs,
    sides: fact.values,
  };
}

/** Counts that agree but count different things (customers vs accounts). */
function unitConflict(items: readonly Sourced[]): Conflict | null {
  const affected = ofKind(items, "affected").filter((s) => s.claim.value.unit !== "other");
  const units = new Map<string, Sourced<"affected">[]>();
  for (const s of affected)
    units.set(s.claim.value.unit, [...(units.get(s.claim.value.unit) ?? []), s]);
  if (units.size < 2) return null;
  const docsPerUnit = [...units.values()].map((g) => new Set(g.map((s) => s.doc.id)));
  // Only when different documents use different units; one text saying "users" and "accounts" is one voice.
  const allDocs = new Set(affected.map((s) => s.doc.id));
  if (docsPerUnit.every((d) => d.size === allDocs.size)) return null;
  const sides = [...units.entries()].map(([unit, group]) => ({
    value: { unit },
    display: unit,
    sources: group.map(evidenceOf),
  }));
  return {
    field: "affected.unit",
    severity: "soft",
    description: `Sources count different things: ${sideList(sides)}.`,
    docs: docsOf(sides),
    sides,
  };
}

/** An insider in one source, outside attackers in another (VERIS actor variety). */
function suspectConflict(
  docs: readonly DocumentRecord[],
  items: readonly Sourced[],
): Conflict | null {
  const byVariety = new Map<string, DocumentRecord[]>();
  for (const doc of docs) {
    const variety = doc.summary.actorVariety;
    if (variety) byVariety.set(variety, [...(byVariety.get(variety) ?? []), doc]);
  }
  if (byVariety.size < 2) return null;
  const suspects = ofKind(items, "actor").filter((s) => s.claim.value.involvement === "suspect");
  const sides = [...byVariety.entries()].map(([variety, group]) => ({
    value: { actorVariety: variety },
    display: variety,
    sources: suspects.filter((s) => group.includes(s.doc)).map(evidenceOf),
  }));
  const docIds = [...byVariety.values()]
    .flat()
    .map((d) => d.id)
    .sort();
  return {
    field: "actor.suspect",
    severity: "soft",
    description: `Sources point to different kinds of actor: ${[...byVariety.entries()]
      .map(([v, g]) => `${v} (${g.map((d) => short(d.id)).join(", ")})`)
      .join(" vs ")}.`,
    docs: docIds,
    sides,
  };
}

/** A breach that starts after it was detected. */
function orderConflict(items: readonly Sourced[]): Conflict | null {
  const dates = ofKind(items, "date");
  const starts = dates.filter((s) => s.claim.value.event === "breach_start");
  const detections = dates.filter((s) => s.claim.value.event === "detected");
  for (const start of starts) {
    for (const found of detections) {
      if (firstDay(start.claim.value.date) > lastDay(found.claim.value.date)) {
        const sides = [start, found].map((s) => ({
          value: { date: s.claim.value.date, event: s.claim.value.event },
          display: `${s.claim.value.event} ${s.claim.value.date}`,
          sources: [evidenceOf(s)],
        }));
        return {
          field: "timeline.order",
          severity: "hard",
          description: `The breach starts (${start.claim.value.date}) after it was detected (${found.claim.value.date}).`,
          docs: docsOf(sides),
          sides,
        };
      }
    }
  }
  return null;
}

export function findConflicts(
  facts: readonly Fact[],
  docs: readonly DocumentRecord[],
  items: readonly Sourced[],
): Conflict[] {
  return [
    ...facts.map(fromFact),
    unitConflict(items),
    suspectConflict(docs, items),
    orderConflict(items),
  ].filter((c): c is Conflict => c !== null);
}
