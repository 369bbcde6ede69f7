// V8 optimises no regular expression whose source is longer than 20,480 characters
// (kRegExpTooLargeToOptimize): such a pattern runs several times slower (a penalty pattern of
// 30,000 characters took a quarter of all matching time; bench/). Patterns built from the
// lexicons grow as the lexicons do, so every pattern the code builds is held under the limit.
import { describe, expect, it } from "vitest";

const V8_OPTIMISE_LIMIT = 20 * 1024;

describe("regular expressions stay small enough for V8 to optimise", () => {
  it("every pattern built when the pipeline loads", async () => {
    const Native = RegExp;
    const built: { length: number; where: string }[] = [];
    globalThis.RegExp = new Proxy(Native, {
      construct(target, args: [string | RegExp, string?]) {
        const re = new target(...args);
        built.push({ length: re.source.length, where: new Error().stack!.split("\n")[2]!.trim() });
        return re;
      },
    });
    try {
      // Imported here, after the constructor is watched (this file's module graph is its own).
      await import("../src/pipeline.js");
      await import("../src/cli.js");
    } finally {
      globalThis.RegExp = Native;
    }
    expect(built.length).toBeGreaterThan(100);
    expect(built.filter((b) => b.length > 15_000).length).toBeGreaterThan(0);
    expect(built.filter((b) => b.length >= V8_OPTIMISE_LIMIT)).toEqual([]);
  });

  it("every matcher's pattern", async () => {
    const { matchers } = await import("../src/matchers/index.js");
    for (const m of matchers) expect(m.pattern.source.length, m.id).toBeLessThan(V8_OPTIMISE_LIMIT);
  });
});
