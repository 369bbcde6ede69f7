// breach check: snapshot, claim-by-claim diff, and the command as a user runs it.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentRecord } from "../src/contract/index.js";
import {
  diffClaims,
  diffSnapshots,
  differs,
  parseSnapshot,
  serializeSnapshot,
  toSnapshot,
  SnapshotError,
  type Snapshot,
  type SnapshotClaim,
} from "../src/eval/snapshot.js";
import { renderDiff } from "../src/eval/snapshot-render.js";
import { breachPlain, tempDirs } from "./cli-helpers.js";

const ROOT = resolve(import.meta.dirname, "..");

const breach = breachPlain;
const tempDir = tempDirs("breach-check-");

const claim = (over: Partial<SnapshotClaim>): SnapshotClaim => ({
  kind: "affected",
  text: "2,000 users",
  start: 10,
  end: 21,
  line: 1,
  value: { bound: "exact", count: 2000, unit: "users" },
  subject: "Acme",
  modality: "asserted",
  rule: "affected.test",
  ...over,
});

describe("diffClaims", () => {
  it("finds nothing between equal lists", () => {
    expect(diffClaims([claim({})], [claim({})])).toEqual([]);
  });

  it("tells moves (offsets only) from value changes, additions and removals", () => {
    const before = [
      claim({}),
      claim({ kind: "date", text: "May 2021", start: 40, end: 48, value: { date: "2021-05" } }),
      claim({ kind: "data", text: "emails", start: 60, end: 66, value: { category: "email" } }),
    ];
    const after = [
      claim({ start: 15, end: 26, line: 2 }), // moved
      claim({
        kind: "date",
        text: "May 2021",
        start: 40,
        end: 48,
        value: { date: "2021-05" },
        modality: "reported",
      }), // changed
      claim({ kind: "penalty", text: "$5 million", start: 80, end: 90, value: { amount: 5e6 } }),
    ];
    const changes = diffClaims(before, after);
    expect(changes.map((c) => c.type)).toEqual(["moved", "changed", "removed", "added"]);
    const changed = changes.find((c) => c.type === "changed");
    expect(changed && "changes" in changed ? changed.changes : null).toEqual([
      { field: "modality", from: "asserted", to: "reported" },
    ]);
  });

  it("reports a changed value field by field", () => {
    const [c] = diffClaims(
      [claim({})],
      [claim({ text: "3,000 users", value: { bound: "exact", count: 3000, unit: "users" } })],
    );
    expect(c).toMatchObject({
      type: "changed",
      changes: [
        { field: "text", from: "2,000 users", to: "3,000 users" },
        { field: "value.count", from: 2000, to: 3000 },
      ],
    });
  });
});

describe("snapshots", () => {
  const doc = (path: string, claims: Partial<SnapshotClaim>[]): DocumentRecord =>
    ({
      path,
      id: path,
      sha256: "0".repeat(64),
      title: null,
      published: null,
      meta: {},
      claims: claims.map((c) => ({ ...claim(c), column: 1, sentence: "s" })),
      summary: { victim: "Acme", affected: null },
    }) as unknown as DocumentRecord;

  it("sorts documents by path and claims by offset, keys by name", () => {
    const s = toSnapshot([
      doc("b.txt", [
        { start: 50, end: 55 },
        { start: 5, end: 9, value: { unit: "users", count: 1 } },
      ]),
      doc("a.txt", []),
    ]);
    expect(s.documents.map((d) => d.path)).toEqual(["a.txt", "b.txt"]);
    expect(s.documents[1]!.claims.map((c) => c.start)).toEqual([5, 50]);
    expect(Object.keys(s.documents[1]!.claims[0]!.value)).toEqual(["count", "unit"]);
    expect(s.documents[1]!.claims[0]).not.toHaveProperty("sentence");
    // the same extraction in another order writes the same bytes
    const again = toSnapshot([
      doc("a.txt", []),
      doc("b.txt", [
        { start: 5, end: 9, value: { count: 1, unit: "users" } },
        { start: 50, end: 55 },
      ]),
    ]);
    expect(serializeSnapshot(again)).toBe(serializeSnapshot(s));
    expect(parseSnapshot(serializeSnapshot(s), "x")).toEqual(s);
    expect(() => parseSnapshot("{}", "x")).toThrow(SnapshotError);
    expect(() => parseSnapshot("not json", "x")).toThrow(SnapshotError);
  });

  it("diffs documents, summaries and claims; moves alone can be ignored", () => {
    const before: Snapshot = toSnapshot([doc("a.txt", [{}]), doc("gone.txt", [{}])]);
    const after: Snapshot = toSnapshot([
      doc("a.txt", [{ start: 12, end: 23 }]),
      doc("new.txt", []),
    ]);
    after.documents[0]!.summary = { victim: "Other", affected: null };
    const diff = diffSnapshots(before, after);
    expect(diff.documents.map((d) => [d.path, d.status])).toEqual([
      ["a.txt", "changed"],
      ["gone.txt", "removed"],
      ["new.txt", "added"],
    ]);
    expect(diff.counts).toEqual({ added: 0, removed: 1, changed: 0, moved: 1, summary: 1 });
    const text = renderDiff(diff, { color: false, ignoreOffsets: false });
    expect(text).toContain("~ summary victim: Acme → Other");
    expect(text).toContain("Offsets only");
    expect(text).toMatch(/affected "2,000 users" line 1 → 1, offset 10 → 12/);
    const movesOnly = diffSnapshots(
      toSnapshot([doc("a.txt", [{}])]),
      toSnapshot([doc("a.txt", [{ start: 11, end: 22 }])]),
    );
    expect(differs(movesOnly)).toBe(true);
    expect(differs(movesOnly, true)).toBe(false);
  });
});

