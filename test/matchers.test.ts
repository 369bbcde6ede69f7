// Every matcher's own examples, like ESLint's RuleTester and Duckling's corpus tests: each
// matcher runs alone, without the refiners (they have their own examples: refiners.test.ts).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { matchers } from "../src/matchers/index.js";
import { matchWith } from "./helpers.js";

describe("the registry", () => {
  it("has unique ids", () => {
    const ids = matchers.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("matches the folders: id = kind.file-name, every file registered", () => {
    const root = join(import.meta.dirname, "../src/matchers");
    const onDisk = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(root, d.name))
          .filter((f) => f.endsWith(".ts") && f !== "index.ts" && !f.startsWith("_"))
          .map((f) => `${d.name}.${f.replace(/\.ts$/, "")}`),
      )
      .sort();
    expect(matchers.map((m) => m.id).sort()).toEqual(onDisk);
    for (const m of matchers) expect(m.id.startsWith(`${m.kind}.`)).toBe(true);
  });

  it.each(matchers.map((m) => [m.id, m] as const))(
    "%s has a description and examples both ways",
    (_id, m) => {
      expect(m.description.length).toBeGreaterThan(10);
      expect(m.examples.valid.length).toBeGreaterThan(0);
      expect(m.examples.invalid.length).toBeGreaterThan(0);
    },
  );
});

describe.each(matchers.map((m) => [m.id, m] as const))("%s", (_id, matcher) => {
  it.each(matcher.examples.valid.map((e) => [e.match, e] as const))(
    "finds %j",
    (_m, { text, match, value }) => {
      const claims = matchWith(matcher, text);
      const hit = claims.find((c) => c.text === match);
      expect(hit, `claims: ${JSON.stringify(claims.map((c) => c.text))}`).toBeDefined();
      expect(hit).toMatchObject({
        kind: matcher.kind,
        text: match,
        start: text.indexOf(match),
        value,
      });
    },
  );

  it.each(matcher.examples.invalid.map((t) => [t] as const))("finds nothing in %j", (text) => {
    expect(matchWith(matcher, text).map((c) => c.text)).toEqual([]);
  });
});
