// Mutation testing (`npm run mutate`): Stryker changes the code under src/ one mutant at a time
// and runs the tests that cover it; a mutant no test notices is logic no example pins.
// The clear-text report gives a score per file and per folder.
//
// One folder at a time on a slow machine: `npm run mutate -- --mutate "src/incidents/**/*.ts"`.
// Vitest runs in forks (its threads pool has crashed in V8's regex engine here), with the
// in-process tests only (vitest.stryker.config.ts): tests that spawn bin/breach.js run dist/,
// which Stryker does not mutate. Test files that run the pipeline when they load would make
// every mutant they reach "static" (re-run for every mutant): ignoreStatic leaves those out.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.stryker.config.ts" },
  coverageAnalysis: "perTest",
  ignoreStatic: true,
  concurrency: 1,
  mutate: [
    "src/matchers/affected/**/*.ts",
    "src/matchers/penalty/**/*.ts",
    "src/refiners/**/*.ts",
    "src/incidents/**/*.ts",
  ],
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: ".stryker-tmp",
  timeoutMS: 20_000,
  thresholds: { high: 80, low: 60, break: null },
};
