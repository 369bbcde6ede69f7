import { z } from "zod";
import { documentSchema } from "./document.js";
import { fileErrorSchema } from "./error.js";
import { incidentSchema } from "./incident.js";

export const SCHEMA_VERSION = 1;

export const reportSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    documents: z.array(documentSchema),
    incidents: z.array(incidentSchema),
    errors: z.array(fileErrorSchema),
  })
  .meta({ id: "Report", title: "breach extract report" });

export type Report = z.infer<typeof reportSchema>;

/** What `breach report --format json` prints: the incidents of the extract output, and its errors. */
export const incidentReportSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    incidents: z.array(incidentSchema),
    errors: z.array(fileErrorSchema),
  })
  .meta({ id: "IncidentReport", title: "breach report" });

export type IncidentReport = z.infer<typeof incidentReportSchema>;
