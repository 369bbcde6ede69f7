// One incident assembled from several documents: facts with their sources, conflicts, timeline.
import { z } from "zod";
import { dateEventSchema, grainSchema, isoDateSchema, modalitySchema } from "./claim.js";

/** Where a value was read: the document, the exact text and its sentence. */
export const evidenceSchema = z.object({
  doc: z.string(),
  path: z.string(),
  text: z.string(),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  modality: modalitySchema,
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** One value of a field, as one or more sources give it. */
export const factValueSchema = z.object({
  value: z.json(),
  display: z.string(),
  sources: z.array(evidenceSchema),
});
export type FactValue = z.infer<typeof factValueSchema>;

export const factSchema = z.object({
  field: z
    .string()
    .describe(
      "affected, breachDate, detected, disclosed, undetectedFor, data.<category>, penalty, actor.<role>",
    ),
  agree: z.boolean(),
  values: z.array(factValueSchema),
  /** Documents that give a value for the field. */
  docs: z.array(z.string()),
});
export type Fact = z.infer<typeof factSchema>;

export const conflictSchema = z.object({
  field: z.string(),
  severity: z.enum(["hard", "soft"]),
  description: z.string(),
  docs: z.array(z.string()),
  sides: z.array(factValueSchema),
});
export type Conflict = z.infer<typeof conflictSchema>;

export const timelineEventSchema = z.object({
  date: isoDateSchema,
  grain: grainSchema,
  event: dateEventSchema,
  yearInferred: z.boolean(),
  /** True when no source states the date: computed from others (start + undetected duration). */
  derived: z.boolean(),
  note: z.string().nullable(),
  sources: z.array(evidenceSchema),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const incidentSchema = z
  .object({
    victim: z.string(),
    aliases: z.array(z.string()),
    sources: z.array(z.string()),
    facts: z.array(factSchema),
    conflicts: z.array(conflictSchema),
    timeline: z.array(timelineEventSchema),
  })
  .meta({ id: "Incident" });

export type Incident = z.infer<typeof incidentSchema>;
