// Shared test helpers: run matchers over a text as the pipeline does.
import type { Claim } from "../src/contract/index.js";
import { buildDocument } from "../src/document/index.js";
import { extractClaims } from "../src/pipeline.js";
import type { Matcher } from "../src/rules/index.js";

export function docOf(text: string, id = "test") {
  const built = buildDocument({ path: `${id}.txt`, id, sha256: "0".repeat(64), text });
  if (!built.ok) throw new Error(built.error.message);
  return built.doc;
}

/** Claims that these matchers (and every refiner) find in a text. */
export function extractWith(matchers: readonly Matcher[], text: string): Claim[] {
  return extractClaims(docOf(text), matchers);
}
