// Reading edge cases: decoding, walking, front matter, line ends and the sentence cap.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import matter from "gray-matter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildDocument,
  lineStarts,
  locate,
  MAX_SENTENCE,
  parseFrontMatter,
  splitSentences,
} from "../src/document/index.js";
import { decode, displayPath, fromBytes, readSource, sniffUtf16, walk } from "../src/read/index.js";

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const BOM = [0xef, 0xbb, 0xbf];

describe("decode", () => {
  it("drops one UTF-8 BOM, and offsets index the text after it", () => {
    const d = decode(new Uint8Array([...BOM, ...utf8("Hello")]));
    expect(d).toEqual({ ok: true, text: "Hello" });
    const r = fromBytes("a.txt", new Uint8Array([...BOM, ...utf8("Breach at Acme")]));
    expect(r.ok && r.file.text.indexOf("Acme")).toBe(10);
  });

  it("reads empty files and multi-byte UTF-8", () => {
    expect(decode(new Uint8Array())).toEqual({ ok: true, text: "" });
    expect(decode(utf8("caf\u00e9 \u20ac5 \u{1f513}"))).toEqual({
      ok: true,
      text: "caf\u00e9 \u20ac5 \u{1f513}",
    });
  });

  it("calls files with NUL bytes binary (a warning), and names known formats", () => {
    const nul = decode(new Uint8Array([...utf8("text then padding"), 0, 0, 0]));
    expect(nul).toMatchObject({ ok: false, error: { code: "BINARY", severity: "warning" } });
    expect(!nul.ok && nul.error.message).toContain("offset 17");
    const png = decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(!png.ok && png.error.message).toContain("PNG");
  });

  it("refuses UTF-16 with a BOM and without one (an error: text we cannot read)", () => {
    const text = "Data of 2,000 customers was exposed.";
    const le = new Uint8Array(Buffer.from(text, "utf16le"));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    for (const bytes of [
      new Uint8Array([0xff, 0xfe, ...le]),
      new Uint8Array([0xfe, 0xff, ...be]),
      le,
      be,
    ]) {
      expect(decode(bytes)).toMatchObject({
        ok: false,
        error: { code: "DECODE", severity: "error" },
      });
    }
    expect(sniffUtf16(le)).toBe("UTF-16LE");
    expect(sniffUtf16(be)).toBe("UTF-16BE");
    // Binary with scattered NULs is not UTF-16.
    expect(sniffUtf16(new Uint8Array([1, 0, 0, 7, 200, 0, 0, 0, 5, 9, 0, 3]))).toBeNull();
  });

  it("refuses Latin-1, overlong encodings, surrogates and truncated sequences", () => {
    const latin1 = decode(new Uint8Array(Buffer.from("Caf\u00e9 fined", "latin1")));
    expect(latin1).toMatchObject({ ok: false, error: { code: "DECODE", severity: "error" } });
    expect(!latin1.ok && latin1.error.message).toMatch(/0xE9 at offset 3.*Latin-1/);
    for (const bad of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0x41, 0xe2, 0x82],
    ]) {
      expect(decode(new Uint8Array(bad))).toMatchObject({ ok: false, error: { code: "DECODE" } });
    }
  });
});

describe("line ends and positions", () => {
  it("counts CRLF, lone CR and LF as one line end each", () => {
    const text = "one\r\ntwo\rthree\nfour";
    expect(lineStarts(text)).toEqual([0, 5, 9, 15]);
    const starts = lineStarts(text);
    expect(locate(starts, text.indexOf("two"))).toEqual({ line: 2, column: 1 });
    expect(locate(starts, text.indexOf("hree"))).toEqual({ line: 3, column: 2 });
    expect(locate(starts, text.indexOf("four") + 3)).toEqual({ line: 4, column: 4 });
  });

  it("splits sentences on lone CR and CRLF with offsets into the text as it is", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const text = ["Title line", "First sentence here.", "Second one."].join(eol);
      const sentences = splitSentences(text);
      expect(sentences.map((s) => s.text)).toEqual([
        "Title line",
        "First sentence here.",
        "Second one.",
      ]);
      for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("caps sentences at MAX_SENTENCE, cutting at white space, never inside a surrogate pair", () => {
    const words = "word ".repeat(3 * MAX_SENTENCE);
    const cut = splitSentences(words);
    expect(cut.length).toBeGreaterThan(1);
    for (const s of cut) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(words.slice(s.start, s.end)).toBe(s.text);
      expect(s.text.endsWith("word")).toBe(true);
    }
    // No white space at all (a 20 MB line of digits and commas): cut at the cap.
    const ones = "1,".repeat(50 * MAX_SENTENCE);
    const pieces = splitSentences(ones);
    expect(pieces).toHaveLength(100);
    expect(pieces.map((s) => s.text).join("")).toBe(ones);
    // An emoji straddling the cap stays whole.
    const emoji = `${"x".repeat(MAX_SENTENCE - 1)}\u{1f513}${"y".repeat(10)}`;
    const [first] = splitSentences(emoji);
    expect(first!.text.endsWith("x")).toBe(true);
    expect(first!.end).toBe(MAX_SENTENCE - 1);
  });
});

