// JSON and NDJSON: produced through the contract schemas, so the output is what `breach schema` says.
import type { z } from "zod";
import {
  reportSchema,
  documentSchema,
  SCHEMA_VERSION,
  fileErrorSchema,
  incidentSchema,
  type Report,
} from "../contract/index.js";
import type { DocumentRecord, FileError, Incident, IncidentReport } from "../contract/index.js";

export function renderJson(report: Report): string {
  return `${JSON.stringify(reportSchema.parse(report), null, 2)}\n`;
}

/**
 * Pieces of output gathered before one is handed out (one write each): with a run of elements
 * (RUN_NODES) the chunk stays under 64K characters, a string V8 keeps in its young generation
 * (even two bytes a character), never in its large-object space.
 */
const CHUNK_CHARS = 32 * 1024;

/**
 * renderJson's text in chunks of about 32K characters, made as they are written: a report of one
 * 20 MB document (half a million claims, their evidence again in its incident) never becomes
 * one string, which could outgrow both memory and V8's longest string. The bytes are
 * renderJson's: documents and incidents go through the schema's projection (its key order,
 * unknown keys left out) instead of a parse that would copy every claim, and the text is
 * JSON.stringify's with an indent of 2 (see jsonPieces).
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  documentProjection ??= projection(documentSchema);
  documentConforms ??= conforms(documentSchema);
  incidentProjection ??= projection(incidentSchema);
  incidentConforms ??= conforms(incidentSchema);
  const projected = {
    schemaVersion: SCHEMA_VERSION,
    documents: report.documents.map((d) => (documentConforms!(d) ? d : documentProjection!(d))),
    incidents: report.incidents.map((i) => (incidentConforms!(i) ? i : incidentProjection!(i))),
    errors: report.errors.map((e) => fileErrorSchema.parse(e)),
  };
  yield* chunked(jsonPieces(projected, ""), "\n");
}

/**
 * renderIncidentsJson's text (render/incident.ts: `breach report --format json`) in chunks made
 * as they are written, as renderJsonChunks does for a report: the incidents of one large
 * document (their evidence, a source per claim) never become one string, nor a parsed copy.
 */
export function* renderIncidentsJsonChunks(report: IncidentReport): Generator<string> {
  incidentProjection ??= projection(incidentSchema);
  incidentConforms ??= conforms(incidentSchema);
  const projected = {
    schemaVersion: SCHEMA_VERSION,
    incidents: report.incidents.map((i) => (incidentConforms!(i) ? i : incidentProjection!(i))),
    errors: report.errors.map((e) => fileErrorSchema.parse(e)),
  };
  yield* chunked(jsonPieces(projected, ""), "\n");
}

/** Values of fewer nodes than this are written by one JSON.stringify; larger ones piece by piece. */
const WHOLE_NODES = 4096;
/**
 * Nodes of a run of small array elements written by one JSON.stringify (runText): about 30
 * claims, some 20K characters.
 */
const RUN_NODES = 512;

/** An object JSON.stringify writes key by key (no toJSON of its own, a plain prototype). */
function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (
    (proto === Object.prototype || proto === null) &&
    typeof (v as { toJSON?: unknown }).toJSON !== "function"
  );
}

/** nodesUpTo's stack, one for every call (it is left empty). */
const walkStack: unknown[] = [];

/** The nodes under v, counted up to `limit` (a large value is not walked to its end). */
function nodesUpTo(v: unknown, limit: number): number {
  let n = 0;
  const stack = walkStack;
  stack.push(v);
  while (stack.length && n < limit) {
    const x = stack.pop();
    n++;
    if (Array.isArray(x)) for (const e of x) stack.push(e);
    else if (isPlain(x)) for (const k in x) stack.push(x[k]);
  }
  stack.length = 0;
  return n;
}

/**
 * value[from, to) as jsonPieces writes them one by one, separators between them, in one
 * JSON.stringify of the run: JSON.stringify(run, null, 2) is "[\n  A,\n  B\n]" with every line
 * inside indented by at least two spaces, so its inside with each "\n  " made "\n" + indent is
 * the elements at that indent, joined by ",\n" + indent. (As an element, JSON.stringify writes
 * undefined, a function or a symbol as null, as jsonPieces does.)
 */
