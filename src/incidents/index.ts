// Stage: incidents. Documents grouped by victim; their claims set side by side.
import type { DocumentRecord, Fact, Incident } from "../contract/index.js";
import { foldName, victimNames } from "../refiners/victim.js";
import { findConflicts } from "./conflicts.js";
import {
  actorFacts,
  affectedFact,
  dataFacts,
  dateFact,
  penaltyFact,
  undetectedFact,
  type Sourced,
} from "./facts.js";
import { buildTimeline } from "./timeline.js";

export { countsAgree, datesAgree, countInterval } from "./agree.js";
export { foldName } from "../refiners/victim.js";

/**
 * Group documents whose victims share a folded name or alias (union–find over names); linear
 * in documents (each group grows in place, never copied per document).
 */
function group(documents: readonly DocumentRecord[]): DocumentRecord[][] {
  const parent = new Map<string, string>();
  // Path halving: each look shortens the path it walks, so a chain of names never makes the
  // grouping quadratic. Roots stay the roots they were (only inner links move).
  const find = (x: string): string => {
    let up = parent.get(x)!;
    while (up !== x) {
      const grand = parent.get(up)!;
      parent.set(x, grand);
      x = grand;
      up = parent.get(x)!;
    }
    return x;
  };
  const keysOf = new Map<DocumentRecord, string[]>();
  for (const doc of documents) {
    const keys = [...new Set(victimNames(doc).map(foldName).filter(Boolean))];
    keysOf.set(doc, keys);
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of keys.slice(1)) parent.set(find(k), find(keys[0]!));
  }
  const groups = new Map<string, DocumentRecord[]>();
  for (const doc of documents) {
    const keys = keysOf.get(doc)!;
    if (!keys.length) continue;
    const root = find(keys[0]!);
    const group = groups.get(root);
    if (group) group.push(doc);
    else groups.set(root, [doc]);
  }
  return [...groups.values()];
}

export function buildIncident(docs: readonly DocumentRecord[]): Incident {
  const names = docs.flatMap(victimNames);
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  // The name most sources use; on a tie, the first one given (Map keeps insertion order).
  const victim = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const keys = new Set(names.map(foldName));

  const own: Sourced[] = [];
  const published: Sourced[] = [];
  for (const doc of docs) {
    for (const claim of doc.claims) {
      if (claim.subject !== null && keys.has(foldName(claim.subject)))
        own.push({ doc, claim } as Sourced);
      else if (claim.kind === "date" && claim.value.event === "published")
        published.push({ doc, claim } as Sourced);
    }
  }
  const facts = [
    affectedFact(own),
    dateFact(own, "breachDate"),
    dateFact(own, "detected"),
    dateFact(own, "disclosed"),
    undetectedFact(own),
    ...dataFacts(own),
    penaltyFact(own),
    ...actorFacts(own, victim),
  ].filter((f): f is Fact => f !== null);

  return {
    victim,
    aliases: [...new Set(names)].filter((n) => n !== victim).sort(),
    sources: docs.map((d) => d.id),
    facts,
    conflicts: findConflicts(facts, docs, own),
    timeline: buildTimeline(own, published),
  };
}

/** Incidents in order of their first document (documents arrive in path order). */
export function buildIncidents(documents: readonly DocumentRecord[]): Incident[] {
  return group(documents).map(buildIncident);
}
