// `npm run check-dist`: the committed bundles (dist/cli.js, bin/privacy-lint.js, dist/action.js) must equal a fresh
// build of the sources, as the pre-commit hook and the GitHub Action run them unbuilt. Rebuilds,
// then fails (exit 1) with the difference when git sees one. Fix: `npm run build`, commit dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const COMMITTED = ['dist/cli.js', 'bin/privacy-lint.js', 'dist/action.js'];

execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
// Differences from what git holds (the index: a staged rebuild counts), and bundles git does not hold.
const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
const changed = git('diff', '--name-only', '--', ...COMMITTED).stdout;
const untracked = COMMITTED.filter((file) => git('ls-files', '--error-unmatch', '--', file).status !== 0)
  .map((f) => `${f} (not in git)\n`)
  .join('');
const status = changed + untracked;
if (status.trim()) {
  spawnSync('git', ['--no-pager', 'diff', '--stat', '--', ...COMMITTED], { cwd: root, stdio: 'inherit' });
  process.stderr.write(
    `check-dist: the committed bundles differ from a fresh build of the sources:\n${status}` +
      'Run `npm run build` and commit dist/cli.js, bin/privacy-lint.js and dist/action.js.\n',
  );
  process.exit(1);
}
process.stdout.write(`check-dist: ${COMMITTED.join(' and ')} equal a fresh build\n`);
