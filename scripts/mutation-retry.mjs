// Tests again, with a long timeout, the mutants the last run says timed out (`npm run mutation:retry`;
// docs/testing.md); with `--status Survived,NoCoverage --in suppressions.ts`, the survivors of a file
// after a test was added for them, without a full run. The bars are checked on the merged report, not on the mutants tested again. Stryker counts a timeout as detected: right for a mutant that makes a loop endless,
// wrong for one that only ran slowly on a loaded machine (a static mutant runs every unit test in a
// fresh process, 6 s alone, more than Stryker's limit when other work takes the cores). Their
// new results replace the old ones in the last report (reports/mutation/mutation.json) and in the
// incremental file (reports/mutation/stryker-incremental.json), then the bars are checked again
// (scripts/mutation-ci.mjs --check). `--save-baseline` also refreshes the committed baseline.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const REPORT = 'reports/mutation/mutation.json';
const INCREMENTAL = 'reports/mutation/stryker-incremental.json';
const RETRY_REPORT = 'reports/mutation/retry.json';
const RETRY_CONFIG = 'reports/mutation/retry.config.mjs';

/** A mutant's identity across runs (Stryker's ids are numbers of one run). */
const keyOf = (file, m) =>
  `${file}|${m.mutatorName}|${m.replacement}|${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column}`;

/** The mutants of `report` with one of `statuses`, in a file whose path contains one of `within` (any file when empty). */
function withStatus(report, statuses, within = []) {
  const found = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    if (within.length && !within.some((part) => file.includes(part))) continue;
    for (const m of mutants) if (statuses.includes(m.status)) found.push({ file, mutant: m });
  }
  return found;
}

/** The values of a repeatable option `--name a,b`. */
function values(args, name) {
  return args.flatMap((a, i) => (args[i - 1] === name ? a.split(',') : []));
}

/** Replaces, in `report`, the results of the mutants `retried` holds; returns how many changed status. */
function merge(report, retried) {
  const results = new Map();
  for (const [file, { mutants }] of Object.entries(retried.files)) for (const m of mutants) results.set(keyOf(file, m), m);
  let changed = 0;
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (let i = 0; i < mutants.length; i++) {
      const again = results.get(keyOf(file, mutants[i]));
      if (!again || again.status === 'Ignored' || again.status === 'Pending') continue;
      if (again.status !== mutants[i].status) changed++;
      mutants[i] = { ...mutants[i], status: again.status, statusReason: again.statusReason, killedBy: again.killedBy, testsCompleted: again.testsCompleted };
    }
  }
  return changed;
}

function main(args) {
  if (!existsSync(REPORT)) {
    console.error(`mutation:retry: no ${REPORT}: run npm run mutation first`);
    process.exit(2);
  }
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  const statuses = values(args, '--status');
  const timeouts = withStatus(report, statuses.length ? statuses : ['Timeout'], values(args, '--in'));
  console.log(`mutation:retry: ${timeouts.length} mutants (${statuses.length ? statuses.join(', ') : 'timed out'}) to test again, with a 30 s limit`);
  if (timeouts.length) {
    // Stryker's mutate ranges: lines from 1, columns from 0 (the report's columns start at 1).
    const ranges = timeouts.map(({ file, mutant: { location: l } }) => `${file}:${l.start.line}:${l.start.column - 1}-${l.end.line}:${l.end.column - 1}`);
    writeFileSync(
      RETRY_CONFIG,
      `import base from '../../stryker.config.mjs';\nexport default { ...base, mutate: ${JSON.stringify(ranges)}, incremental: false, timeoutMS: 30000, thresholds: { ...base.thresholds, break: null }, reporters: ['progress', 'json'], jsonReporter: { fileName: '${RETRY_REPORT}' } };\n`,
    );
    const started = Date.now();
    const run = spawnSync('npx', ['stryker', 'run', RETRY_CONFIG], { stdio: 'inherit' });
    rmSync(RETRY_CONFIG, { force: true });
    console.log(`mutation:retry: Stryker ran ${Math.round((Date.now() - started) / 1000)} s`);
    if (run.status !== 0 || !existsSync(RETRY_REPORT)) process.exit(run.status || 1);
    const retried = JSON.parse(readFileSync(RETRY_REPORT, 'utf8'));
    const changed = merge(report, retried);
    writeFileSync(REPORT, JSON.stringify(report));
    if (existsSync(INCREMENTAL)) {
      const incremental = JSON.parse(readFileSync(INCREMENTAL, 'utf8'));
      merge(incremental, retried);
      writeFileSync(INCREMENTAL, JSON.stringify(incremental));
    }
    const still = withStatus(report, ['Timeout']).length;
    console.log(`mutation:retry: ${changed} changed status; ${still} time out with the 30 s limit (a loop made endless)`);
  }
  const check = spawnSync(process.execPath, ['scripts/mutation-ci.mjs', ...(args.includes('--save-baseline') ? ['--save-baseline'] : []), '--check'], {
    stdio: 'inherit',
  });
  process.exit(check.status ?? 1);
}

main(process.argv.slice(2));
