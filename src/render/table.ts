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

/** Columns besides the text: kind, value, how (modality and subject), line:column. */
const FIXED = [10, 24, 13, 8] as const;

export function renderDocumentTable(doc: DocumentRecord, opts: TableOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = Math.max(72, opts.width ?? 100);
  // Borders: one per column plus one.
  const textWidth = width - FIXED.reduce((a, b) => a + b, 0) - (FIXED.length + 2);
  const out: string[] = [];
  const title = doc.title ? clip(`  ${doc.title}`, Math.max(0, width - doc.path.length)) : "";
  out.push(c.bold(doc.path) + c.dim(title));
  const s = doc.summary;
  const penalties = s.penalties.map(
    (p) => `${p.amount.toLocaleString("en-US")} ${p.currency} (${p.status})`,
  );
  const actors = s.actors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name));
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
    ["penalties", penalties.join("; ") || "—"],
    ["actors", actors.join("; ") || "—"],
    ["actor variety", s.actorVariety ?? "—"],
  ];
  out.push(facts.map(([k, v]) => `  ${c.dim(k!.padEnd(15))}${clip(v!, width - 17)}`).join("\n"));
  if (doc.claims.length === 0) {
    out.push(c.dim("  no claims"));
    return out.join("\n");
  }
  const table = new Table({
    head: ["kind", "value", "how", "line", "text"],
    style: { head: opts.color ? ["bold"] : [], border: opts.color ? ["grey"] : [] },
    colWidths: [...FIXED, textWidth],
    wordWrap: true,
    wrapOnWordBoundary: false,
  });
  const byKind = new Map<string, Claim[]>();
  for (const claim of doc.claims)
    byKind.set(claim.kind, [...(byKind.get(claim.kind) ?? []), claim]);
  for (const kind of KINDS) {
    for (const claim of byKind.get(kind) ?? []) {
      const subject = claim.subject === null ? "" : `\n${clip(claim.subject, FIXED[2] - 2)}`;
      table.push([
        kind,
        describeValue(claim),
        c[MODALITY_COLOR[claim.modality]](claim.modality) + c.dim(subject),
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
