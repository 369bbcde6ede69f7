// JSON and NDJSON: produced through the contract schemas, so the output is what `breach schema` says.
import {
  reportSchema,
  documentSchema,
  fileErrorSchema,
  incidentSchema,
  type Report,
} from "../contract/index.js";
import type { DocumentRecord, FileError, Incident } from "../contract/index.js";

export function renderJson(report: Report): string {
  return `${JSON.stringify(reportSchema.parse(report), null, 2)}\n`;
}

/** One line per document, error or incident, each tagged with its `type`. */
export function ndjsonDocument(doc: DocumentRecord): string {
  return `${JSON.stringify({ type: "document", ...documentSchema.parse(doc) })}\n`;
}

export function ndjsonError(error: FileError): string {
  return `${JSON.stringify({ type: "error", ...fileErrorSchema.parse(error) })}\n`;
}

export function ndjsonIncident(incident: Incident): string {
  return `${JSON.stringify({ type: "incident", ...incidentSchema.parse(incident) })}\n`;
}
