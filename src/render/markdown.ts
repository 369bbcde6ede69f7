// Markdown for tickets and wikis: the same grouping as the table.
import type { DocumentRecord, Report } from "../contract/index.js";
import { KINDS } from "../contract/index.js";
import { describeValue } from "./values.js";

/** Escape what would break a table cell or start markup. */
export function mdCell(s: string): string {
  return s.replace(/\s+/g, " ").replace(/([\\`*_[\]|<>])/g, "\\$1");
}

export function renderDocumentMarkdown(doc: DocumentRecord): string {
  const s = doc.summary;
  const lines = [`## ${mdCell(doc.title ?? doc.id)}`, "", `\`${doc.path}\``, ""];
  const facts: [string, string][] = [
    ["Victim", s.victim ?? "—"],
    [
      "Affected",
      s.affected
        ? `${s.affected.count.toLocaleString("en-US")} ${s.affected.unit} (${s.affected.bound})`
        : "—",
    ],
    ["Published", doc.published ?? "—"],
    ["Breach date", s.breachDate?.date ?? "—"],
    ["Undetected for", s.undetectedFor ?? "—"],
    ["Data exposed", s.dataExposed.join(", ") || "—"],
    ["Data not exposed", s.dataNotExposed.join(", ") || "—"],
  ];
  for (const [k, v] of facts) lines.push(`- **${k}:** ${mdCell(v)}`);
  lines.push("");
  if (doc.claims.length) {
    lines.push(
      "| kind | value | modality | subject | line | text |",
      "| --- | --- | --- | --- | --- | --- |",
    );
    for (const kind of KINDS) {
      for (const c of doc.claims.filter((x) => x.kind === kind)) {
        lines.push(
          `| ${kind} | ${mdCell(describeValue(c))} | ${c.modality} | ${mdCell(c.subject ?? "—")} | ${c.line}:${c.column} | ${mdCell(c.text)} |`,
        );
      }
    }
  } else {
    lines.push("_No claims._");
  }
  return lines.join("\n");
}

export function renderMarkdown(report: Report): string {
  const parts = ["# breach extract", ...report.documents.map(renderDocumentMarkdown)];
  if (report.errors.length) {
    parts.push("## Files not read", "");
    for (const e of report.errors)
      parts.push(`- \`${e.path}\` (${e.code}, ${e.severity}): ${mdCell(e.message)}`);
  }
  return `${parts.join("\n\n")}\n`;
}
