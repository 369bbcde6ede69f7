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
