// Documents in as NDJSON (`extract --input ndjson`, .ndjson/.jsonl files), standard input when
// no path is given, and the reduce step (`report --from ndjson`) on extraction output.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseLine, splitLines } from "../src/read/ndjson.js";
import { breach, ROOT, tempDirs } from "./cli-helpers.js";

const tmp = tempDirs("breach-ndjson-");

async function lines(chunks: (string | Buffer)[], max?: number) {
  const out: (string | number)[] = [];
  for await (const l of splitLines(Readable.from(chunks), max))
    out.push("tooLong" in l ? -l.n : `${l.n}:${l.bytes.toString("utf8")}`);
  return out;
}

/** The files of a folder as NDJSON lines {id, path, text}, in path order (as extract reads). */
function corpusOf(dir: string): string {
  return readdirSync(join(ROOT, dir))
    .filter((n) => /\.(?:txt|md|markdown)$/.test(n))
    .sort()
    .map((n) => {
      const text = readFileSync(join(ROOT, dir, n), "utf8");
      return `${JSON.stringify({ id: n.replace(/\.[^.]*$/, ""), path: `${dir}/${n}`, text })}\n`;
    })
    .join("");
}

const records = (ndjson: string) =>
  ndjson
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("splitLines", () => {
  it("splits on LF and CRLF, skips blank lines, and keeps a last line without its newline", async () => {
    expect(await lines(["a\r\n\nb\n  \r\nc"])).toEqual(["1:a", "3:b", "5:c"]);
  });

  it("joins a line cut across chunks, a multi-byte character included", async () => {
    const bytes = Buffer.from('{"t":"café"}\nnext\n');
    const cut = bytes.indexOf(0xa9); // inside "é"
    expect(
      await lines([bytes.subarray(0, cut), bytes.subarray(cut, cut + 6), bytes.subarray(cut + 6)]),
    ).toEqual(['1:{"t":"café"}', "2:next"]);
  });

  it("gives a line over the limit as too long, and goes on after it", async () => {
    expect(await lines(["short\n", "x".repeat(10), "y".repeat(10), "\nok\n"], 12)).toEqual([
      "1:short",
      -2,
      "3:ok",
    ]);
    expect(await lines(["ok\n", "z".repeat(20)], 12)).toEqual(["1:ok", -2]);
  });
});

describe("parseLine", () => {
  const parse = (s: string) => parseLine(Buffer.from(s), 7, "in.jsonl");
  const messageOf = (s: string) => {
    const r = parse(s);
    expect(r).toMatchObject({ ok: false, error: { path: "in.jsonl:7", code: "INPUT_INVALID" } });
    return r.ok ? "" : r.error.message;
  };

  it("refuses what is not a document, saying why", () => {
    expect(messageOf("{oops")).toMatch(/^not JSON/);
    expect(messageOf("[1, 2]")).toBe("not a JSON object");
    expect(messageOf('{"text": "t"}')).toBe('no "id" string');
    expect(messageOf('{"id": "a"}')).toBe('no "text" string');
    expect(messageOf('{"id": "a", "text": "t", "title": 3}')).toBe('"title" is not a string');
    expect(messageOf('{"id": "a", "text": "t", "published": "last week"}')).toMatch(/ISO date/);
    expect(parseLine(Buffer.from([0x22, 0xff, 0x22]), 7, "in.jsonl")).toMatchObject({
      ok: false,
      error: { message: "not valid UTF-8" },
    });
  });

  it("takes the path from the line, else the id, with control characters escaped", () => {
    expect(parse('{"id": "a", "text": "t", "path": "x/a.txt"}')).toMatchObject({
      ok: true,
      file: { id: "a", path: "x/a.txt", text: "t" },
    });
    expect(parse('{"id": "a\\nb", "text": "t", "title": null}')).toMatchObject({
      ok: true,
      file: { id: "a\nb", path: "a\\x0ab" },
    });
  });
});

