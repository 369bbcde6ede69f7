import { z } from "zod";

export const fileErrorSchema = z
  .object({
    path: z.string(),
    code: z.string().describe("short stable word: BINARY, DECODE, FRONT_MATTER_INVALID, …"),
    severity: z.enum(["warning", "error"]),
    message: z.string(),
  })
  .meta({ id: "FileError" });

export type FileError = z.infer<typeof fileErrorSchema>;
