// Triggers: a matcher runs only on sentences where one of its triggers occurs, so the triggers
// must be necessary conditions of its pattern. Checked on its own examples and on every sentence
// of the seeds and the shipped dev sets (and the news dev set when ../shared is beside): each matcher
// run on triggered sentences only finds exactly what it finds run on every sentence.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDocument, type SourceDoc } from "../src/document/index.js";
import { matchers } from "../src/matchers/index.js";
import { isTriggered, runMatchers, TriggerIndex } from "../src/rules/index.js";
import { ROOT } from "./cli-helpers.js";
import { docOf } from "./helpers.js";

/** The news dev set is third-party text kept outside the project: used when it is beside it. */
const NEWS = join(ROOT, "..", "shared", "eval", "dev", "news");

function texts(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => /\.(?:txt|md)$/.test(n))
    .sort()
    .map((n) => readFileSync(join(dir, n), "utf8"));
}

describe("triggers", () => {
  it("every matcher declares some, and each valid example contains one", () => {
    for (const m of matchers) {
      expect(m.triggers.length, m.id).toBeGreaterThan(0);
      for (const e of m.examples.valid)
        expect(isTriggered(m, e.text), `${m.id}: ${JSON.stringify(e.text)}`).toBe(true);
    }
  });

  it("lose nothing on the matchers' own examples", () => {
    const all = matchers.flatMap((m) => [
      ...m.examples.valid.map((e) => e.text),
      ...m.examples.invalid,
    ]);
    for (const text of all) {
      const doc = docOf(text);
      expect(runMatchers(matchers, doc)).toEqual(runMatchers(matchers, doc, { triggers: false }));
    }
  });

  it("lose nothing over the seeds and the dev sets, matcher by matcher", () => {
    const docs: SourceDoc[] = [
      join(ROOT, "seeds"),
      join(ROOT, "fixtures", "dev", "hibp"),
      join(ROOT, "fixtures", "dev", "vcdb"),
      ...(existsSync(NEWS) ? [NEWS] : []),
    ].flatMap((dir, d) =>
      texts(dir).flatMap((text, i) => {
        const built = buildDocument({
          path: `${d}-${i}`,
          id: `${d}-${i}`,
          sha256: "0".repeat(64),
          text,
        });
        return built.ok ? [built.doc] : [];
      }),
    );
    let found = 0;
    for (const m of matchers) {
      const one = [m];
      for (const doc of docs) {
        const all = runMatchers(one, doc, { triggers: false });
        expect(runMatchers(one, doc), m.id).toEqual(all);
        found += all.length;
      }
    }
    expect(found).toBeGreaterThan(0);
  }, 300_000);
});

describe("TriggerIndex", () => {
  const index = new TriggerIndex([
    ["breach*"],
    ["ransomware"],
    [":digit"],
    [":number-word"],
    [":currency"],
    [":month", ":weekday"],
    [":capital"],
  ]);
  const found = (text: string) => {
    const out = new Uint8Array(7);
    index.find(text, out);
    return [...out.keys()].filter((i) => out[i]);
  };

  it("finds whole words, prefixes and classes, ignoring case", () => {
    expect(found("the breaches")).toEqual([0]);
    expect(found("no breach-related RANSOMWARE")).toEqual([0, 1, 6]);
    expect(found("anti-ransomware tools")).toEqual([1]);
    expect(found("ransomwares and unbreached")).toEqual([]);
    expect(found("in 2019")).toEqual([2]);
    expect(found("seven million people")).toEqual([3]);
    expect(found("a fine of €5 or 5 euros")).toEqual([2, 4]);
    expect(found("fined usd")).toEqual([4]);
    expect(found("on monday in sept.")).toEqual([5]);
    expect(found("Émile said")).toEqual([6]);
  });

  it("refuses a trigger it cannot find", () => {
    expect(() => new TriggerIndex([[":colour"]])).toThrow(/unknown trigger/);
    expect(() => new TriggerIndex([["two words"]])).toThrow(/a-z and digits/);
  });
});
