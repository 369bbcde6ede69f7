// The NDJSON document line is built by a projection of the contract schema (render/json.ts),
// not by zod's parse: for documents the pipeline makes, the two must give the same bytes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { documentSchema, type DocumentRecord } from "../src/contract/index.js";
import { extractText } from "../src/pipeline.js";
import { ndjsonDocument } from "../src/render/json.js";

const viaZod = (doc: unknown) =>
  `${JSON.stringify({ type: "document", ...documentSchema.parse(doc) })}\n`;

function documentsIn(dir: string) {
  return readdirSync(dir)
    .filter((f) => /\.(?:txt|md)$/.test(f))
    .sort()
    .map((f) => {
      const out = extractText(readFileSync(join(dir, f), "utf8"), join(dir, f), f);
      if (!out.ok) throw new Error(out.error.message);
      return out.document;
    });
}

describe("ndjsonDocument", () => {
  it("gives the zod parse's line for every seed and dev document", () => {
    const dirs = ["seeds", "fixtures/dev/hibp", "fixtures/dev/vcdb"];
    let n = 0;
    for (const dir of dirs) {
      for (const doc of documentsIn(dir)) {
        expect(ndjsonDocument(doc)).toBe(viaZod(doc));
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  it("leaves out keys the contract does not have, and keeps the contract's key order", () => {
    const [doc] = documentsIn("seeds").filter((d) => d.claims.length > 0);
    const claim = { extra: 1, ...doc!.claims[0]!, value: { x: 2, ...doc!.claims[0]!.value } };
    const reversed = Object.fromEntries(Object.entries({ ...doc!, claims: [claim] }).reverse());
    const shuffled = { internal: true, ...reversed };
    expect(ndjsonDocument(shuffled as unknown as DocumentRecord)).toBe(viaZod(shuffled));
  });
});
