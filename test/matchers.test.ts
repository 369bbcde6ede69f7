// Every matcher's own examples, like ESLint's RuleTester and Duckling's corpus tests.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { matchers } from "../src/matchers/index.js";
import { extractWith } from "./helpers.js";

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
      const claims = extractWith([matcher], text).filter((c) => c.rule === matcher.id);
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
    // this matcher's claims: a refiner's own (the victim as an actor) are not the matcher's
    const claims = extractWith([matcher], text).filter((c) => c.rule === matcher.id);
    expect(claims.map((c) => c.text)).toEqual([]);
  });
});
