// Mutation testing of the modules whose arithmetic and branches decide what a
// council reads: the percentage-change rule, the statistics, the periods, the
// progress and target logic, the verdicts, the table and printed-change
// rules and the number formatting every report prints through. Run with
// `pnpm mutation` (root or this package); it is slow (tens of minutes on two
// cores the first time), so it is not part of `npm test`. Scores and how to
// read them: docs/mutation.md.

const config = {
  testRunner: "vitest",
  // Named, not discovered: with pnpm's strict node_modules Stryker's own
  // search for @stryker-mutator/* plugins does not see this package's.
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.config.ts" },
  // The vitest runner always analyses coverage per test: each mutant runs only
  // the tests that reach it.
  mutate: [
    "src/percent-change/**/*.ts",
    "src/format/format-number.ts",
    "src/statistics/**/*.ts",
    "src/progress/**/*.ts",
    "src/period/**/*.ts",
    "src/target/**/*.ts",
    "src/table/**/*.ts",
    "src/verdict/**/*.ts",
    "src/lint/rules/printed-change-mismatch.ts",
    "!src/**/*.test.ts",
  ],
  // Two cores, shared: never more than two test-runner processes.
  concurrency: 2,
  // Many test files compute their fixtures while vitest collects them (the
  // Laren plan, its tables), so much of this code also runs while modules
  // load. Such "static" mutants would each need every related test file
  // reloaded (a run six times longer). With ignoreStatic, a mutant that a test
  // reaches is tested by the tests that reach it; one that only runs while
  // modules load (a module-level constant or regex) is reported as Ignored,
  // not scored.
  ignoreStatic: true,
  // Reruns only test the mutants whose code or tests changed since the last run.
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // The sandboxes (copies of this package that Stryker mutates) live at the
  // repository root, two levels up like this package itself, so that the
  // paths the tests, vitest.config.ts and tsconfig.json take out of the
  // package (../../tooling/vitest.base.ts, ../../../examples/,
  // ../../tsconfig.base.json) resolve from a sandbox as they do from here.
  // Git-ignored.
  tempDirName: "../../.stryker-tmp",
  // Stryker rewrites a tsconfig's `extends` for sandboxes at the default place
  // (./.stryker-tmp/sandbox-x, two levels deeper); ours need no rewrite, so it
  // is pointed at no file. (It is only read by that rewrite and by the
  // TypeScript checker, which is not used.)
  tsconfigFile: "",
  cleanTempDir: "always",
  // The run fails (exit 1) when the score of all files together drops below
  // `break`; scripts/mutation-scores.mjs then holds every file to 90 %.
  thresholds: { high: 95, low: 90, break: 90 },
};

export default config;