describe("front matter", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "breach-read-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const code = (marker: string) =>
    `(function () { require("fs").writeFileSync(${JSON.stringify(marker)}, "ran"); ` +
    `Object.prototype.polluted = "yes"; return { title: "pwned" }; })()`;

  it.each(["---js", "---javascript", "--- js", "---JS", "---coffee", "---json", "---toml"])(
    "refuses %s front matter and runs nothing",
    (fence) => {
      const marker = join(dir, `${fence.replace(/\W/g, "_")}.marker`);
      const fm = parseFrontMatter(`${fence}\n${code(marker)}\n---\nBody.\n`);
      expect(fm).toMatchObject({ ok: false, code: "FRONT_MATTER_REFUSED" });
      expect(existsSync(marker)).toBe(false);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it("never reads a language hidden behind a lone CR as code", () => {
    const marker = join(dir, "cr.marker");
    const fm = parseFrontMatter(`---\rjs\n${code(marker)}\n---\nBody.\n`);
    expect(fm.ok).toBe(false);
    expect(existsSync(marker)).toBe(false);
  });

  it("passes options to gray-matter, so its module-wide cache stays empty", () => {
    parseFrontMatter("---\ntitle: One\n---\nBody.\n");
    parseFrontMatter("---\ntitle: One\n---\nBody.\n");
    expect(Object.keys((matter as unknown as { cache: object }).cache)).toEqual([]);
  });

  it("finds the body after CRLF and lone-CR front matter", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const text = ["---", "title: T", "date: 2025-03-03", "---", "Body starts here."].join(eol);
      const fm = parseFrontMatter(text);
      expect(fm.ok, JSON.stringify(eol)).toBe(true);
      if (!fm.ok) continue;
      expect(text.slice(fm.bodyStart)).toBe("Body starts here.");
      expect(fm.data.title).toBe("T");
      expect(fm.data.date).toBe("2025-03-03");
    }
  });

  it("calls unterminated front matter an error, and '----' a rule, not front matter", () => {
    expect(parseFrontMatter("---\ntitle: x\nno closing fence\n")).toMatchObject({
      ok: false,
      code: "FRONT_MATTER_INVALID",
    });
    expect(parseFrontMatter("---")).toMatchObject({ ok: false, code: "FRONT_MATTER_INVALID" });
    expect(parseFrontMatter("----\ntext\n")).toMatchObject({ ok: true, present: false });
    expect(parseFrontMatter("Plain text\n---\n")).toMatchObject({ ok: true, present: false });
  });

  it("drops __proto__ keys at every depth, keeps other keys, pollutes nothing", () => {
    const fm = parseFrontMatter(
      '---\n__proto__: { polluted: yes }\nnested:\n  "__proto__": { polluted: yes }\n  keep: 1\nconstructor: { prototype: { polluted: yes } }\n---\nBody\n',
    );
    expect(fm.ok).toBe(true);
    if (!fm.ok) return;
    expect(Object.hasOwn(fm.data, "__proto__")).toBe(false);
    expect(Object.getPrototypeOf(fm.data)).toBe(Object.prototype);
    expect(fm.data.nested).toEqual({ keep: 1 });
    expect(Object.hasOwn(fm.data.nested as object, "__proto__")).toBe(false);
    expect(fm.data.constructor).toEqual({ prototype: { polluted: "yes" } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses YAML bombs: aliases, long aliased strings, deep nesting, a huge block", () => {
    const laughs = ["---", 'a0: &a0 "lol"'];
    for (let i = 1; i <= 9; i++) laughs.push(`a${i}: &a${i} [${`*a${i - 1},`.repeat(10)}]`);
    const long = `---\nx: &x "${"y".repeat(50_000)}"\nz: [${"*x,".repeat(100)}]\n---\nB\n`;
    const deep = `---\nd: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n---\nB\n`;
    const huge = `---\n${"k: v\n".repeat(100_000)}---\nB\n`;
    for (const text of [`${laughs.join("\n")}\n---\nB\n`, long, deep, huge]) {
      const fm = parseFrontMatter(text);
      expect(fm).toMatchObject({ ok: false, code: "FRONT_MATTER_INVALID" });
      expect(!fm.ok && fm.message.length).toBeLessThan(200);
    }
  });

  it("uses the safe schema: !!js/function is an error, !!binary is no value", () => {
    expect(
      parseFrontMatter('---\nf: !!js/function "function () { return 1; }"\n---\nB\n'),
    ).toMatchObject({ ok: false, code: "FRONT_MATTER_INVALID" });
    const bin = parseFrontMatter("---\nb: !!binary aGVsbG8=\nt: x\n---\nB\n");
    expect(bin).toMatchObject({ ok: true, data: { b: null, t: "x" } });
  });

  it("makes a document of front matter title and date, the body's offsets into the whole file", () => {
    const text = "---\r\ntitle: Front title\r\ndate: 2025-03-03\r\n---\r\nBody line one.\r\n";
    const built = buildDocument({ path: "x.md", id: "x", sha256: "0".repeat(64), text });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.doc.title).toBe("Front title");
    expect(built.doc.published).toBe("2025-03-03");
    const s = built.doc.sentences[0]!;
    expect(text.slice(s.start, s.end)).toBe("Body line one.");
    expect(locate(built.doc.lineStarts, s.start)).toEqual({ line: 5, column: 1 });
  });
});

