// Shared test helpers: run matchers over a text as the pipeline does.
import type { Claim, DocumentRecord } from "../src/contract/index.js";
import { buildDocument } from "../src/document/index.js";
import { extractClaims } from "../src/pipeline.js";
import { summarize } from "../src/summary/index.js";
import {
  runMatchers,
  runRefiners,
  type AnyDraft,
  type Matcher,
  type Refiner,
} from "../src/rules/index.js";

export function docOf(text: string, id = "test") {
  const built = buildDocument({ path: `${id}.txt`, id, sha256: "0".repeat(64), text });
  if (!built.ok) throw new Error(built.error.message);
  return built.doc;
}

/** Claims that these matchers (and every refiner) find in a text. */
export function extractWith(matchers: readonly Matcher[], text: string): Claim[] {
  return extractClaims(docOf(text), matchers);
}

/** What one matcher alone finds in a text (no refiners: ESLint's RuleTester), with its text. */
export function matchWith(matcher: Matcher, text: string): (AnyDraft & { text: string })[] {
  const doc = docOf(text);
  return runMatchers([matcher], doc).map((d) => ({ ...d, text: doc.text.slice(d.start, d.end) }));
}

/** One refiner run on what the matchers alone find in a text, with each draft's text. */
export function refineWith(
  refiner: Refiner,
  matchers: readonly Matcher[],
  text: string,
): (AnyDraft & { text: string })[] {
  const doc = docOf(text);
  return runRefiners([refiner], runMatchers(matchers, doc), doc).map((d) => ({
    ...d,
    text: doc.text.slice(d.start, d.end),
  }));
}

/**
 * A document record made of these claims, as incidents and eval see it: the summary made from
 * them, with this victim (and this actor variety, when given).
 */
export function recordOf(
  id: string,
  claims: Claim[],
  victim: string | null = "Acme",
  actorVariety?: "internal" | "external" | "partner" | null,
): DocumentRecord {
  const summary = summarize(claims);
  return {
    path: `${id}.txt`,
    id,
    sha256: "0".repeat(64),
    title: id,
    published: null,
    meta: {},
    claims,
    summary: { ...summary, victim, actorVariety: actorVariety ?? summary.actorVariety },
  };
}
