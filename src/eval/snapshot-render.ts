// `breach check` output: the snapshot diff as readable lines, value changes apart from moves.
import { Chalk } from "chalk";
import type { ClaimChange, FieldChange, SnapshotClaim, SnapshotDiff } from "./snapshot.js";

export interface DiffRenderOptions {
  color: boolean;
  /** Leave offsets-only changes out (they do not fail the check). */
  ignoreOffsets: boolean;
  /** Most moved claims listed per document before "…and N more". */
  maxMoves?: number;
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

const show = (x: unknown): string =>
  x === null || x === undefined ? "null" : typeof x === "string" ? x : JSON.stringify(x);

/** `count 33700000, bound exact, unit users` */
function describe(value: Record<string, unknown>): string {
  return Object.entries(value)
    .map(([k, v]) => `${k} ${show(v)}`)
    .join(", ");
}

const fields = (changes: FieldChange[]) =>
  changes.map((c) => `${c.field}: ${show(c.from)} → ${show(c.to)}`).join("; ");

export function renderDiff(diff: SnapshotDiff, opts: DiffRenderOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const maxMoves = opts.maxMoves ?? 5;
  const head = (cl: SnapshotClaim) =>
    `${cl.kind} "${clip(cl.text, 70)}" ${c.dim(`line ${cl.line}`)}`;
  const out: string[] = [];
  const moves: string[] = [];
  for (const doc of diff.documents) {
    const lines: string[] = [];
    if (doc.status !== "changed") {
      const sign = doc.status === "added" ? c.green("+") : c.red("-");
      lines.push(`  ${sign} document ${doc.status} (${doc.claims.length} claims)`);
    }
    const moved: Extract<ClaimChange, { type: "moved" }>[] = [];
    for (const ch of doc.claims) {
      if (ch.type === "moved") moved.push(ch);
      else if (ch.type === "changed")
        lines.push(`  ${c.yellow("~ changed")} ${head(ch.to)}  ${fields(ch.changes)}`);
      else {
        const sign = ch.type === "added" ? c.green("+ added  ") : c.red("- removed");
        const cl = ch.claim;
        lines.push(`  ${sign} ${head(cl)}  ${describe(cl.value)}  ${c.dim(`[${cl.rule}]`)}`);
      }
    }
    for (const s of doc.summary) lines.push(`  ${c.yellow("~ summary")} ${fields([s])}`);
    if (lines.length) out.push(c.bold(doc.path), ...lines);
    if (moved.length && !opts.ignoreOffsets) {
      moves.push(`  ${c.bold(doc.path)}: ${moved.length} claim(s) moved`);
      for (const m of moved.slice(0, maxMoves))
        moves.push(
          `    ${m.to.kind} "${clip(m.to.text, 50)}" line ${m.from.line} → ${m.to.line}, offset ${m.from.start} → ${m.to.start}`,
        );
      if (moved.length > maxMoves) moves.push(c.dim(`    …and ${moved.length - maxMoves} more`));
    }
  }
  if (moves.length) {
    out.push("", c.bold("Offsets only (same claims at other places):"), ...moves);
  }
  const n = diff.counts;
  const parts = [
    `${n.added} added`,
    `${n.removed} removed`,
    `${n.changed} changed`,
    `${n.summary} summary field(s) changed`,
    opts.ignoreOffsets ? `${n.moved} moved (ignored)` : `${n.moved} moved`,
  ];
  out.push("", parts.join(", "));
  return `${out.join("\n")}\n`;
}
