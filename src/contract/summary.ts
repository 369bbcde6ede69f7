// The summary of a document (CLAIMS.md, "The summary of a document").
import { z } from "zod";
import {
  boundSchema,
  currencySchema,
  dataCategorySchema,
  grainSchema,
  involvementSchema,
  isoDateSchema,
  isoDurationSchema,
  moneySchema,
  penaltyStatusSchema,
  unitSchema,
} from "./claim.js";

export const datePointSchema = z.object({ date: isoDateSchema, grain: grainSchema });
export const actorVarietySchema = z.enum(["internal", "external", "partner"]);
export type ActorVariety = z.infer<typeof actorVarietySchema>;

export const summarySchema = z
  .object({
    victim: z.string().nullable(),
    affected: z
      .object({ count: z.number().int().positive(), bound: boundSchema, unit: unitSchema })
      .nullable(),
    breachDate: datePointSchema.nullable(),
    detected: datePointSchema.nullable(),
    disclosed: datePointSchema.nullable(),
    undetectedFor: isoDurationSchema.nullable(),
    dataExposed: z.array(dataCategorySchema),
    dataNotExposed: z.array(dataCategorySchema),
    penalties: z.array(
      z.object({
        amount: z.number().positive(),
        currency: currencySchema,
        status: penaltyStatusSchema,
        converted: moneySchema.nullable(),
      }),
    ),
    actorVariety: actorVarietySchema.nullable(),
    actors: z.array(
      z.object({ name: z.string(), role: z.string().nullable(), involvement: involvementSchema }),
    ),
  })
  .meta({ id: "Summary" });

export type Summary = z.infer<typeof summarySchema>;
