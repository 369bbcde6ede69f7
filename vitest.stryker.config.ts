// The tests Stryker runs against each mutant (stryker.config.mjs): in-process ones only, in forks.
// Not the fast-check properties (test/property.test.ts): about 12 s a run, re-run for every
// mutant they cover, they made one folder take hours; npm test runs them.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "test/matchers.test.ts",
      "test/affected-penalty.test.ts",
      "test/numbers.test.ts",
      "test/bound.test.ts",
      "test/refiners.test.ts",
      "test/refiner-examples.test.ts",
      "test/dates.test.ts",
      "test/durations.test.ts",
      "test/incidents.test.ts",
      "test/summary.test.ts",
      "test/victim.test.ts",
      "test/event-neighbours.test.ts",
      "test/mutation-*.test.ts",
    ],
    pool: "forks",
    testTimeout: 30_000,
  },
});
