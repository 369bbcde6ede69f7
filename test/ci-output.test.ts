// CI-native output (GitHub annotations, JUnit) and the command-line conventions a newcomer
// expects: bare `breach` is a usage error, --no-color anywhere, -v, and check's path hint.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotation, escapeData } from "../src/render/github.js";
import { stripAnsi, visibleWidth } from "../src/render/layout.js";
import { breach, ROOT, tempDirs } from "./cli-helpers.js";

const tmp = tempDirs("breach-ci-");

/** A copy of the seeds with a snapshot made of them, in a folder of its own. */
function snapshotted(): string {
  const dir = tmp();
  cpSync(join(ROOT, "seeds"), join(dir, "seeds"), { recursive: true });
  const res = breach(["check", "--update", "--expect", "snap.json", "seeds/"], { cwd: dir });
  expect(res.code).toBe(0);
  return dir;
}

const lineOf = (text: string, needle: string) =>
  text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("breach check --format github", () => {
  it("writes one ::error per changed, added or removed claim, at its file and line", () => {
    const dir = snapshotted();
    const file = "seeds/002_f302961174a3439d.txt";
    const before = readFileSync(join(dir, file), "utf8");
    // One figure changed (a changed claim); one sentence with a new figure added at the end.
    const after = `${before.replace("33.7 million customer accounts", "35.2 million customer accounts")}\nThe company later said 4,100 employees were also affected.\n`;
    writeFileSync(join(dir, file), after);
    const res = breach(["check", "--expect", "snap.json", "seeds/", "--format", "github"], {
      cwd: dir,
    });
    expect(res.code).toBe(1);
    const notes = res.stdout.trim().split("\n");
    expect(notes.every((n) => n.startsWith("::error file=seeds/002_f302961174a3439d.txt,"))).toBe(
      true,
    );
    const changed = notes.filter((n) => n.includes("::changed affected"));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain(`line=${lineOf(after, "35.2 million customer accounts")},`);
    expect(changed[0]).toContain("33700000 → 35200000");
    const added = notes.filter((n) => n.includes("::added affected"));
    expect(added).toHaveLength(1);
    expect(added[0]).toContain(`line=${lineOf(after, "4,100 employees")},`);
    // Nothing else changed claim-wise: every annotation is one of those, or a summary field.
    expect(notes.filter((n) => !/::(?:changed|added) affected|::summary /.test(n))).toEqual([]);
  });

  it("annotates a removed claim at the line it had", () => {
    const dir = snapshotted();
    const file = "seeds/002_f302961174a3439d.txt";
    const before = readFileSync(join(dir, file), "utf8");
    const gone = "undetected for five months";
    const line = lineOf(before, gone);
    writeFileSync(join(dir, file), before.replace(gone, "unnoticed"));
    const res = breach(["check", "--expect", "snap.json", "seeds/", "--format", "github"], {
      cwd: dir,
    });
    expect(res.code).toBe(1);
    const removed = res.stdout.split("\n").filter((n) => n.includes("::removed duration"));
    expect(removed).toHaveLength(1);
    expect(removed[0]).toContain(`file=${file},line=${line},`);
  });

  it("prints nothing and exits 0 when the snapshot holds", () => {
    const dir = snapshotted();
    const res = breach(["check", "--expect", "snap.json", "seeds/", "--format", "github"], {
      cwd: dir,
    });
    expect(res).toMatchObject({ code: 0, stdout: "" });
  });

  it("says the paths differ when run from another directory", () => {
    const dir = snapshotted();
    const res = breach(["check", "--expect", join(dir, "snap.json"), join(dir, "seeds")], {
      cwd: ROOT,
      env: { NO_COLOR: "1" },
    });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/because the paths differ/);
    expect(res.stderr).toMatch(/run breach check from there, with the same paths/);
  });
});

describe("breach eval --format github and junit", () => {
  const gold = ["eval", "--gold", "fixtures/gold/seeds", "seeds/"];

  it("writes the table, then one ::error per floor missed", () => {
    const res = breach([...gold, "--min-f1", "0.5", "--min-attr", "1", "--format", "github"]);
    const notes = res.stdout.split("\n").filter((l) => l.startsWith("::error "));
    const failed = res.stderr.split("\n").filter((l) => l.startsWith("breach: eval gate failed"));
    expect(res.code).toBe(failed.length ? 1 : 0);
    expect(notes).toHaveLength(failed.length);
    for (const n of notes)
      expect(n).toMatch(/^::error title=breach eval --gold fixtures\/gold\/seeds::/);
    expect(res.stdout).toContain("Claims (5 documents with claim gold)");
    expect(res.stdout).not.toContain("\u001b[");
  });

  it("the eval table fits 80 columns with colour", () => {
    const res = breach(["eval", "--gold", "fixtures/dev/vcdb", "--min-facts", "0"], {
      env: { FORCE_COLOR: "1" },
    });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain("\u001b[");
    const plain = stripAnsi(res.stdout).split("\n");
    expect(plain.filter((l) => visibleWidth(l) > 80)).toEqual([]);
  });

  it("junit: one test case per floor, failures marked", () => {
    const res = breach([
      ...gold,
      "--min-f1",
      "0.5",
      "--min-kind-f1",
      "affected=0.5,date=0.5",
      "--format",
      "junit",
    ]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^<\?xml/);
    expect(res.stdout.match(/<testcase /g)).toHaveLength(3);
    expect(res.stdout).toContain('tests="3" failures="0"');
    expect(res.stdout).toContain('name="--min-kind-f1 date=0.5"');
  });
});

describe("annotations escape what would end them", () => {
  it("escapes % and line breaks in the message, and : , in properties", () => {
    expect(escapeData("50%\nnext")).toBe("50%25%0Anext");
    expect(annotation("error", "a: b", { file: "x,y:z.txt", line: 3 })).toBe(
      "::error file=x%2Cy%3Az.txt,line=3::a: b\n",
    );
  });
});

describe("command-line conventions", () => {
  it("bare breach prints help on stderr and exits 2", () => {
    const res = breach([]);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe("");
    expect(res.stderr).toMatch(/Usage: breach/);
  });

  it("-v prints the version", () => {
    const res = breach(["-v"]);
    expect(res.code).toBe(0);
    expect(res.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    [["--no-color", "extract", "seeds/", "--format", "table"]],
    [["extract", "--no-color", "seeds/", "--format", "table"]],
    [["extract", "seeds/", "--format", "table", "--no-color"]],
    [["--no-color", "rules"]],
    [["--no-color", "eval", "--gold", "fixtures/gold/seeds", "seeds/"]],
  ])("--no-color anywhere: %j", (args) => {
    const res = breach(args, { env: { FORCE_COLOR: "1" } });
    expect(res.code).toBe(0);
    expect(res.stdout).not.toContain("\u001b[");
    expect(res.stdout.length).toBeGreaterThan(100);
  });

  it("no progress bar when stderr is not a terminal", () => {
    const res = breach(["extract", "seeds/", "--format", "table", "--no-color"]);
    expect(res.stderr).toBe("");
  });
});
