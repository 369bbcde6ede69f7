// Bench corpora, generated at run time under .bench/ (gitignored), never committed.
//
// - main: the seeds and the dev documents (../shared/eval/dev: hibp *.md, vcdb *.txt),
//   copied over and over into r00/, r01/, … until the corpus holds at least 20 MB.
// - small: 100,000 small files (a paragraph each, cut from the same documents), 1,000 per folder.
// - big: one 100 MB file (the documents one after another).
// Each is rebuilt only when its manifest (sources, sizes) changed.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..");
export const BENCH = join(ROOT, ".bench");
const DEV = join(ROOT, "..", "shared", "eval", "dev");

/** The source documents: seeds, then hibp *.md, then vcdb *.txt, by name. */
export function sources() {
  const out = [];
  const add = (dir, ext) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith(ext) && !name.endsWith(".facts.json"))
        out.push({ name, text: readFileSync(join(dir, name), "utf8") });
    }
  };
  add(join(ROOT, "seeds"), ".txt");
  add(join(DEV, "hibp"), ".md");
  add(join(DEV, "vcdb"), ".txt");
  if (out.length === 0) throw new Error(`no source documents in seeds/ or ${DEV}`);
  return out;
}

function fingerprint(docs, extra) {
  const h = createHash("sha256").update(JSON.stringify(extra));
  for (const d of docs) h.update(d.name).update(d.text);
  return h.digest("hex");
}

/** Rebuild dir unless its manifest says it was built from the same inputs. */
function ensure(dir, key, build) {
  const manifest = join(dir, "manifest.json");
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, "utf8"));
    if (m.key === key) return m;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const info = build();
  const m = { key, ...info };
  writeFileSync(manifest, JSON.stringify(m, null, 2));
  return m;
}

/** The main corpus: copies of every document until at least minBytes. */
export function mainCorpus(minBytes = 20e6) {
  const docs = sources();
  const dir = join(BENCH, "corpus");
  return {
    dir,
    ...ensure(dir, fingerprint(docs, { minBytes, v: 1 }), () => {
      let bytes = 0;
      let files = 0;
      for (let r = 0; bytes < minBytes; r++) {
        const sub = join(dir, `r${String(r).padStart(2, "0")}`);
        mkdirSync(sub, { recursive: true });
        for (const d of docs) {
          writeFileSync(join(sub, d.name), d.text);
          bytes += Buffer.byteLength(d.text);
          files++;
        }
      }
      return { bytes, files };
    }),
  };
}

/** Pieces of the documents, a sentence or a few (100–300 characters), cut at a sentence end. */
function paragraphs(docs) {
  const out = [];
  for (const d of docs) {
    // Without front matter (a piece of it would be refused as code), whitespace collapsed.
    const body = d.text.replace(/^---\r?\n[\s\S]*?\r?\n---[^\S\r\n]*\r?\n/, "");
    const text = body.replace(/\s+/g, " ");
    let at = 0;
    while (at < text.length) {
      let end = text.indexOf(". ", at + 100);
      if (end === -1 || end > at + 300) end = Math.min(text.length, at + 300);
      else end += 1;
      const piece = text.slice(at, end).trim();
      if (piece.length >= 60) out.push(piece);
      at = end;
    }
  }
  return out;
}

/** count small files of a few sentences each, 1,000 to a folder. */
export function smallCorpus(count = 100_000) {
  const docs = sources();
  const dir = join(BENCH, "small");
  return {
    dir,
    ...ensure(dir, fingerprint(docs, { count, v: 3 }), () => {
      const paras = paragraphs(docs);
      let bytes = 0;
      for (let i = 0; i < count; i++) {
        const sub = join(dir, `d${String(Math.floor(i / 1000)).padStart(3, "0")}`);
        if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
        const text = paras[i % paras.length];
        writeFileSync(join(sub, `${String(i).padStart(6, "0")}.txt`), text);
        bytes += Buffer.byteLength(text);
      }
      return { bytes, files: count };
    }),
  };
}

/** One file of at least minBytes: the documents one after another, blank lines between. */
export function bigFile(minBytes = 100e6) {
  const docs = sources();
  const dir = join(BENCH, "big");
  const info = ensure(dir, fingerprint(docs, { minBytes, v: 1 }), () => {
    const parts = [];
    let bytes = 0;
    while (bytes < minBytes) {
      for (const d of docs) {
        parts.push(d.text, "\n\n");
        bytes += Buffer.byteLength(d.text) + 2;
      }
    }
    writeFileSync(join(dir, "big.txt"), parts.join(""));
    return { bytes, files: 1 };
  });
  return { dir, path: join(dir, "big.txt"), ...info };
}
