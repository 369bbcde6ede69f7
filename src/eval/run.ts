// `breach eval`'s core: load the gold, find each gold document by id, extract it, score it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { DocumentRecord, FileError } from "../contract/index.js";
import { extractFile } from "../pipeline.js";
import { displayPath, idOf, readSource, walk, DEFAULT_EXTENSIONS } from "../read/index.js";
import { scoreClaims, type ClaimScore, type ScoredClaim } from "./claims.js";
import { scoreFacts, type FactScore } from "./facts.js";
import { goldIds, loadGold, type GoldSet } from "./load.js";

export interface EvalOptions {
  gold: string;
  /** Where the documents are; default: the gold folder and its `docs` folders. */
  paths?: string[];
  extensions?: string[];
  cwd?: string;
}

export interface EvalResult {
  gold: string;
  /** Folders and files searched for documents. */
  searched: string[];
  /** Gold documents found and scored: id → path. */
  documents: { id: string; path: string }[];
  /** Gold ids with no document in the searched paths. */
  missing: string[];
  /** Ids found in more than one file: the first (by path) is used. */
  duplicates: { id: string; paths: string[] }[];
  /** Files that could not be read or processed. */
  errors: FileError[];
  skippedGold: GoldSet["skipped"];
  claims: ClaimScore | null;
  facts: FactScore | null;
}

/** Default document folders: the gold folder itself, `<gold>/docs` and `<gold>/../docs`. */
export function defaultPaths(gold: string): string[] {
  return [gold, join(gold, "docs"), join(gold, "..", "docs")].filter(
    (p, i) => i === 0 || existsSync(p),
  );
}

export async function evaluate(opts: EvalOptions): Promise<EvalResult> {
  const gold = await loadGold(opts.gold);
  const cwd = opts.cwd ?? process.cwd();
  const searched = opts.paths?.length ? opts.paths : defaultPaths(opts.gold);
  const wanted = new Set(goldIds(gold));

  const { files, errors: walkErrors } = await walk(searched, opts.extensions ?? DEFAULT_EXTENSIONS);
  const byId = new Map<string, string[]>();
  for (const file of files) {
    const id = idOf(file);
    if (!wanted.has(id)) continue;
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }

  const errors: FileError[] = walkErrors
    .filter((e) => e.severity === "error")
    .map((e) => ({ ...e, path: displayPath(e.path, cwd) }));
  const records = new Map<string, DocumentRecord>();
  const documents: EvalResult["documents"] = [];
  for (const [id, paths] of byId) {
    const shown = displayPath(paths[0]!, cwd);
    const read = await readSource(paths[0]!, shown);
    const outcome = read.ok ? extractFile(read.file) : read;
    if (!outcome.ok) {
      errors.push(outcome.error);
      continue;
    }
    records.set(id, outcome.document);
    documents.push({ id, path: shown });
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const failed = new Set(errors.map((e) => e.path));
  const missing = [...wanted].filter(
    (id) => !records.has(id) && !byId.get(id)?.some((p) => failed.has(displayPath(p, cwd))),
  );

  const claimDocs = gold.claims
    .filter((g) => records.has(g.doc))
    .map((g) => ({
      doc: g.doc,
      gold: g.claims,
      predicted: records.get(g.doc)!.claims as unknown as ScoredClaim[],
    }));
  const factDocs = gold.facts
    .filter((f) => records.has(f.doc))
    .map((f) => ({ gold: f, summary: records.get(f.doc)!.summary }));

  return {
    gold: opts.gold,
    searched,
    documents,
    missing,
    duplicates: [...byId]
      .filter(([, paths]) => paths.length > 1)
      .map(([id, paths]) => ({ id, paths: paths.map((p) => displayPath(p, cwd)) })),
    errors,
    skippedGold: gold.skipped,
    claims: gold.claims.length ? scoreClaims(claimDocs) : null,
    facts: gold.facts.length ? scoreFacts(factDocs) : null,
  };
}
