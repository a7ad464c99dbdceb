// @ts-check
/**
 * Mutation testing of the engine's logic (docs/testing.md says how to read it).
 *
 *   npm run mutation                       the full run: every mutant of every file below, HTML and
 *                                          JSON report, and a new baseline for CI (incremental file)
 *   npx stryker run --mutate <glob>        one group, e.g. "server/src/engine/policy/**\/*.ts"
 *                                          (add --ignoreStatic to skip the slow static mutants)
 *   npm run mutation:ci                    CI: only what changed since the committed baseline, then
 *                                          the bar per group (scripts/mutation-ci.mjs)
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  // The logic that must be pinned down by tests: every rule, the suppression comments,
  // the policy helpers (dates, durations, retention), the fix builder and the format check.
  // Parsing, the language features and the front ends are tested in other ways (fuzz, LSP, CLI).
  mutate: [
    'server/src/engine/rules/**/*.ts',
    'server/src/engine/suppressions.ts',
    'server/src/engine/policy/**/*.ts',
    'server/src/engine/fixBuilder.ts',
    'server/src/engine/format/check.ts',
    'server/src/engine/parsing/recheck.ts',
  ],

  // The tests run on tsc's output in out/ (as `npm test` does). Stryker mutates the TS sources in
  // its sandbox (all mutants at once, switched on at run time), then builds them once with tsc;
  // the mocha runner then loads out/. `disableTypeChecks` puts `// @ts-nocheck` on the mutated
  // files, as a mutant need not type-check (its default glob only matches top-level src/).
  buildCommand: 'npx tsc -p tsconfig.mutation.json',
  disableTypeChecks: 'server/src/**/*.ts',
  testRunner: 'mocha',
  mochaOptions: {
    // The unit suites that exercise the engine (under a second in total). Parse tests and the
    // CLI/LSP suites add minutes and kill no mutant the unit tests leave alive.
    spec: [
      'out/test/unit/rules/**/*.test.js',
      'out/test/unit/policy/**/*.test.js',
      'out/test/unit/format/**/*.test.js',
      'out/test/unit/language/**/*.test.js',
      'out/test/unit/geo/**/*.test.js',
      'out/test/unit/*.test.js',
    ],
  },
  // Runs each mutant only against the tests that reach it. Needs tests that do their work inside
  // it()/before(), not while mocha loads the file: code run at load time is "static" and each of
  // its mutants costs a fresh process.
  coverageAnalysis: 'perTest',

  // One test runner per core (2 on the CI machines). On a machine shared with other work, pass
  // `--concurrency 1`.
  concurrency: 2,
  timeoutMS: 10000,

  // Not copied to the sandbox. `out/` is: the incremental run compares the compiled test files
  // there with those of the baseline (the mocha runner reports no test locations), so they must be
  // compiled before Stryker starts (the npm scripts do; in CI, `npm test` has).
  ignorePatterns: ['dist', 'bench', '.cache', 'test/e2e', 'reports', '*.vsix'],

  reporters: ['progress', 'clear-text', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Kept between runs. With --incremental, Stryker re-tests only mutants whose code or covering
  // tests changed. `npm run mutation` saves it, gzipped, as the committed baseline CI starts from
  // (test/mutation/stryker-incremental.json.gz; scripts/mutation-ci.mjs).
  incrementalFile: 'reports/mutation/stryker-incremental.json',

  // The bar: 90% for rules, suppressions, policy and the format check, 85% for
  // fixes. A run below `break` fails (CI); between low and high it is reported in yellow.
  thresholds: { high: 90, low: 85, break: 85 },

  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
