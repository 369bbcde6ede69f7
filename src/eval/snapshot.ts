// `breach check`'s core: an extraction snapshot and a claim-by-claim diff. Pure functions, no I/O.
//
// A snapshot holds, per document (sorted by path), its claims sorted by offset with the fields that
// say what was found (kind, text, offsets, value, subject, modality, rule) and its summary. Object
// keys inside values and summaries are sorted, so a snapshot changes only when the output does.
import type { DocumentRecord } from "../contract/index.js";

export const SNAPSHOT_VERSION = 1;

export interface SnapshotClaim {
  kind: string;
  text: string;
  start: number;
  end: number;
  line: number;
  value: Record<string, unknown>;
  subject: string | null;
  modality: string;
  rule: string;
}

export interface SnapshotDoc {
  path: string;
  claims: SnapshotClaim[];
  summary: Record<string, unknown>;
}

export interface Snapshot {
  breachSnapshot: number;
  documents: SnapshotDoc[];
}

/** A snapshot file that cannot be used. */
export class SnapshotError extends Error {}

function sortKeys(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sortKeys);
  if (typeof x === "object" && x !== null)
    return Object.fromEntries(
      Object.keys(x)
        .sort()
        .map((k) => [k, sortKeys((x as Record<string, unknown>)[k])]),
    );
  return x;
}

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

export function compareClaims(a: SnapshotClaim, b: SnapshotClaim): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    cmp(a.kind, b.kind) ||
    cmp(a.rule, b.rule) ||
    cmp(JSON.stringify(a.value), JSON.stringify(b.value))
  );
}

export function toSnapshot(documents: readonly DocumentRecord[]): Snapshot {
  const docs = documents.map((d) => ({
    path: d.path,
    claims: d.claims
      .map((c) => ({
        kind: c.kind,
        text: c.text,
        start: c.start,
        end: c.end,
        line: c.line,
        value: sortKeys(c.value) as Record<string, unknown>,
        subject: c.subject,
        modality: c.modality,
        rule: c.rule,
      }))
      .sort(compareClaims),
    summary: sortKeys(d.summary) as Record<string, unknown>,
  }));
  docs.sort((a, b) => cmp(a.path, b.path));
  return { breachSnapshot: SNAPSHOT_VERSION, documents: docs };
}

export function serializeSnapshot(s: Snapshot): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}

export function parseSnapshot(text: string, file: string): Snapshot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new SnapshotError(`${file}: not JSON (${err instanceof Error ? err.message : err})`);
  }
  const s = json as Partial<Snapshot>;
  if (
    typeof s !== "object" ||
    s === null ||
    s.breachSnapshot !== SNAPSHOT_VERSION ||
    !Array.isArray(s.documents) ||
    s.documents.some((d) => typeof d?.path !== "string" || !Array.isArray(d.claims))
  )
    throw new SnapshotError(
      `${file}: not a breach snapshot (version ${SNAPSHOT_VERSION}); write one with --update`,
    );
  return s as Snapshot;
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export type ClaimChange =
  | { type: "added" | "removed"; claim: SnapshotClaim }
  /** The same claim at another place: offsets or line only. */
  | { type: "moved"; from: SnapshotClaim; to: SnapshotClaim }
  /** A claim over the same span whose value, text, subject, modality or rule changed. */
  | { type: "changed"; from: SnapshotClaim; to: SnapshotClaim; changes: FieldChange[] };

export interface DocDiff {
  path: string;
  /** `added`/`removed`: the whole document; `changed`: see claims and summary. */
  status: "added" | "removed" | "changed";
  claims: ClaimChange[];
  summary: FieldChange[];
}

export interface SnapshotDiff {
  documents: DocDiff[];
  counts: { added: number; removed: number; changed: number; moved: number; summary: number };
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));

