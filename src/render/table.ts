// The terminal table: claims grouped by document and kind, with the text they came from.
import { Chalk } from "chalk";
import Table from "cli-table3";
import type { Claim, DocumentRecord, Report } from "../contract/index.js";
import { KINDS } from "../contract/index.js";
import { describeValue } from "./values.js";

export interface TableOptions {
  color: boolean;
  /** Terminal width; the text column shrinks to fit. */
  width?: number;
}

const MODALITY_COLOR = {
  asserted: "green",
  reported: "cyan",
  suspected: "yellow",
  speculative: "magenta",
  negated: "red",
} as const;

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

export function renderDocumentTable(doc: DocumentRecord, opts: TableOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = Math.max(60, opts.width ?? 100);
  const textWidth = Math.max(16, width - 62);
  const out: string[] = [];
  out.push(c.bold(`${doc.path}`) + c.dim(`  ${doc.title ?? ""}`));
  const s = doc.summary;
  const facts = [
    ["victim", s.victim ?? "—"],
    [
      "affected",
      s.affected
        ? `${s.affected.count.toLocaleString("en-US")} ${s.affected.unit} (${s.affected.bound})`
        : "—",
    ],
    ["published", doc.published ?? "—"],
    ["breach date", s.breachDate?.date ?? "—"],
    ["undetected for", s.undetectedFor ?? "—"],
    ["data exposed", s.dataExposed.join(", ") || "—"],
    ["not exposed", s.dataNotExposed.join(", ") || "—"],
  ];
  out.push(facts.map(([k, v]) => `  ${c.dim(k!.padEnd(15))}${v}`).join("\n"));
  if (doc.claims.length === 0) {
    out.push(c.dim("  no claims"));
    return out.join("\n");
  }
  const table = new Table({
    head: ["kind", "value", "modality", "subject", "line", "text"],
    style: { head: opts.color ? ["bold"] : [], border: opts.color ? ["grey"] : [] },
    colWidths: [10, 30, 12, 10, 6, textWidth],
    wordWrap: true,
    wrapOnWordBoundary: true,
  });
  const byKind = new Map<string, Claim[]>();
  for (const claim of doc.claims)
    byKind.set(claim.kind, [...(byKind.get(claim.kind) ?? []), claim]);
  for (const kind of KINDS) {
    for (const claim of byKind.get(kind) ?? []) {
      table.push([
        kind,
        describeValue(claim),
        c[MODALITY_COLOR[claim.modality]](claim.modality),
        claim.subject ?? "—",
        `${claim.line}:${claim.column}`,
        clip(claim.text, textWidth * 3),
      ]);
    }
  }
  out.push(table.toString());
  return out.join("\n");
}

export function renderTable(report: Report, opts: TableOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const parts = report.documents.map((d) => renderDocumentTable(d, opts));
  const claims = report.documents.reduce((n, d) => n + d.claims.length, 0);
  parts.push(
    c.dim(
      `${report.documents.length} document(s), ${claims} claim(s)` +
        (report.errors.length ? `, ${report.errors.length} file(s) not read (see stderr)` : ""),
    ),
  );
  return `${parts.join("\n\n")}\n`;
}
