// `breach eval`'s core: load the gold, find each gold document by id, extract it, score it.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { DocumentRecord, FileError } from "../contract/index.js";
import { extractPaths } from "../runner.js";
import { displayPath, idOf, walk, DEFAULT_EXTENSIONS } from "../read/index.js";
import { scoreClaims, type ClaimScore, type ScoredClaim } from "./claims.js";
import { scoreFacts, type FactScore } from "./facts.js";
import { scoreIncidents, type IncidentScore } from "./incidents.js";
import { goldIds, loadGold, type GoldSet } from "./load.js";

export interface EvalOptions {
  gold: string;
  /** Where the documents are; default: the gold folder and its `docs` folders. */
  paths?: string[];
  extensions?: string[];
  cwd?: string;
  /** Worker threads for extraction (as `extract --jobs`); default 1. */
  jobs?: number | "auto";
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
  incidents: IncidentScore | null;
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
  // Only the first file of each gold id is extracted, through the pipeline.
  const chosen = [...byId.values()].map((paths) => paths[0]!);
  const extractOpts = { extensions: opts.extensions, cwd, jobs: opts.jobs ?? 1, incidents: false };
  for await (const outcome of extractPaths(chosen, extractOpts)) {
    if (!outcome.ok) {
      errors.push(outcome.error);
      continue;
    }
    const { document } = outcome;
    records.set(document.id, document);
    documents.push({ id: document.id, path: document.path });
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Ids with no file at all; a file that failed is in errors instead.
  const missing = [...wanted].filter((id) => !byId.has(id));

  const claimDocs = gold.claims
    .filter((g) => records.has(g.doc))
    .map((g) => ({
      doc: g.doc,
      gold: g.claims,
      predicted: records.get(g.doc)!.claims as unknown as ScoredClaim[],
    }));
  const factDocs = [];
  for (const f of gold.facts) {
    const record = records.get(f.doc);
    if (!record) continue;
    // The text, to tell whether the analysts' victim name is in it at all (victimInText).
    const text = f.facts.victim ? await readFile(byId.get(f.doc)![0]!, "utf8").catch(() => "") : "";
    factDocs.push({ gold: f, summary: record.summary, text });
  }

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
    incidents: gold.incidents.length ? scoreIncidents(gold.incidents, records) : null,
  };
}
