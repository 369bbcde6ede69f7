import { z } from "zod";

export const fileErrorSchema = z
  .object({
    path: z.string(),
    code: z
      .string()
      .describe(
        "short stable word: BINARY, DECODE, NOT_REGULAR, NO_FILES, FRONT_MATTER_INVALID, " +
          "FRONT_MATTER_REFUSED, TOO_LARGE (over --max-file-size), or a system code (EACCES, ENOENT, …)",
      ),
    severity: z.enum(["warning", "error"]),
    message: z.string(),
  })
  .meta({ id: "FileError" });

export type FileError = z.infer<typeof fileErrorSchema>;
