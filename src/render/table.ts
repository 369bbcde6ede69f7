// The terminal table: per document its summary, then its claims grouped by kind (offset order
// within a kind), with the text each came from. Pure: (document, options) → string.
//
// Widths come from the caller (the terminal's columns; 80 when unknown). Words are never broken
// (layout.ts), colour is applied per finished line, and no line is wider than `width`. Wide
// terminals give the text its own column; narrow ones put it under its claim.
import { Chalk } from "chalk";
import type { Claim, DocumentRecord, Report } from "../contract/index.js";
import { KINDS } from "../contract/index.js";
import {
  fitColumns,
  layoutColumns,
  renderColumns,
  visibleWidth,
  wrap,
  type Cell,
  type Column,
  type Style,
} from "./layout.js";
import { describeValue } from "./values.js";

export interface TableOptions {
  color: boolean;
  /** Terminal width in columns (default 80). */
  width?: number;
}

export const DEFAULT_WIDTH = 80;
/** Narrower than this, lines would not hold a claim: the table is laid out for this width. */
const MIN_WIDTH = 40;
/** The text gets its own column when it can have at least this many columns. */
const TEXT_COLUMN_MIN = 40;

const MODALITY_COLOR = {
  asserted: "green",
  reported: "cyan",
  suspected: "yellow",
  speculative: "magenta",
  negated: "red",
} as const;

const chalkFor = (color: boolean) => new Chalk({ level: color ? 1 : 0 });
const widthOf = (opts: TableOptions) => Math.max(MIN_WIDTH, opts.width ?? DEFAULT_WIDTH);

/** `label   value` lines, the value wrapped under itself. */
function factLines(facts: [string, string][], width: number, dim: Style): string[] {
  const labelWidth = Math.max(...facts.map(([k]) => k.length)) + 1;
  const indent = 2 + labelWidth;
  const out: string[] = [];
  for (const [k, v] of facts) {
    wrap(v, width - indent, 3).forEach((line, i) =>
      out.push(i === 0 ? `  ${dim(k.padEnd(labelWidth))}${line}` : `${" ".repeat(indent)}${line}`),
    );
  }
  return out;
}

/** The path (cut from the left when too long), then the title beside it or under it. */
function headLines(doc: DocumentRecord, width: number, c: InstanceType<typeof Chalk>): string[] {
  const path =
    visibleWidth(doc.path) <= width ? doc.path : `…${[...doc.path].slice(-(width - 1)).join("")}`;
  const title = doc.title?.replace(/\s+/g, " ").trim();
  if (!title) return [c.bold(path)];
  const room = width - visibleWidth(path) - 2;
  if (visibleWidth(title) <= room) return [`${c.bold(path)}  ${c.dim(title)}`];
  return [c.bold(path), ...wrap(title, width - 2, 2).map((l) => `  ${c.dim(l)}`)];
}

function summaryFacts(doc: DocumentRecord): [string, string][] {
  const s = doc.summary;
  const penalties = s.penalties.map(
    (p) => `${p.amount.toLocaleString("en-US")} ${p.currency} (${p.status})`,
  );
  const actors = s.actors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name));
  return [
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
}

/** Claims grouped by kind (in the contract's kind order), in offset order within a kind. */
export function claimsByKind(claims: readonly Claim[]): Claim[] {
  return KINDS.flatMap((k) => claims.filter((c) => c.kind === k));
}

const CLAIM_COLUMNS: Column[] = [
  { header: "kind", min: 4, max: 8 },
  { header: "value", min: 12, max: 48, flex: 2, maxLines: 4 },
  { header: "modality", min: 8, max: 11 },
  { header: "subject", min: 7, max: 24, flex: 3, maxLines: 2 },
  { header: "line", min: 4, max: 8, align: "right" },
];
const TEXT_COLUMN: Column = { header: "text", min: 12, max: 400, flex: 3, maxLines: 3 };

function claimLines(doc: DocumentRecord, width: number, c: InstanceType<typeof Chalk>): string[] {
  const claims = claimsByKind(doc.claims);
  const rows: Cell[][] = claims.map((claim) => [
    claim.kind,
    describeValue(claim),
    { text: claim.modality, style: c[MODALITY_COLOR[claim.modality]] },
    { text: claim.subject ?? "—", style: c.dim },
    `${claim.line}:${claim.column}`,
  ]);
  const style = { header: c.bold, rule: c.gray };
  // Wide: the text as a fifth column, when the first four at their natural width leave it room.
  const natural = fitColumns(CLAIM_COLUMNS, rows, Number.MAX_SAFE_INTEGER);
  const used = 2 + natural.reduce((a, b) => a + b + 2, 0);
  if (width - used >= TEXT_COLUMN_MIN) {
    const withText = rows.map((r, i) => [...r, { text: claims[i]!.text, style: c.dim }]);
    return renderColumns([...CLAIM_COLUMNS, TEXT_COLUMN], withText, width, style);
  }
  // Narrow: the text under each claim, quoted, from the value column on.
  const widths = fitColumns(CLAIM_COLUMNS, rows, width);
  const laid = layoutColumns(CLAIM_COLUMNS, widths, rows, style);
  const indent = " ".repeat(2 + widths[0]! + 2);
  const lines = [...laid.header];
  laid.rows.forEach((rowLines, i) => {
    lines.push(...rowLines);
    for (const l of wrap(`“${claims[i]!.text}”`, width - indent.length, 3))
      lines.push(`${indent}${c.dim(l)}`);
  });
  return lines;
}

export function renderDocumentTable(doc: DocumentRecord, opts: TableOptions): string {
  const c = chalkFor(opts.color);
  const width = widthOf(opts);
  const out = [...headLines(doc, width, c), ...factLines(summaryFacts(doc), width, c.dim)];
  if (doc.claims.length === 0) out.push(c.dim("  no claims"));
  else out.push("", ...claimLines(doc, width, c));
  return out.join("\n");
}

export interface TableTotals {
  documents: number;
  claims: number;
  errors: number;
}

export function renderTableFooter(totals: TableTotals, opts: TableOptions): string {
  const c = chalkFor(opts.color);
  const text =
    `${totals.documents} document(s), ${totals.claims} claim(s)` +
    (totals.errors ? `, ${totals.errors} file(s) not read (see stderr)` : "");
  return wrap(text, widthOf(opts))
    .map((l) => c.dim(l))
    .join("\n");
}

/** Documents, then the totals; the same text `breach extract` streams document by document. */
export function renderTable(report: Report, opts: TableOptions): string {
  const parts = report.documents.map((d) => renderDocumentTable(d, opts));
  const claims = report.documents.reduce((n, d) => n + d.claims.length, 0);
  parts.push(
    renderTableFooter(
      { documents: report.documents.length, claims, errors: report.errors.length },
      opts,
    ),
  );
  return `${parts.join("\n\n")}\n`;
}