describe("breach check (CLI)", { timeout: 180_000 }, () => {
  it("passes on its own snapshot, fails with a readable diff when a seed changes, passes after --update", () => {
    const dir = tempDir();
    cpSync(resolve(ROOT, "seeds"), join(dir, "seeds"), { recursive: true });
    const snap = join(dir, "expected", "seeds.json");
    const update = breach(["check", "--update", "--expect", snap, "seeds/"], dir);
    expect(update.code, update.stderr).toBe(0);
    expect(breach(["check", "--expect", snap, "seeds/"], dir).code).toBe(0);

    // Change a digit inside the first extracted claim that has one.
    const snapshot = JSON.parse(readFileSync(snap, "utf8")) as Snapshot;
    const doc = snapshot.documents.find((d) => d.claims.some((c) => /\d/.test(c.text)));
    expect(doc, "no claim with a digit in the seeds").toBeDefined();
    const target = doc!.claims.find((c) => /\d/.test(c.text))!;
    const file = join(dir, doc!.path);
    const text = readFileSync(file, "utf8");
    const at = target.start + target.text.search(/\d/);
    const digit = Number(text[at]);
    writeFileSync(file, text.slice(0, at) + String((digit + 1) % 10) + text.slice(at + 1));

    const check = breach(["check", "--expect", snap, "seeds/"], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(doc!.path);
    const line = check.stdout
      .split("\n")
      .find((l) => /^ {2}[~-] (?:changed|removed)/.test(l) && l.includes(` ${target.kind} "`));
    expect(line, check.stdout).toBeDefined();
    const newText = target.text.replace(/\d/, String((digit + 1) % 10));
    expect(line!.includes(`"${target.text}"`) || line!.includes(`"${newText}"`)).toBe(true);
    expect(check.stderr).toMatch(/differs .*--update/);

    expect(breach(["check", "--update", "--expect", snap, "seeds/"], dir).code).toBe(0);
    expect(breach(["check", "--expect", snap, "seeds/"], dir).code).toBe(0);
  });

  it("exits 2 without a snapshot, on bad flags, a bad snapshot or an unreadable file", () => {
    const dir = tempDir();
    cpSync(resolve(ROOT, "seeds"), join(dir, "seeds"), { recursive: true });
    const none = breach(["check", "--expect", "missing.json", "seeds/"], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no snapshot.*--update/);
    expect(breach(["check", "seeds/"], dir).code).toBe(2); // --expect is required
    expect(breach(["check", "--expect", "x.json"], dir).code).toBe(2); // no paths
    expect(breach(["check", "--expect", "x.json", "--format", "yaml", "seeds/"], dir).code).toBe(2);
    writeFileSync(join(dir, "bad.json"), "{ not json");
    expect(breach(["check", "--expect", "bad.json", "seeds/"], dir).code).toBe(2);
    expect(breach(["check", "--update", "--expect", "snap.json", "seeds/"], dir).code).toBe(0);
    writeFileSync(join(dir, "seeds", "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const unreadable = breach(["check", "--expect", "snap.json", "seeds/"], dir);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain("latin1.txt");
    expect(breach(["check", "--expect", "snap.json", "seeds/nope"], dir).code).toBe(2);
  });
});
