// The mutation score of the engine, in CI (`npm run mutation:ci`) and after any run
// (`node scripts/mutation-ci.mjs --check`): docs/testing.md says how to read it.
//
// CI runs Stryker incrementally: test/mutation/stryker-incremental.json.gz (committed; written by
// `npm run mutation`, gzipped: 12 MB of JSON, 0.4 MB packed) holds every mutant's result, and only
// mutants whose code or covering tests changed since are tested again. Static mutants (module-level constants, rule metadata) are left to the
// full run (`npm run mutation`): each needs a fresh process running every test, too slow for CI.
// Then the score of each group of files must reach its bar; Stryker's own `thresholds.break`
// (stryker.config.mjs) only sees the total.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The bar per group: the first group with a prefix a file path starts with. */
export const GROUPS = [
  { name: 'rules', prefix: 'server/src/engine/rules/', bar: 90 },
  { name: 'suppressions', prefix: 'server/src/engine/suppressions.ts', bar: 90 },
  { name: 'policy', prefix: 'server/src/engine/policy/', bar: 90 },
  // The format walk and its incremental re-check (parsing/recheck.ts), one group. 94.6% reached: every
  // equivalent mutant is either marked in the source (`// Stryker disable next-line`, with its reason)
  // or listed in test/mutation/equivalent.md (the optimisations hasRepeatedKey and absentKeys).
  { name: 'format check', prefix: ['server/src/engine/format/check.ts', 'server/src/engine/parsing/recheck.ts'], bar: 90 },
  { name: 'fixes', prefix: 'server/src/engine/fixBuilder.ts', bar: 85 },
];

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Per group: detected and valid mutants (Stryker's "mutation score": compile errors and ignored mutants left out). */
export function groupScores(report) {
  const scores = GROUPS.map((g) => ({ ...g, detected: 0, valid: 0 }));
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const group = scores.find((g) => [g.prefix].flat().some((prefix) => file.startsWith(prefix)));
    if (!group) continue;
    for (const m of mutants) {
      if (DETECTED.has(m.status)) group.detected++;
      if (DETECTED.has(m.status) || UNDETECTED.has(m.status)) group.valid++;
    }
  }
  return scores;
}

function check(path) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  let ok = true;
  for (const g of groupScores(report)) {
    if (!g.valid) continue;
    const score = (100 * g.detected) / g.valid;
    const pass = score >= g.bar;
    ok &&= pass;
    console.log(`${pass ? 'ok  ' : 'FAIL'} ${g.name.padEnd(13)} ${score.toFixed(1).padStart(5)}% (${g.detected}/${g.valid} mutants detected; bar ${g.bar}%)`);
  }
  return ok;
}

/** Where Stryker keeps the incremental file (stryker.config.mjs), and the committed baseline. */
const INCREMENTAL = 'reports/mutation/stryker-incremental.json';
const BASELINE = 'test/mutation/stryker-incremental.json.gz';

function main(args) {
  if (args.includes('--save-baseline')) {
    writeFileSync(BASELINE, gzipSync(readFileSync(INCREMENTAL), { level: 9 }));
    console.log(`mutation: baseline saved to ${BASELINE}`);
    args = args.filter((a) => a !== '--save-baseline');
    if (!args.includes('--check')) return;
  }
  if (!args.includes('--check')) {
    if (!existsSync(INCREMENTAL) && existsSync(BASELINE)) {
      mkdirSync('reports/mutation', { recursive: true });
      writeFileSync(INCREMENTAL, gunzipSync(readFileSync(BASELINE)));
    }
    const started = Date.now();
    // Two test runners: CI has the machine to itself (stryker.config.mjs says one, for shared machines).
    const run = spawnSync('npx', ['stryker', 'run', '--incremental', '--ignoreStatic', '--concurrency', '2', ...args], { stdio: 'inherit' });
    console.log(`mutation: Stryker ran ${Math.round((Date.now() - started) / 1000)} s`);
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  process.exit(check('reports/mutation/mutation.json') ? 0 : 1);
}

// Run only as a script: importing GROUPS or groupScores must not start Stryker.
if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
