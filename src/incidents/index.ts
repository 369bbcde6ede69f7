// Stage: incidents. Documents grouped by victim (issue 5 builds facts and conflicts on this).
import type { DocumentRecord, Incident } from "../contract/index.js";

/** Case, space and punctuation folded, corporate suffixes dropped: "Coupang Corp." → "coupang". */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\b(?:inc|corp|corporation|co|ltd|llc|plc|limited|company|group|holdings)\b/g, " ")
    .replace(/\s+/g, "");
}

export function buildIncidents(documents: readonly DocumentRecord[]): Incident[] {
  const groups = new Map<string, { victim: string; sources: string[] }>();
  for (const doc of documents) {
    const victim = doc.summary.victim;
    if (!victim) continue;
    const key = foldName(victim);
    const group = groups.get(key) ?? { victim, sources: [] };
    group.sources.push(doc.id);
    groups.set(key, group);
  }
  return [...groups.values()];
}
