// The chunked writers give the bytes of the one-string ones, on documents large enough to be
// written piece by piece (over 4,096 claims or JSON nodes), odd values in `meta` included.
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION, type DocumentRecord, type Report } from "../src/contract/index.js";
import { buildIncidents } from "../src/incidents/index.js";
import { extractText } from "../src/pipeline.js";
import {
  CHUNKED_CLAIMS,
  ndjsonDocument,
  ndjsonDocumentChunks,
  renderJson,
  renderJsonChunks,
} from "../src/render/json.js";

const SENTENCES =
  "Hackers stole the records of 4.2 million customers of Example Bank in March 2024, and regulators fined it $3 million. " +
  "More than 4 million accounts were affected, and the bank faces a fine of up to €5 million. ";

function bigDocument(): DocumentRecord {
  const outcome = extractText(SENTENCES.repeat(900), "big.txt", "big");
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.document;
}

describe("chunked JSON and NDJSON", () => {
  const doc = bigDocument();

  it("the document is large enough to be chunked", () => {
    expect(doc.claims.length).toBeGreaterThan(CHUNKED_CLAIMS);
  });

  it("ndjsonDocumentChunks joined is ndjsonDocument, in chunks of 32K to 64K characters", () => {
    const chunks = [...ndjsonDocumentChunks(doc)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join("")).toBe(ndjsonDocument(doc));
    for (const c of chunks.slice(0, -1)) {
      expect(c.length).toBeGreaterThanOrEqual(32 * 1024);
      expect(c.length).toBeLessThan(64 * 1024);
    }
  });

  it("renderJsonChunks joined is renderJson, incidents and odd meta values included", () => {
    const odd: unknown[] = [];
    for (let i = 0; i < 3000; i++) {
      odd.push(
        i % 5 === 0
          ? { at: new Date(Date.UTC(2024, 0, 1 + (i % 28))), gone: undefined, n: i }
          : i % 5 === 1
            ? undefined
            : i % 5 === 2
              ? [i, null, "x\ny", { deep: [1, { deeper: "é😀" }] }]
              : i % 5 === 3
                ? { toJSON: () => `custom ${i}` }
                : `s${i}`,
      );
    }
    const withMeta: DocumentRecord = { ...doc, meta: { tags: ["a"], odd, empty: {}, none: [] } };
    const report: Report = {
      schemaVersion: SCHEMA_VERSION as 1,
      documents: [withMeta, { ...doc, id: "again", path: "again.txt" }],
      incidents: buildIncidents([withMeta]),
      errors: [{ path: "x.bin", code: "BINARY", severity: "warning", message: "binary file" }],
    };
    const chunks = [...renderJsonChunks(report)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join("")).toBe(renderJson(report));
  });
});
