import { z } from "zod";
import { claimSchema, isoDateSchema } from "./claim.js";
import { summarySchema } from "./summary.js";

export const documentSchema = z
  .object({
    path: z.string(),
    id: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    title: z.string().nullable(),
    published: isoDateSchema.nullable(),
    meta: z.record(z.string(), z.unknown()),
    claims: z.array(claimSchema),
    summary: summarySchema,
  })
  .meta({ id: "Document" });

export type DocumentRecord = z.infer<typeof documentSchema>;
