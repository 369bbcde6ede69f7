// Incidents for people: facts with agreeing and disagreeing sources, conflicts, timeline.
import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { Evidence, Fact, FactValue, Incident, IncidentReport } from "../contract/index.js";
import { incidentReportSchema } from "../contract/index.js";
import { mdCell } from "./markdown.js";

export interface IncidentRenderOptions {
  color: boolean;
  /** Terminal width (80 when unknown). */
  width?: number;
}

/** "002_f302961174a3439d" → "002"; other ids clipped. */
export function shortDoc(id: string): string {
  const head = /^[^_\s]+(?=_)/.exec(id)?.[0];
  const s = head ?? id;
  return s.length > 14 ? `${s.slice(0, 13)}…` : s;
}

const docsText = (docs: readonly string[]) => (docs.length ? docs.map(shortDoc).join(", ") : "—");
const docsOfValue = (v: FactValue) => [...new Set(v.sources.map((s) => s.doc))].sort();

/** For each value of a fact: the documents that give it, and those that give an incompatible one. */
export function factRows(
  fact: Fact,
): { field: string; value: string; agreeing: string[]; disagreeing: string[] }[] {
  return fact.values.map((v, i) => {
    const agreeing = docsOfValue(v);
    const disagreeing = fact.agree
      ? []
      : [...new Set(fact.values.filter((_, j) => j !== i).flatMap(docsOfValue))]
          .filter((d) => !agreeing.includes(d))
          .sort();
    return { field: i === 0 ? fact.field : "", value: v.display, agreeing, disagreeing };
  });
}

function wrap(text: string, width: number, indent: string): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && line.length + 1 + w.length > width - indent.length) {
      lines.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(indent + line);
  return lines.join("\n");
}

function quote(e: Evidence, width: number, c: ChalkInstance): string {
  const max = width - 16;
  const text = e.text.length > max ? `${e.text.slice(0, max - 1)}…` : e.text;
  return `      ${c.dim(`${shortDoc(e.doc)}:${e.line}`)} “${text}”${e.modality === "asserted" ? "" : c.dim(` (${e.modality})`)}`;
}

function renderOne(incident: Incident, opts: IncidentRenderOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = Math.max(60, Math.min(opts.width ?? 80, 120));
  const out: string[] = [];
  const aka = incident.aliases.length ? c.dim(` (also ${incident.aliases.join(", ")})`) : "";
  out.push(c.bold.underline(`Incident: ${incident.victim}`) + aka);
  out.push(wrap(`${incident.sources.length} source(s): ${docsText(incident.sources)}`, width, ""));

  out.push("", c.bold("Facts"));
  if (incident.facts.length) {
    const fieldW = 18;
    const docW = 13;
    const valueW = width - fieldW - 2 * docW - 5;
    const table = new Table({
      head: ["field", "value", "agreeing", "disagreeing"],
      colWidths: [fieldW, valueW, docW, docW],
      wordWrap: true,
      style: {
        head: opts.color ? ["bold"] : [],
        border: opts.color ? ["grey"] : [],
        compact: true,
      },
    });
    incident.facts.forEach((fact) => {
      for (const row of factRows(fact)) {
        table.push([
          row.field,
          row.value,
          c.green(docsText(row.agreeing)),
          row.disagreeing.length ? c.red(docsText(row.disagreeing)) : "",
        ]);
      }
    });
    out.push(table.toString());
  } else out.push(c.dim("  no facts about this incident"));

  out.push("", c.bold(`Conflicts (${incident.conflicts.length})`));
  if (!incident.conflicts.length) out.push(c.dim("  none: the sources agree"));
  for (const conflict of incident.conflicts) {
    const mark = conflict.severity === "hard" ? c.red.bold("✖ hard") : c.yellow("▲ soft");
    out.push(`  ${mark} ${c.bold(conflict.field)}`);
    out.push(wrap(conflict.description, width, "    "));
    for (const side of conflict.sides) {
      out.push(`    ${conflict.severity === "hard" ? c.red("•") : c.yellow("•")} ${side.display}`);
      for (const e of side.sources.slice(0, 3)) out.push(quote(e, width, c));
    }
  }

  out.push("", c.bold("Timeline"));
  if (!incident.timeline.length) out.push(c.dim("  no dated events"));
  for (const e of incident.timeline) {
    const date = `${e.date}${e.yearInferred ? "*" : ""}${e.derived ? "~" : ""}`.padEnd(13);
    const who = e.derived
      ? c.italic("derived")
      : docsText([...new Set(e.sources.map((s) => s.doc))]);
    const line = `  ${e.derived ? c.yellow(date) : c.cyan(date)} ${e.event.padEnd(13)} ${who}`;
    out.push(line);
    if (e.note) out.push(wrap(e.note, width, "      "));
  }
  if (incident.timeline.some((e) => e.yearInferred || e.derived)) {
    out.push(c.dim("  * year inferred from the publication date   ~ derived, no source states it"));
  }
  return out.join("\n");
}

export function renderIncidentsTable(report: IncidentReport, opts: IncidentRenderOptions): string {
  if (!report.incidents.length)
    return "No incidents: no document names the organisation it is about.\n";
  return `${report.incidents.map((i) => renderOne(i, opts)).join("\n\n")}\n`;
}

export function renderIncidentsMarkdown(report: IncidentReport): string {
  const parts: string[] = ["# breach report"];
  for (const incident of report.incidents) {
    const lines = [
      `## ${mdCell(incident.victim)}`,
      "",
      `Sources: ${incident.sources.map((s) => `\`${s}\``).join(", ")}`,
      "",
    ];
    lines.push("| field | value | agreeing | disagreeing |", "| --- | --- | --- | --- |");
    for (const fact of incident.facts) {
      for (const row of factRows(fact)) {
        lines.push(
          `| ${mdCell(row.field)} | ${mdCell(row.value)} | ${docsText(row.agreeing)} | ${row.disagreeing.length ? docsText(row.disagreeing) : ""} |`,
        );
      }
    }
    lines.push("", `### Conflicts (${incident.conflicts.length})`, "");
    if (!incident.conflicts.length) lines.push("None: the sources agree.");
    for (const conflict of incident.conflicts) {
      lines.push(
        `- **${conflict.severity}** \`${conflict.field}\`: ${mdCell(conflict.description)}`,
      );
      for (const side of conflict.sides) {
        const quotes = side.sources
          .slice(0, 3)
          .map((e) => `${shortDoc(e.doc)}:${e.line} “${mdCell(e.text)}”`);
        lines.push(`  - ${mdCell(side.display)}${quotes.length ? ` — ${quotes.join("; ")}` : ""}`);
      }
    }
    lines.push("", "### Timeline", "");
    if (!incident.timeline.length) lines.push("No dated events.");
    else lines.push("| date | event | sources | note |", "| --- | --- | --- | --- |");
    for (const e of incident.timeline) {
      const date = `${e.date}${e.yearInferred ? " (year inferred)" : ""}${e.derived ? " (derived)" : ""}`;
      lines.push(
        `| ${date} | ${e.event} | ${docsText([...new Set(e.sources.map((s) => s.doc))])} | ${mdCell(e.note ?? "")} |`,
      );
    }
    parts.push(lines.join("\n"));
  }
  return `${parts.join("\n\n")}\n`;
}

export function renderIncidentsJson(report: IncidentReport): string {
  return `${JSON.stringify(incidentReportSchema.parse(report), null, 2)}\n`;
}
