// One incident assembled from several documents. Owned by the incidents stage (issue 5).
import { z } from "zod";

export const incidentSchema = z
  .object({
    victim: z.string(),
    sources: z.array(z.string()),
  })
  .meta({ id: "Incident" });

export type Incident = z.infer<typeof incidentSchema>;
