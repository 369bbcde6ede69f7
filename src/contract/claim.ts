// The claim contract (../shared/CLAIMS.md): one zod schema per kind, types inferred from them.
import { z } from "zod";

export const KINDS = ["affected", "date", "duration", "actor", "penalty", "data"] as const;
export const kindSchema = z.enum(KINDS);
export type Kind = z.infer<typeof kindSchema>;

export const boundSchema = z.enum(["exact", "approx", "at_least", "at_most"]);
export type Bound = z.infer<typeof boundSchema>;

export const modalitySchema = z.enum([
  "asserted",
  "reported",
  "suspected",
  "speculative",
  "negated",
]);
export type Modality = z.infer<typeof modalitySchema>;

export const unitSchema = z.enum(["accounts", "users", "customers", "people", "records", "other"]);
export const grainSchema = z.enum(["year", "month", "day"]);
export type Grain = z.infer<typeof grainSchema>;
export const dateEventSchema = z.enum([
  "breach_start",
  "breach_end",
  "breach",
  "detected",
  "disclosed",
  "published",
  "penalty",
  "resignation",
  "raid",
  "certified",
  "other",
]);
export const durationEventSchema = z.enum(["undetected", "access", "other"]);
export const actorTypeSchema = z.enum(["person", "organization", "government"]);
export const involvementSchema = z.enum([
  "victim",
  "suspect",
  "official",
  "regulator",
  "investigator",
  "executive",
  "other",
]);
export const penaltyStatusSchema = z.enum(["imposed", "potential", "cumulative", "proposed"]);
export const DATA_CATEGORIES = [
  "name",
  "email",
  "phone",
  "address",
  "order_history",
  "payment",
  "card_number",
  "credentials",
  "password",
  "national_id",
  "date_of_birth",
  "health",
  "other",
] as const;
export const dataCategorySchema = z.enum(DATA_CATEGORIES);
export type DataCategory = z.infer<typeof dataCategorySchema>;

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}){0,2}$/)
  .describe("YYYY, YYYY-MM or YYYY-MM-DD");
export const isoDurationSchema = z
  .string()
  .regex(/^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$/)
  .describe("ISO 8601 duration: P5M, P1Y, P2W");
export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/)
  .describe("ISO 4217 code");

export const affectedValueSchema = z.object({
  count: z.number().int().positive(),
  bound: boundSchema,
  unit: unitSchema,
});
export const dateValueSchema = z.object({
  date: isoDateSchema,
  grain: grainSchema,
  yearInferred: z.boolean(),
  event: dateEventSchema,
});
export const durationValueSchema = z.object({
  iso: isoDurationSchema,
  bound: boundSchema,
  event: durationEventSchema,
});
export const actorValueSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  type: actorTypeSchema,
  role: z.string().nullable(),
  affiliation: z.string().nullable(),
  involvement: involvementSchema,
});
export const moneySchema = z.object({ amount: z.number().positive(), currency: currencySchema });
export const penaltyValueSchema = z.object({
  amount: z.number().positive(),
  currency: currencySchema,
  bound: boundSchema,
  converted: moneySchema.nullable(),
  status: penaltyStatusSchema,
});
export const dataValueSchema = z.object({
  category: dataCategorySchema,
  exposed: z.boolean(),
});

/** Fields every claim has besides kind and value, in output order. */
const evidence = {
  text: z.string().describe("file.slice(start, end)"),
  start: z.number().int().nonnegative().describe("UTF-16 offset into the decoded file"),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  sentence: z.string(),
  subject: z.string().nullable(),
  modality: modalitySchema,
  rule: z.string(),
};

const claimOf = <K extends Kind, V extends z.ZodType>(kind: K, value: V) =>
  z.object({ kind: z.literal(kind), value, ...evidence });

export const affectedClaimSchema = claimOf("affected", affectedValueSchema);
export const dateClaimSchema = claimOf("date", dateValueSchema);
export const durationClaimSchema = claimOf("duration", durationValueSchema);
export const actorClaimSchema = claimOf("actor", actorValueSchema);
export const penaltyClaimSchema = claimOf("penalty", penaltyValueSchema);
export const dataClaimSchema = claimOf("data", dataValueSchema);

export const claimSchema = z
  .discriminatedUnion("kind", [
    affectedClaimSchema,
    dateClaimSchema,
    durationClaimSchema,
    actorClaimSchema,
    penaltyClaimSchema,
    dataClaimSchema,
  ])
  .meta({ id: "Claim" });

export type Claim = z.infer<typeof claimSchema>;
export type ClaimOf<K extends Kind> = Extract<Claim, { kind: K }>;
export type ValueOf<K extends Kind> = ClaimOf<K>["value"];
