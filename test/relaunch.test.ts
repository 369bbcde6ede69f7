// Started without the V8 flags of bin/breach.js's first line (`node bin/breach.js …`), breach
// starts itself again with them (src/relaunch.ts): same output, same exit code, input passed
// through, and a signal sent to the first process ends the second.
import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { missingFlags, RELAUNCHED, V8_FLAGS } from "../src/relaunch.js";
import { BIN, NODE_FLAGS, ROOT } from "./cli-helpers.js";

/** Loaded before the CLI in each process: its pid and node flags, on stderr, at start. */
const PROBE = `data:text/javascript,${encodeURIComponent(
  `process.stderr.write("@@probe " + JSON.stringify({ pid: process.pid, argv: process.execArgv.filter((a) => a.startsWith("--") && !a.startsWith("--import")) }) + "\\n");`,
)}`;

const env = { ...process.env, NO_COLOR: "1", [RELAUNCHED]: undefined };
const probes = (stderr: string) =>
  stderr
    .split("\n")
    .filter((l) => l.startsWith("@@probe "))
    .map((l) => JSON.parse(l.slice(8)) as { pid: number; argv: string[] });

describe("missingFlags", () => {
  it("names the flags a process lacks", () => {
    expect(missingFlags([], {})).toEqual([...V8_FLAGS]);
    expect(missingFlags(["--max-old-space-size=1024", "--expose-gc"], {})).toEqual([
      "--no-regexp-tier-up",
      "--heap-growing-percent=15",
    ]);
    expect(missingFlags([...V8_FLAGS, "--max-old-space-size=1024"], {})).toEqual([]);
    // By name: a value the caller gave stands.
    expect(missingFlags(["--heap-growing-percent=50", ...V8_FLAGS.slice(0, 2)], {})).toEqual([]);
  });

  it("names none in a process already started again, or told to stay in one", () => {
    expect(missingFlags([], { [RELAUNCHED]: "1" })).toEqual([]);
  });

  it("are the flags of bin/breach.js's first line", () => {
    expect([...V8_FLAGS].sort()).toEqual([...NODE_FLAGS].sort());
  });
});

describe("node bin/breach.js, without the flags", () => {
  it("runs breach again with them and its own node options, with the same output", () => {
    const plain = spawnSync(
      process.execPath,
      ["--max-old-space-size=512", "--import", PROBE, BIN, "extract", "seeds", "--format", "json"],
      { cwd: ROOT, env, encoding: "utf8" },
    );
    const flagged = spawnSync(
      process.execPath,
      [...NODE_FLAGS, BIN, "extract", "seeds", "--format", "json"],
      { cwd: ROOT, env, encoding: "utf8" },
    );
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe(flagged.stdout);
    const [first, second] = probes(plain.stderr);
    expect(first!.argv).toEqual(["--max-old-space-size=512"]);
    expect(second!.argv).toEqual(["--max-old-space-size=512", ...V8_FLAGS]);
    expect(second!.pid).not.toBe(first!.pid);
  });

  it("passes standard input through and ends with the second run's exit code", () => {
    const run = spawnSync(
      process.execPath,
      [BIN, "extract", "-", "missing.txt", "--format", "ndjson"],
      {
        cwd: ROOT,
        env,
        encoding: "utf8",
        input: "Hackers stole the records of 9,000 patients of Tarn Clinic.\n",
      },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('"path":"<stdin>"');
    expect(run.stdout).toContain("9,000 patients");
    expect(run.stderr).toContain("missing.txt");
  });

  it("ends the second run when the first is sent a signal", async () => {
    const child = spawn(process.execPath, ["--import", PROBE, BIN, "extract", "-"], {
      cwd: ROOT,
      env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stderr = "";
    const started = new Promise<void>((resolve) => {
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        if (probes(stderr).length === 2) resolve();
      });
    });
    await started; // both processes run; the second waits for standard input
    const inner = probes(stderr)[1]!.pid;
    const ended = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    child.kill("SIGTERM");
    expect(await ended).toBe("SIGTERM");
    const alive = () => {
      try {
        process.kill(inner, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
  }, 30_000);
});
