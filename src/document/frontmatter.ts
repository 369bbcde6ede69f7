// Front matter through gray-matter, YAML only. gray-matter runs `---js`, `---javascript`
// and `---coffee` front matter through eval() unless its engines are replaced: every
// engine but YAML here refuses, and an options object is always passed (that also turns
// off gray-matter's module-wide cache, which would hand one file's data to another).
import matter from "gray-matter";

export type FrontMatter =
  | { ok: true; data: Record<string, unknown>; bodyStart: number; present: boolean }
  | { ok: false; code: "FRONT_MATTER_REFUSED" | "FRONT_MATTER_INVALID"; message: string };

class Refused extends Error {}

const refuse = (lang: string) => () => {
  throw new Refused(`${lang} front matter is code and is never run`);
};

/** Most nodes a front matter value may expand to (a YAML alias bomb expands far past it). */
export const MAX_META_NODES = 10_000;
export const MAX_META_DEPTH = 32;

/** Plain JSON data or null: aliases copied out under a budget, no prototype keys. */
function toPlainData(value: unknown): Record<string, unknown> | null {
  let nodes = 0;
  const copy = (v: unknown, depth: number): unknown => {
    if (++nodes > MAX_META_NODES || depth > MAX_META_DEPTH) throw new RangeError("too large");
    if (v === null || typeof v === "string" || typeof v === "boolean") return v;
    if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
    if (Array.isArray(v)) return v.map((x) => copy(x, depth + 1));
    if (typeof v === "object") {
      const out: Record<string, unknown> = Object.create(null);
      for (const key of Object.keys(v as object))
        out[key] = copy((v as Record<string, unknown>)[key], depth + 1);
      return { ...out };
    }
    return String(v);
  };
  try {
    const data = copy(value ?? {}, 0);
    return data && typeof data === "object" && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The language named after the opening fence, as gray-matter reads it ("---js" → "js"). */
function fenceLanguage(text: string): string | null {
  if (!text.startsWith("---") || text[3] === "-") return null;
  const eol = text.search(/\r?\n|\r/);
  return text
    .slice(3, eol === -1 ? text.length : eol)
    .trim()
    .toLowerCase();
}

export function parseFrontMatter(text: string): FrontMatter {
  const lang = fenceLanguage(text);
  if (lang === null) return { ok: true, data: {}, bodyStart: 0, present: false };
  if (lang !== "" && lang !== "yaml" && lang !== "yml") {
    return {
      ok: false,
      code: "FRONT_MATTER_REFUSED",
      message: `front matter in '${lang}' refused: only YAML is read, code is never run`,
    };
  }
  // gray-matter finds the closing fence itself; none means the whole file would be front matter.
  if (!/\r?\n---[ \t]*(?:\r?\n|$)/.test(text.slice(3))) {
    return {
      ok: false,
      code: "FRONT_MATTER_INVALID",
      message: "front matter is not closed by a '---' line",
    };
  }
  let parsed: { data: unknown; content: string };
  try {
    parsed = matter(text, {
      language: "yaml",
      engines: {
        js: refuse("js"),
        javascript: refuse("javascript"),
        coffee: refuse("coffee"),
        coffeescript: refuse("coffeescript"),
        json: refuse("json"),
        toml: refuse("toml"),
      },
    } as Parameters<typeof matter>[1]);
  } catch (err) {
    if (err instanceof Refused)
      return { ok: false, code: "FRONT_MATTER_REFUSED", message: err.message };
    const reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return {
      ok: false,
      code: "FRONT_MATTER_INVALID",
      message: `invalid YAML front matter: ${reason}`,
    };
  }
  const data = toPlainData(parsed.data);
  if (data === null) {
    return {
      ok: false,
      code: "FRONT_MATTER_INVALID",
      message: `front matter is not a mapping of at most ${MAX_META_NODES} values (nested ${MAX_META_DEPTH} deep)`,
    };
  }
  const bodyStart = text.length - parsed.content.length;
  return { ok: true, data, bodyStart, present: true };
}