describe("breach extract --input ndjson", () => {
  it("gives one line per input line, in order; a malformed line is an INPUT_INVALID error", () => {
    const input = [
      '{"id": "one", "text": "Over 5,000 customers were affected."}',
      "not json",
      "",
      '{"id": "two"}',
      '{"id": "three", "text": "Nothing here."}',
    ].join("\n");
    const res = breach(["extract", "--input", "ndjson", "--format", "ndjson", "-"], { input });
    expect(res.code).toBe(2);
    const out = records(res.stdout);
    expect(out.map((r) => [r.type, r.id ?? r.path])).toEqual([
      ["document", "one"],
      ["error", "<stdin>:2"],
      ["error", "<stdin>:4"],
      ["document", "three"],
    ]);
    expect(out[1]).toMatchObject({ code: "INPUT_INVALID", severity: "error" });
    expect(res.stderr).toMatch(/<stdin>:4: no "text" string \[INPUT_INVALID\]/);
  });

  it("reads standard input without a path, and gives offsets into text", () => {
    const text = "A headline\n\nThe firm said 12,000 customers had their data exposed.";
    const res = breach(["extract", "--input", "ndjson", "--format", "ndjson"], {
      input: `${JSON.stringify({ id: "d", text })}\n`,
    });
    expect(res.code).toBe(0);
    const [doc] = records(res.stdout) as {
      claims: { text: string; start: number; end: number }[];
    }[];
    expect(doc!.claims.length).toBeGreaterThan(0);
    for (const c of doc!.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it("takes title and published from the line (published dates the text's dates)", () => {
    const line = {
      id: "p",
      title: "Retailer breached",
      published: "2020-05-01T10:00:00Z",
      text: "In March, hackers stole the records of 3,000 customers.",
    };
    const res = breach(["extract", "--format", "ndjson", "--input", "ndjson", "-"], {
      input: JSON.stringify(line),
    });
    const [doc] = records(res.stdout) as {
      title: string;
      published: string;
      claims: { kind: string; value: { date?: string } }[];
    }[];
    expect(doc).toMatchObject({ title: "Retailer breached", published: "2020-05-01" });
    expect(doc!.claims.find((c) => c.kind === "date")?.value.date).toBe("2020-03");
  });

  it("reads a .jsonl file as NDJSON by default, giving the records the files give", () => {
    const file = join(tmp(), "seeds.jsonl");
    writeFileSync(file, corpusOf("seeds"));
    const fromLines = breach(["extract", file, "--format", "ndjson", "--jobs", "1"]);
    const fromFiles = breach(["extract", "seeds/", "--format", "ndjson", "--jobs", "1"]);
    expect(fromLines.code).toBe(0);
    expect(records(fromLines.stdout)).toHaveLength(5);
    expect(fromLines.stdout).toBe(fromFiles.stdout);
  });

  it("gives the same lines in worker threads (--jobs 2) as in one thread, errors in place", () => {
    const seeds = corpusOf("seeds").trim().split("\n");
    const input = [...seeds, "{", ...seeds, '{"id": 1}', ...seeds].join("\n");
    const run = (jobs: string) =>
      breach(["extract", "--input", "ndjson", "--format", "ndjson", "--jobs", jobs, "-"], {
        input,
      });
    const one = run("1");
    const two = run("2");
    expect(two.code).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    const out = records(two.stdout);
    expect(out).toHaveLength(17);
    expect(out.filter((r) => r.type === "error").map((r) => r.path)).toEqual([
      "<stdin>:6",
      "<stdin>:12",
    ]);
  });

  it("searches directories for .ndjson and .jsonl files with --input ndjson", () => {
    const dir = tmp();
    writeFileSync(join(dir, "b.ndjson"), '{"id": "b", "text": "B."}\n');
    writeFileSync(join(dir, "a.jsonl"), '{"id": "a", "text": "A."}\n');
    writeFileSync(join(dir, "c.txt"), "not read");
    const res = breach(["extract", dir, "--input", "ndjson", "--format", "ndjson"]);
    expect(records(res.stdout).map((r) => r.id)).toEqual(["a", "b"]);
  });
});

describe("breach extract without a path", () => {
  it("reads standard input when it is a pipe", () => {
    const res = breach(["extract"], { input: "Over 5,000 customers were affected.\n" });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).documents[0]).toMatchObject({ path: "<stdin>", id: "stdin" });
  });

  it("says there is no input when standard input is not a pipe or file (/dev/null)", () => {
    const res = breach(["extract"], { stdio: ["ignore", "pipe", "pipe"] });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/no input/);
  });
});

describe("breach report --from ndjson", () => {
  const sameReport = (dirs: string[], formats = ["json", "markdown"]) => {
    const extracted = breach(["extract", ...dirs, "--format", "ndjson", "--jobs", "2"]);
    const file = join(tmp(), "extracted.ndjson");
    writeFileSync(file, extracted.stdout);
    for (const format of formats) {
      const direct = breach(["report", ...dirs, "--format", format, "--jobs", "2"]);
      const reduced = breach(["report", "--from", "ndjson", file, "--format", format]);
      expect(reduced.code).toBe(direct.code);
      expect(reduced.stdout).toBe(direct.stdout);
    }
    return file;
  };

  it("gives the report breach report gives on the seeds, from a file or standard input", () => {
    const file = sameReport(["seeds/"]);
    const piped = breach(["report", "--from", "ndjson", "--format", "json"], {
      input: readFileSync(file, "utf8"),
    });
    expect(piped.stdout).toBe(breach(["report", "seeds/", "--format", "json"]).stdout);
    expect(JSON.parse(piped.stdout).incidents).toHaveLength(1);
  });

  const dev = ["fixtures/dev", "../shared/eval/dev"].find((d) => existsSync(join(ROOT, d, "hibp")));
  // Slow (the articles extracted twice): one format, and time for a loaded machine.
  it.skipIf(!dev)(
    "gives the report breach report gives on the dev HIBP and VCDB sets",
    () => void sameReport([`${dev}/hibp`, `${dev}/vcdb`], ["json"]),
    240_000,
  );

  it("ignores incident lines, keeps error lines, and reports a malformed line", () => {
    const extracted = breach(["extract", "seeds/", "--format", "ndjson", "--incidents"]).stdout;
    expect(extracted).toContain('"type":"incident"');
    const input = `${extracted}{"type":"error","path":"gone.txt","code":"ENOENT","severity":"error","message":"no such file"}\n{"type":"document","id":3}\n`;
    const res = breach(["report", "--from", "ndjson", "--format", "json", "-"], { input });
    expect(res.code).toBe(2);
    const report = JSON.parse(res.stdout);
    expect(report.incidents).toEqual(
      JSON.parse(breach(["report", "seeds/", "--format", "json"]).stdout).incidents,
    );
    expect(report.errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ["gone.txt", "ENOENT"],
      [`<stdin>:${extracted.trim().split("\n").length + 2}`, "INPUT_INVALID"],
    ]);
  });
});
