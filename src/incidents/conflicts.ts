// Where the sources of one incident disagree, each side with its sources.
import type { Conflict, DocumentRecord, Fact, FactValue } from "../contract/index.js";
import { countInterval, firstDay, lastDay } from "./agree.js";
import { countOf, docsOf, evidenceOf, ofKind, type Sourced } from "./facts.js";

const short = (doc: string) => doc.split(/[_\W]/)[0] || doc;
const who = (v: FactValue) => [...new Set(v.sources.map((s) => short(s.doc)))].join(", ");
const sideList = (values: readonly FactValue[]) =>
  values.map((v) => `${v.display} (${who(v)})`).join(" vs ");

/** Pairs of values that disagree, as one conflict per field. */
function fromFact(fact: Fact): Conflict | null {
  if (fact.agree || fact.values.length < 2) return null;
  if (fact.field === "affected") {
    // A value disagrees with another when some other interval ends below its start or starts
    // above its end; its own interval does neither, so the extremes of all of them will do.
    const intervals = fact.values.map((v) => countInterval(...countOf(v)));
    let maxLow = -Infinity;
    let minHigh = Infinity;
    for (const [low, high] of intervals) {
      if (low > maxLow) maxLow = low;
      if (high < minHigh) minHigh = high;
    }
    const sides = fact.values.filter((_, i) => {
      const [low, high] = intervals[i]!;
      return maxLow > high || minHigh < low;
    });
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
  for (const s of affected) {
    const group = units.get(s.claim.value.unit);
    if (group) group.push(s);
    else units.set(s.claim.value.unit, [s]);
  }
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
    if (!variety) continue;
    const group = byVariety.get(variety);
    if (group) group.push(doc);
    else byVariety.set(variety, [doc]);
  }
  if (byVariety.size < 2) return null;
  const suspects = ofKind(items, "actor").filter((s) => s.claim.value.involvement === "suspect");
  const sides = [...byVariety.entries()].map(([variety, group]) => {
    const inGroup = new Set(group);
    return {
      value: { actorVariety: variety },
      display: variety,
      sources: suspects.filter((s) => inGroup.has(s.doc)).map(evidenceOf),
    };
  });
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
  if (!starts.length || !detections.length) return null;
  // The first start (in order) that begins after some detection ends, with the first such
  // detection: a start is one when it begins after the earliest end of all detections.
  let earliestEnd = lastDay(detections[0]!.claim.value.date);
  for (const found of detections) {
    const end = lastDay(found.claim.value.date);
    if (end < earliestEnd) earliestEnd = end;
  }
  const start = starts.find((s) => firstDay(s.claim.value.date) > earliestEnd);
  if (!start) return null;
  const from = firstDay(start.claim.value.date);
  const found = detections.find((s) => from > lastDay(s.claim.value.date))!;
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
