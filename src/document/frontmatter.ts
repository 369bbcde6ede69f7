// Front matter through gray-matter, YAML only. gray-matter runs `---js`, `---javascript`
// and `---coffee` front matter through eval() unless its engines are replaced: every
// engine but YAML here refuses, and an options object is always passed (that also turns
// off gray-matter's module-wide cache, which would hand one file's data to another).
//
// What gray-matter 4.0.3 does (node_modules/gray-matter/index.js, lib/*.js), and what this
// module does about it:
// - The language is the rest of the opening line, up to the first /\r?\n/; with no "\n" at
//   all it is the whole rest of the text. We read it the same way and refuse any language but
//   YAML before gray-matter is called; its js/javascript/coffee/json/toml engines are replaced
//   by ones that throw, as a second guard.
// - The block ends at the first "\n---" (whatever follows on that line); with none, the whole
//   file is front matter. We call that unterminated and refuse it.
// - Lone CR line ends are not line ends to it: they are turned into "\n" for the parse only
//   (same length, so offsets hold).
// - YAML goes through js-yaml 3 safeLoad: no !!js/function, but aliases are shared by
//   reference (a "billion laughs" costs nothing until it is copied) and `__proto__` becomes
//   an own key. The data is copied out here under node, depth and size budgets, without
//   `__proto__` keys, and a block larger than MAX_FRONT_MATTER_CHARS is not parsed at all.
import matter from "gray-matter";

export type FrontMatter =
  | { ok: true; data: Record<string, unknown>; bodyStart: number; present: boolean }
  | { ok: false; code: "FRONT_MATTER_REFUSED" | "FRONT_MATTER_INVALID"; message: string };

class Refused extends Error {}

const refuse = (lang: string) => () => {
  throw new Refused(`front matter in '${lang}' refused: only YAML is read, code is never run`);
};

/** gray-matter's options (it copies them, never changes them): YAML, every code engine refused. */
const MATTER_OPTIONS = {
  language: "yaml",
  engines: {
    js: refuse("js"),
    javascript: refuse("javascript"),
    coffee: refuse("coffee"),
    coffeescript: refuse("coffeescript"),
    cson: refuse("cson"),
    json: refuse("json"),
    toml: refuse("toml"),
  },
} as Parameters<typeof matter>[1];

/** Most nodes a front matter value may expand to (a YAML alias bomb expands far past it). */
export const MAX_META_NODES = 10_000;
export const MAX_META_DEPTH = 32;
/** Most characters of keys and strings the copied front matter may hold. */
export const MAX_META_CHARS = 256 * 1024;
/** Longest front matter block parsed at all. */
export const MAX_FRONT_MATTER_CHARS = 256 * 1024;

class TooLarge extends Error {}

/** Plain JSON data, or why not: aliases copied out under a budget, no prototype keys. */
function toPlainData(
  value: unknown,
): { ok: true; data: Record<string, unknown> } | { ok: false; why: string } {
  let nodes = 0;
  let chars = 0;
  const count = (n: number) => {
    chars += n;
    if (chars > MAX_META_CHARS)
      throw new TooLarge(`front matter expands past ${MAX_META_CHARS} characters`);
  };
  const copy = (v: unknown, depth: number): unknown => {
    if (++nodes > MAX_META_NODES)
      throw new TooLarge(`front matter expands past ${MAX_META_NODES} values`);
    if (depth > MAX_META_DEPTH)
      throw new TooLarge(`front matter nested more than ${MAX_META_DEPTH} deep`);
    if (v === null || v === undefined) return null;
    if (typeof v === "string") {
      count(v.length);
      return v;
    }
    if (typeof v === "boolean") return v;
    if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
    if (Array.isArray(v)) return v.map((x) => copy(x, depth + 1));
    if (typeof v === "object") {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return null; // !!binary → Buffer, …
      // A plain object: "__proto__" (the one key that would not be an own key) is left out.
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        if (key === "__proto__") continue;
        count(key.length);
        out[key] = copy((v as Record<string, unknown>)[key], depth + 1);
      }
      return out;
    }
    return null;
  };
  try {
    const data = copy(value ?? {}, 0);
    return data && typeof data === "object" && !Array.isArray(data)
      ? { ok: true, data: data as Record<string, unknown> }
      : { ok: false, why: "front matter is not a mapping of keys to values" };
  } catch (err) {
    if (err instanceof TooLarge) return { ok: false, why: err.message };
    throw err;
  }
}

/** A parser's message, one line, no control characters, not too long: never the raw block. */
function oneLine(message: string): string {
  const first = message.split("\n")[0] ?? "";
  const clean = first
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
    .trim()
    .replace(/:$/, "");
  return clean.length > 160 ? `${clean.slice(0, 159)}…` : clean;
}

/** Lone CRs as LFs, for gray-matter's sake: the same length, so offsets do not move. */
function loneCrToLf(text: string): string {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}

export function parseFrontMatter(text: string): FrontMatter {
  if (!text.startsWith("---") || text[3] === "-") {
    return { ok: true, data: {}, bodyStart: 0, present: false };
  }
  const source = loneCrToLf(text);
  // The language as gray-matter reads it: "---js" → "js", "--- js" → "js".
  const eol = source.indexOf("\n", 3);
  const langLine = eol === -1 ? source.slice(3) : source.slice(3, eol);
  const lang = langLine.trim().toLowerCase();
  if (lang !== "" && lang !== "yaml" && lang !== "yml") {
    const shown = lang.length > 20 ? `${oneLine(lang.slice(0, 20))}…` : oneLine(lang);
    return {
      ok: false,
      code: "FRONT_MATTER_REFUSED",
      message: `front matter in '${shown}' refused: only YAML is read, code is never run`,
    };
  }
  // gray-matter closes the block at the first "\n---"; none means the whole file would be front matter.
  const close = eol === -1 ? -1 : source.indexOf("\n---", eol);
  if (close === -1) {
    return {
      ok: false,
      code: "FRONT_MATTER_INVALID",
      message: "front matter is not closed by a '---' line",
    };
  }
  if (close - eol > MAX_FRONT_MATTER_CHARS) {
    return {
      ok: false,
      code: "FRONT_MATTER_INVALID",
      message: `front matter longer than ${MAX_FRONT_MATTER_CHARS} characters, not parsed`,
    };
  }
  // gray-matter is given the block and the closing line's first characters only: what it does
  // to its whole input (a Buffer copy of it, a cache lookup keyed by it) then costs nothing for
  // a long article. The block ends at the same "\n---", and the body starts after it and at
  // most one "\r" and one "\n" (gray-matter strips those), so `close + 6` characters are
  // enough for the same bodyStart.
  const head = source.length > close + 6 ? source.slice(0, close + 6) : source;
  let parsed: { data: unknown; content: string };
  try {
    parsed = matter(head, MATTER_OPTIONS);
  } catch (err) {
    if (err instanceof Refused)
      return { ok: false, code: "FRONT_MATTER_REFUSED", message: err.message };
    const raw = err instanceof Error ? err.message : String(err);
    const reason = err instanceof RangeError ? "nested too deep to parse" : oneLine(raw);
    return {
      ok: false,
      code: "FRONT_MATTER_INVALID",
      message: `invalid YAML front matter: ${reason}`,
    };
  }
  const plain = toPlainData(parsed.data);
  if (!plain.ok) return { ok: false, code: "FRONT_MATTER_INVALID", message: plain.why };
  const bodyStart = head.length - parsed.content.length;
  return { ok: true, data: plain.data, bodyStart, present: true };
}