/** Leaf fields that differ between two JSON values, as dotted paths. */
export function fieldChanges(from: unknown, to: unknown, prefix = ""): FieldChange[] {
  const isObj = (x: unknown): x is Record<string, unknown> =>
    typeof x === "object" && x !== null && !Array.isArray(x);
  if (isObj(from) && isObj(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
    return keys.flatMap((k) => fieldChanges(from[k], to[k], prefix ? `${prefix}.${k}` : k));
  }
  return same(from, to) ? [] : [{ field: prefix, from: from ?? null, to: to ?? null }];
}

const CONTENT = ["kind", "text", "value", "subject", "modality", "rule"] as const;
const sameContent = (a: SnapshotClaim, b: SnapshotClaim) => CONTENT.every((f) => same(a[f], b[f]));
const sameSpot = (a: SnapshotClaim, b: SnapshotClaim) =>
  a.start === b.start && a.end === b.end && a.line === b.line;
const overlaps = (a: SnapshotClaim, b: SnapshotClaim) =>
  a.kind === b.kind && a.start < b.end && b.start < a.end;

/** Claim-by-claim: equal pairs drop out, then moves (same content), then changes (same span). */
export function diffClaims(
  before: readonly SnapshotClaim[],
  after: readonly SnapshotClaim[],
): ClaimChange[] {
  const old = [...before];
  const now = [...after];
  const take = (match: (a: SnapshotClaim, b: SnapshotClaim) => boolean) => {
    const pairs: [SnapshotClaim, SnapshotClaim][] = [];
    for (let i = 0; i < old.length; i++) {
      const j = now.findIndex((b) => match(old[i]!, b));
      if (j < 0) continue;
      pairs.push([old[i]!, now[j]!]);
      old.splice(i--, 1);
      now.splice(j, 1);
    }
    return pairs;
  };
  take((a, b) => sameContent(a, b) && sameSpot(a, b));
  const changes: ClaimChange[] = [];
  for (const [from, to] of take(sameContent)) changes.push({ type: "moved", from, to });
  const changed = take(
    (a, b) => a.kind === b.kind && ((a.start === b.start && a.end === b.end) || a.text === b.text),
  );
  changed.push(...take(overlaps));
  for (const [from, to] of changed) {
    const fields = CONTENT.filter((f) => f !== "kind").flatMap((f) =>
      fieldChanges(from[f], to[f], f),
    );
    changes.push({ type: "changed", from, to, changes: fields });
  }
  for (const claim of old) changes.push({ type: "removed", claim });
  for (const claim of now) changes.push({ type: "added", claim });
  const at = (c: ClaimChange) => ("claim" in c ? c.claim : c.to);
  return changes.sort((a, b) => compareClaims(at(a), at(b)));
}

export function diffSnapshots(expected: Snapshot, actual: Snapshot): SnapshotDiff {
  const before = new Map(expected.documents.map((d) => [d.path, d]));
  const after = new Map(actual.documents.map((d) => [d.path, d]));
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort(cmp);
  const documents: DocDiff[] = [];
  const counts = { added: 0, removed: 0, changed: 0, moved: 0, summary: 0 };
  for (const path of paths) {
    const b = before.get(path);
    const a = after.get(path);
    if (!a || !b) {
      const doc = (a ?? b)!;
      const type = a ? "added" : "removed";
      documents.push({
        path,
        status: type,
        claims: doc.claims.map((claim) => ({ type, claim })),
        summary: [],
      });
      counts[type] += doc.claims.length;
      continue;
    }
    const claims = diffClaims(b.claims, a.claims);
    const summary = fieldChanges(b.summary, a.summary);
    if (claims.length === 0 && summary.length === 0) continue;
    for (const c of claims) counts[c.type] += 1;
    counts.summary += summary.length;
    documents.push({ path, status: "changed", claims, summary });
  }
  return { documents, counts };
}

/** Is there any difference, leaving moves aside when asked? */
export function differs(diff: SnapshotDiff, ignoreOffsets = false): boolean {
  const { added, removed, changed, moved, summary } = diff.counts;
  return added + removed + changed + summary + (ignoreOffsets ? 0 : moved) > 0;
}
