// Progress on a terminal's stderr: files done of how many, and the rate; output still reaches
// stdout whole. Not shown when stderr is not a terminal (see ci-output.test.ts).
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { IO } from "../src/commands/context.js";
import { startProgress, wantsProgress } from "../src/commands/progress.js";

function sink(tty: boolean): Writable & { text: string; isTTY?: boolean; columns?: number } {
  const out = new Writable({
    write(chunk, _enc, done) {
      out.text += String(chunk);
      done();
    },
  }) as Writable & { text: string; isTTY?: boolean; columns?: number };
  out.text = "";
  if (tty) Object.assign(out, { isTTY: true, columns: 80 });
  return out;
}

describe("progress", () => {
  it("draws files done of the total and a rate on stderr, and passes output through", async () => {
    const stdout = sink(false);
    const stderr = sink(true);
    const io = { stdout, stderr, env: {}, isTTY: false, stderrIsTTY: true } as unknown as IO;
    expect(wantsProgress(io, undefined)).toBe(true);
    expect(wantsProgress(io, false)).toBe(false);
    const progress = await startProgress(io, 3);
    await new Promise((r) => setTimeout(r, 400));
    progress.tick();
    await progress.write("first document\n");
    progress.tick();
    progress.tick();
    await progress.write("last document\n");
    progress.stop();
    expect(stdout.text).toBe("first document\nlast document\n");
    expect(stderr.text).toMatch(/\b1\/3 files {2}\d+\.\d files\/s/);
    expect(stderr.text).toMatch(/\b3\/3 files/);
  });

  it("is not wanted when stderr is not a terminal", () => {
    const io = { env: {}, stderrIsTTY: false } as unknown as IO;
    expect(wantsProgress(io, undefined)).toBe(false);
  });
});
