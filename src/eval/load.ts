// Read a gold folder: claim gold files (`*.gold.json`), fact files (`*.facts.json`) and
// incident files (`incidents.gold.json`).
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { KINDS, type Kind } from "../contract/index.js";
import { keysOf, type ScoredClaim } from "./claims.js";
import type { FactFile } from "./facts.js";
import { incidentDocs, parseIncidentFile, type IncidentFile } from "./incidents.js";

export interface ClaimGold {
  doc: string;
  file: string;
  published: string | null;
  claims: ScoredClaim[];
}

export interface GoldSet {
  dir: string;
  claims: ClaimGold[];
  facts: (FactFile & { file: string })[];
  /** Incident files (`incidents.gold.json`, `incident.gold.json`). */
  incidents: IncidentFile[];
  /** Files in the folder that are not per-document gold (an incident file), with why. */
  skipped: { file: string; reason: string }[];
}

/** The gold folder is missing, empty or holds an invalid file: a usage error. */
export class GoldError extends Error {}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

function parseClaim(x: unknown, where: string): ScoredClaim {
  if (!isObject(x)) throw new GoldError(`${where}: a claim must be an object`);
  if (!KINDS.includes(x.kind as Kind))
    throw new GoldError(`${where}: unknown kind ${JSON.stringify(x.kind)}`);
  if (!isObject(x.value)) throw new GoldError(`${where}: claim has no value object`);
  if (typeof x.text !== "string") throw new GoldError(`${where}: claim has no text`);
  const claim = x as unknown as ScoredClaim;
  const keys = keysOf(claim);
  if (keys.length === 0 || keys.some((k) => k.includes("undefined")))
    throw new GoldError(`${where}: ${claim.kind} claim "${claim.text}" lacks its key fields`);
  return claim;
}

function parseClaimGold(json: unknown, file: string): ClaimGold | string {
  if (!isObject(json)) throw new GoldError(`${file}: not a JSON object`);
  if (typeof json.doc !== "string" || !Array.isArray(json.claims))
    return "not a per-document gold file (no doc and claims)";
  return {
    doc: json.doc,
    file,
    published: typeof json.published === "string" ? json.published : null,
    claims: json.claims.map((c, i) => parseClaim(c, `${file}: claims[${i}]`)),
  };
}

function parseFactFile(json: unknown, file: string): FactFile & { file: string } {
  if (!isObject(json) || typeof json.doc !== "string" || !isObject(json.facts))
    throw new GoldError(`${file}: a fact file is {"doc": "<id>", "facts": {…}}`);
  const facts = json.facts as FactFile["facts"];
  if (facts.affected !== undefined && typeof facts.affected?.count !== "number")
    throw new GoldError(`${file}: facts.affected needs a count`);
  if (facts.breachDate !== undefined && typeof facts.breachDate?.date !== "string")
    throw new GoldError(`${file}: facts.breachDate needs a date`);
  return { doc: json.doc, facts, file };
}

/** Load every gold and fact file directly inside `dir`, sorted by file name. */
export async function loadGold(dir: string): Promise<GoldSet> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new GoldError(`--gold ${dir}: not a directory`);
    names = (await readdir(dir)).sort();
  } catch (err) {
    if (err instanceof GoldError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? "EIO";
    throw new GoldError(
      `--gold ${dir}: ${code === "ENOENT" ? "no such directory" : `cannot read (${code})`}`,
    );
  }
  const set: GoldSet = { dir, claims: [], facts: [], incidents: [], skipped: [] };
  for (const name of names) {
    const isGold = name.endsWith(".gold.json");
    const isFacts = name.endsWith(".facts.json");
    if (!isGold && !isFacts) continue;
    const file = join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, "utf8"));
    } catch (err) {
      throw new GoldError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (isFacts) {
      set.facts.push(parseFactFile(json, file));
      continue;
    }
    const gold = parseClaimGold(json, file);
    const incidents = typeof gold === "string" ? parseIncidentFile(json, file) : null;
    if (incidents) set.incidents.push(incidents);
    else if (typeof gold === "string") set.skipped.push({ file, reason: gold });
    else set.claims.push(gold);
  }
  if (set.claims.length === 0 && set.facts.length === 0)
    throw new GoldError(`--gold ${dir}: no *.gold.json or *.facts.json files`);
  return set;
}

/** Every document id the gold set asks for, in order. */
export function goldIds(set: GoldSet): string[] {
  return [
    ...new Set([
      ...set.claims.map((g) => g.doc),
      ...set.facts.map((f) => f.doc),
      ...set.incidents.flatMap(incidentDocs),
    ]),
  ];
}