function runText(value: unknown[], from: number, to: number, indent: string, pretty: boolean) {
  const run = from === 0 && to === value.length ? value : value.slice(from, to);
  if (!pretty) return JSON.stringify(run).slice(1, -1);
  return JSON.stringify(run, null, 2).slice(4, -2).replaceAll("\n  ", `\n${indent}`);
}

/**
 * JSON.stringify(value, null, 2) in pieces (JSON.stringify(value) when not `pretty`): arrays
 * and plain objects too large for one call are written element by element (the indent, commas
 * and line breaks JSON.stringify would write), the rest by JSON.stringify itself, re-indented
 * (a JSON string never holds a raw line break, so every "\n" in its output is one of its own).
 * `undefined` where JSON.stringify writes nothing (an object's key, the top) is not handed to
 * this; as an array element it is `null`, as JSON.stringify has it.
 */
function* jsonPieces(value: unknown, indent: string, pretty = true): Generator<string> {
  const big =
    (Array.isArray(value) || isPlain(value)) && nodesUpTo(value, WHOLE_NODES) >= WHOLE_NODES;
  if (!big) {
    const text = (pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)) ?? "null";
    yield indent ? text.replaceAll("\n", `\n${indent}`) : text;
    return;
  }
  const inner = pretty ? `${indent}  ` : "";
  const open = pretty ? `\n${inner}` : "";
  const next = pretty ? `,\n${inner}` : ",";
  const close = pretty ? `\n${indent}` : "";
  if (Array.isArray(value)) {
    // Runs of small elements (of RUN_NODES nodes in all at most) are written by one
    // JSON.stringify each (runText); an element too large for one alone, piece by piece.
    yield "[";
    let i = 0;
    while (i < value.length) {
      yield i === 0 ? open : next;
      let to = i;
      let nodes = 0;
      while (to < value.length) {
        const n = nodesUpTo(value[to], WHOLE_NODES);
        if (n >= WHOLE_NODES || (to > i && nodes + n > RUN_NODES)) break;
        nodes += n;
        to++;
      }
      if (to > i) {
        yield runText(value, i, to, inner, pretty);
        i = to;
        continue;
      }
      yield* jsonPieces(value[i], inner, pretty);
      i++;
    }
    yield `${close}]`;
    return;
  }
  const obj = value as Record<string, unknown>;
  let first = true;
  yield "{";
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
    yield `${first ? open : next}${JSON.stringify(key)}:${pretty ? " " : ""}`;
    first = false;
    yield* jsonPieces(v, inner, pretty);
  }
  yield first ? "}" : `${close}}`;
}

/** Pieces gathered into chunks of about CHUNK_CHARS, `end` after the last. */
function* chunked(pieces: Iterable<string>, end: string): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    parts.push(piece);
    size += piece.length;
    if (size >= CHUNK_CHARS) {
      yield parts.join("");
      parts = [];
      size = 0;
    }
  }
  parts.push(end);
  yield parts.join("");
}

type Project = (value: unknown) => unknown;

/** The parts of a zod schema's definition the projection reads. */
interface Def {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  discriminator?: string;
  options?: z.core.$ZodType[];
}
const defOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as Def;

/** A discriminated union's members by the values of their tag, each made into `make(member)`. */
function byTagOf<F>(
  options: z.core.$ZodType[],
  key: string,
  make: (schema: z.core.$ZodType) => F,
): Map<unknown, F> {
  const byTag = new Map<unknown, F>();
  for (const option of options) {
    const tag = defOf(defOf(option).shape![key]!) as unknown as { values: unknown[] };
    const made = make(option);
    for (const t of tag.values) byTag.set(t, made);
  }
  return byTag;
}

/** Schema kinds whose parse hands the value back as it is (a record's keys keep their order). */
const AS_IS = new Set([
  "string",
  "number",
  "boolean",
  "enum",
  "literal",
  "unknown",
  "record",
  "lazy", // z.json(): any JSON value, handed back as it is
]);

/**
 * What `schema.parse(value)` returns for a value that passes it, without the checks: objects
 * copied with the schema's keys in the schema's order (unknown keys left out), arrays copied,
 * union members told apart by their discriminator. Built once from the schema, so the output
 * follows the contract; a kind of schema this does not know (optional, default, transform …)
 * throws when the projection is built, never silently differs.
 *
 * Why not parse: every document line went through documentSchema.parse, whose per-field result
 * and issue objects made rendering the most allocating stage after the matchers (a run over
 * 7,000 documents spent 7% less CPU without it). The values are typed by the pipeline and the
 * tests check the seeds' and the dev sets' lines against the zod parse (test/render.test.ts).
 */