describe("walk and read", () => {
  let dir: string;
  let fifo = false;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "breach-walk-"));
    await mkdir(join(dir, "b"), { recursive: true });
    for (const name of ["b.txt", "a.md", "B.txt", "b/c.markdown", "skip.json", "a b.txt"])
      await writeFile(join(dir, name), "Text.\n");
    await symlink("..", join(dir, "b", "up")); // a directory loop
    await symlink("self.txt", join(dir, "self.txt")); // a link loop
    await symlink("missing.txt", join(dir, "gone.txt")); // a dangling link
    try {
      execFileSync("mkfifo", [join(dir, "pipe.txt")]);
      fifo = true;
    } catch {
      fifo = false;
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("lists files in byte-wise sorted order, by extension, ending the directory loop", async () => {
    const { files } = await walk([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      "B.txt",
      "a b.txt",
      "a.md",
      "b.txt",
      "b/c.markdown",
    ]);
  });

  it("reports link loops, dangling links and pipes as warnings, never opening the pipe", async () => {
    const { errors } = await walk([dir]);
    const byName = Object.fromEntries(errors.map((e) => [e.path.slice(dir.length + 1), e]));
    expect(byName["self.txt"]).toMatchObject({ code: "ELOOP", severity: "warning" });
    expect(byName["gone.txt"]).toMatchObject({ code: "ENOENT", severity: "warning" });
    if (fifo)
      expect(byName["pipe.txt"]).toMatchObject({ code: "NOT_REGULAR", severity: "warning" });
  });

  it("reads a file named on the command line whatever its extension", async () => {
    const { files } = await walk([join(dir, "skip.json")]);
    expect(files).toEqual([join(dir, "skip.json")]);
  });

  it("skips a pipe even when asked to read it directly (no blocking read)", async () => {
    if (!fifo) return;
    const r = await readSource(join(dir, "pipe.txt"), "pipe.txt");
    expect(r).toMatchObject({
      ok: false,
      error: { code: "NOT_REGULAR", severity: "warning", path: "pipe.txt" },
    });
    const d = await readSource(join(dir, "b"), "b");
    expect(d).toMatchObject({ ok: false, error: { code: "NOT_REGULAR" } });
  });

  it("reads standard input, dropping a BOM", async () => {
    const stdin = Readable.from([Buffer.from([...BOM]), Buffer.from("From stdin.")]);
    const r = await readSource("-", "<stdin>", stdin);
    expect(r).toMatchObject({ ok: true, file: { id: "stdin", text: "From stdin." } });
  });

  it("shows control characters in names escaped, so a name cannot split a line", () => {
    expect(displayPath("/x/bad\nname\u001b[31m.txt", "/x")).toBe("bad\\x0aname\\x1b[31m.txt");
    expect(displayPath("/x/plain name.txt", "/x")).toBe("plain name.txt");
  });
});
