// `breach check` output: the snapshot diff as readable lines, value changes apart from moves.
import { Chalk } from "chalk";
import { annotation } from "../render/github.js";
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

/**
 * The diff as GitHub annotations: one `::error` per added, removed or changed claim, at its
 * file and line (a removed claim at the line it had), one per changed summary field, and one
 * per document whose claims only moved (unless offsets are ignored).
 */
export function renderDiffGithub(diff: SnapshotDiff, opts: { ignoreOffsets: boolean }): string {
  const out: string[] = [];
  const title = "breach check";
  const what = (cl: SnapshotClaim) => `${cl.kind} "${clip(cl.text, 80)}"`;
  for (const doc of diff.documents) {
    const moved: Extract<ClaimChange, { type: "moved" }>[] = [];
    for (const ch of doc.claims) {
      if (ch.type === "moved") {
        moved.push(ch);
        continue;
      }
      if (ch.type === "changed") {
        out.push(
          annotation("error", `changed ${what(ch.to)}: ${fields(ch.changes)}`, {
            file: doc.path,
            line: ch.to.line,
            title,
          }),
        );
        continue;
      }
      const cl = ch.claim;
      out.push(
        annotation("error", `${ch.type} ${what(cl)}: ${describe(cl.value)} [${cl.rule}]`, {
          file: doc.path,
          line: cl.line,
          title,
        }),
      );
    }
    for (const s of doc.summary)
      out.push(annotation("error", `summary ${fields([s])}`, { file: doc.path, title }));
    if (moved.length && !opts.ignoreOffsets)
      out.push(
        annotation(
          "error",
          `${moved.length} claim(s) moved (the same claims at other offsets, text before them changed)`,
          { file: doc.path, line: moved[0]!.to.line, title },
        ),
      );
  }
  return out.join("");
}