function projection(schema: z.core.$ZodType): Project {
  const def = defOf(schema);
  if (AS_IS.has(def.type)) return (v) => v;
  switch (def.type) {
    case "object": {
      const keys = Object.keys(def.shape!);
      const parts = keys.map((k) => projection(def.shape![k]!));
      return (v) => {
        const from = v as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) out[keys[i]!] = parts[i]!(from[keys[i]!]);
        return out;
      };
    }
    case "nullable": {
      const inner = projection(def.innerType!);
      return (v) => (v === null ? null : inner(v));
    }
    case "array": {
      const element = projection(def.element!);
      return (v) => (v as unknown[]).map(element);
    }
    case "union": {
      const key = def.discriminator;
      if (key === undefined) break;
      const byTag = byTagOf(def.options!, key, projection);
      return (v) => {
        const project = byTag.get((v as Record<string, unknown>)[key]);
        if (!project) throw new Error(`no ${key} '${String((v as Record<string, unknown>)[key])}'`);
        return project(v);
      };
    }
  }
  throw new Error(`render: no projection for a '${def.type}' schema`);
}

type Conforms = (value: unknown) => boolean;

/**
 * Whether `projection(schema)` would hand back a copy that serialises as the value itself:
 * every object a plain one whose keys are the schema's, in its order (for…in sees exactly
 * the keys JSON.stringify writes when the prototype is Object.prototype), every union member
 * known by its tag. The pipeline's records are built that way, so they are written as they
 * are, without a copy; anything else goes through the projection.
 */
function conforms(schema: z.core.$ZodType): Conforms {
  const def = defOf(schema);
  switch (def.type) {
    case "object": {
      const keys = Object.keys(def.shape!);
      const parts = keys.map((k) => conforms(def.shape![k]!));
      return (v) => {
        if (typeof v !== "object" || v === null || Object.getPrototypeOf(v) !== Object.prototype)
          return false;
        let i = 0;
        for (const key in v) {
          if (key !== keys[i] || !parts[i]!((v as Record<string, unknown>)[key])) return false;
          i++;
        }
        return i === keys.length;
      };
    }
    case "nullable": {
      const inner = conforms(def.innerType!);
      return (v) => v === null || inner(v);
    }
    case "array": {
      const element = conforms(def.element!);
      return (v) => Array.isArray(v) && v.every((x) => element(x));
    }
    case "union": {
      const key = def.discriminator!;
      const byTag = byTagOf(def.options!, key, conforms);
      return (v) => {
        const check =
          typeof v === "object" && v !== null
            ? byTag.get((v as Record<string, unknown>)[key])
            : undefined;
        return check !== undefined && check(v);
      };
    }
    default:
      return () => true; // a value handed back as it is (AS_IS; projection() refuses the rest)
  }
}

let documentProjection: Project | undefined;
let documentConforms: Conforms | undefined;
let incidentProjection: Project | undefined;
let incidentConforms: Conforms | undefined;

/** One line per document, error or incident, each tagged with its `type`. */
export function ndjsonDocument(doc: DocumentRecord): string {
  documentProjection ??= projection(documentSchema);
  documentConforms ??= conforms(documentSchema);
  const fields = documentConforms(doc) ? doc : (documentProjection(doc) as DocumentRecord);
  return `${JSON.stringify({ type: "document", ...fields })}\n`;
}

/** Claims past which a document's line is made in chunks as it is written (ndjsonDocumentChunks). */
export const CHUNKED_CLAIMS = 4096;

/**
 * ndjsonDocument's line in chunks of about 32K characters, made as they are written: the line of one
 * 20 MB document (200 MB of claims) is never one string.
 */
export function* ndjsonDocumentChunks(doc: DocumentRecord): Generator<string> {
  documentProjection ??= projection(documentSchema);
  documentConforms ??= conforms(documentSchema);
  const fields = documentConforms(doc) ? doc : (documentProjection(doc) as DocumentRecord);
  yield* chunked(jsonPieces({ type: "document", ...fields }, "", false), "\n");
}

export function ndjsonError(error: FileError): string {
  return `${JSON.stringify({ type: "error", ...fileErrorSchema.parse(error) })}\n`;
}

export function ndjsonIncident(incident: Incident): string {
  return `${JSON.stringify({ type: "incident", ...incidentSchema.parse(incident) })}\n`;
}
