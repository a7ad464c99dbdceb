// Proves that a change to the CLI's sources changed nothing a user sees: runs the committed CLI
// bundle of a git revision ("before") and the working tree's dist/cli.js ("after") on the same
// inputs (samples, the CLI fixtures, seeded bench workloads, a tree of settings files, special
// files), with every --format, bad usage, --stdin, baselines and --fix, and compares stdout,
// stderr, the exit code and every file a run writes, byte for byte.
//
//   node scripts/compare-cli.mjs [REVISION]     (default: where this branch left main)
//
// Exit 0 when every case is identical; else each difference is printed and the exit code is 1.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const revision = process.argv[2] ?? execFileSync('git', ['merge-base', 'HEAD', 'main'], { cwd: ROOT, encoding: 'utf8' }).trim();
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-cli-'));
const WORK = path.join(TMP, 'work');
const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'html'];

const beforeCli = path.join(TMP, 'before-cli.js');
fs.writeFileSync(beforeCli, execFileSync('git', ['show', `${revision}:dist/cli.js`], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }));
const afterCli = path.join(ROOT, 'dist', 'cli.js');

// Seeded workloads from the bench's generator: the same texts for both runs, at a size that keeps this quick.
const { loadSpec } = await import('../bench/lib/bundle.mjs');
const { smallConfig, largeConfig, pad } = await import('../bench/lib/generate.mjs');
const { messySmallConfig, messyLargeConfig } = await import('../bench/lib/messy.mjs');
const spec = await loadSpec();
const WORKLOADS = path.join(TMP, 'workloads');
for (const [dir, make] of [['small', (i) => smallConfig(spec, i)], ['messy-small', (i) => messySmallConfig(spec, i)]]) {
  fs.mkdirSync(path.join(WORKLOADS, dir), { recursive: true });
  for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(WORKLOADS, dir, `tenant-${pad(i + 1, 5)}.privacy.jsonc`), make(i));
}
fs.mkdirSync(path.join(WORKLOADS, 'large'), { recursive: true });
fs.writeFileSync(path.join(WORKLOADS, 'large', 'large.privacy.jsonc'), largeConfig(spec, 5000));
fs.writeFileSync(path.join(WORKLOADS, 'large', 'messy-large.privacy.jsonc'), messyLargeConfig(spec, 5000));

const CONTOSO = fs.readFileSync(path.join(ROOT, 'samples', 'contoso.privacy.jsonc'));
const NORTHWIND = fs.readFileSync(path.join(ROOT, 'samples', 'northwind.privacy.jsonc'));

/** The inputs, written afresh before each CLI runs (runs with --fix or a baseline change them). */
function makeWork() {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK);
  fs.cpSync(path.join(ROOT, 'samples'), path.join(WORK, 'samples'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'cli'), path.join(WORK, 'fixtures'), { recursive: true });
  fs.cpSync(WORKLOADS, path.join(WORK, 'workloads'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'samples'), path.join(WORK, 'fixme'), { recursive: true });
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(WORK, file)), { recursive: true });
    fs.writeFileSync(path.join(WORK, file), text);
  };
  // Settings found by walking up, stopping at a git repository's root.
  write('tree/privacy-lint.config.json', '{ "edition": "2018-05", "rules": { "processing/purpose": "warning" } }\n');
  write('tree/a/b/c/deep.privacy.json', NORTHWIND);
  write('tree/a/b/c/no-edition.privacy.json', fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'cli', 'no-edition.privacy.json')));
  write('tree/repo/.git/HEAD', 'ref: refs/heads/main\n');
  write('tree/repo/sub/no-edition.privacy.json', fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'cli', 'no-edition.privacy.json')));
  write('tree/worktree/.git', 'gitdir: /elsewhere\n');
  write('tree/worktree/x/contoso.privacy.jsonc', CONTOSO);
  write('tree/extends/base.json', '{ "rules": { "retention/audit-logs": ["error", { "maxDays": 180 }] } }\n');
  write('tree/extends/privacy-lint.config.json', '{ "extends": "./base.json", "edition": "2020-09" }\n');
  write('tree/extends/contoso.privacy.jsonc', CONTOSO);
  write('tree/broken/privacy-lint.config.json', '{ "edition": "2019-01", "rules": { "nope/rule": "error" }, }\n');
  write('tree/broken/contoso.privacy.jsonc', CONTOSO);
  write('tree/bom/privacy-lint.config.json', '\uFEFF{ "edition": "2018-05" }\n');
  write('tree/bom/bom.privacy.jsonc', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), CONTOSO]));
  write('tree/latin1/bad.privacy.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
  write('tree/cycle/privacy-lint.config.json', '{ "extends": "./other.json" }\n');
  write('tree/cycle/other.json', '{ "extends": "./privacy-lint.config.json" }\n');
  write('tree/cycle/contoso.privacy.jsonc', CONTOSO);
  // Special files where settings, configs and baselines are read.
  fs.mkdirSync(path.join(WORK, 'special/fifo'), { recursive: true });
  execFileSync('mkfifo', [path.join(WORK, 'special/fifo/privacy-lint.config.json')]);
  write('special/fifo/contoso.privacy.jsonc', CONTOSO);
  fs.mkdirSync(path.join(WORK, 'special/device'), { recursive: true });
  fs.symlinkSync('/dev/null', path.join(WORK, 'special/device/privacy-lint.config.json'));
  write('special/device/contoso.privacy.jsonc', CONTOSO);
  fs.mkdirSync(path.join(WORK, 'special/folder/privacy-lint.config.json'), { recursive: true });
  write('special/folder/contoso.privacy.jsonc', CONTOSO);
  execFileSync('mkfifo', [path.join(WORK, 'special/config.fifo')]);
  fs.symlinkSync('/dev/zero', path.join(WORK, 'special/zero.privacy.json'));
  write('settings.json', '{ "edition": "2018-05", "rules": { "retention/telemetry": "off" } }\n');
}

/** Every case: arguments, and optionally standard input and files whose bytes after the run count too. */
const CASES = [];
const add = (args, extra = {}) => CASES.push({ args, ...extra });
for (const format of FORMATS) {
  add(['--format', format, 'samples']);
  add(['--format', format, 'fixtures']);
  add(['--format', format, 'workloads']);
  add(['--format', format, '--compare-editions', 'samples', 'workloads/small']);
  add(['--format', format, 'tree']);
  add(['--format', format, 'tree/a/b/c/no-edition.privacy.json', 'tree/repo/sub', 'tree/worktree/x', 'tree/extends', 'tree/bom']);
  add(['--format', format, '--stdin', '--stdin-filename', 'tree/a/b/c/from-stdin.privacy.json'], { input: NORTHWIND });
  add(['--format', format, '--today', '2030-01-01', '--max-warnings', '0', 'samples']);
  add(['--format', format, '-o', 'report.out', 'samples'], { files: ['report.out'] });
  add(['--format', format, '--edition', '2018-05', '--config', 'settings.json', 'samples', 'fixtures/no-edition.privacy.json']);
}
for (const args of [
  ['--help'], ['-h', 'samples'], ['--version'], ['-v'], ['samples', '--version'], ['-o', '-v'], ['--bogus'], ['-x'], ['--format'], ['--format', 'xml'],
  ['--format=json=x'], ['--fix=yes'], ['--max-warnings', '-1'], ['--max-warnings', 'x'], ['--edition', '2019'], ['--today', '2026-02-30'], ['--today'],
  ['--config'], ['--output', '--fix'], ['--stdin', 'samples'], ['--stdin-filename', 'x.json'], ['--baseline', 'a', '--write-baseline', 'b'],
  ['--compare-editions', '--fix'], ['--compare-editions', '--baseline', 'x'], ['--prune-baseline'], ['--prune-baseline', '--baseline', 'x', '--fix'],
  ['--prune-baseline', '--baseline', 'x', '--format', 'json'], ['missing/path'], ['samples', 'missing.privacy.json'], ['--config', 'missing.json', 'samples'],
  ['--config', 'special/config.fifo', 'samples'], ['--config', '/dev/null', 'samples'], ['--baseline', '/dev/null', 'samples'], ['--baseline', 'special/config.fifo', 'samples'],
  ['--config', 'tree/broken/privacy-lint.config.json', 'samples'], ['tree/broken'], ['tree/cycle'], ['special/fifo'], ['special/device'], ['special/folder'],
  ['special/zero.privacy.json'], ['tree/latin1', 'samples'], ['--', '--help'], ['-o', 'missing-dir/report.json', 'samples'], ['-o', 'samples', 'samples'],
  ['--max-warnings', '0', 'samples/woodgrove.privacy.jsonc'], ['--stdin'], ['--stdin', '--fix'],
]) add(args);
add(['--stdin'], { input: CONTOSO });
add(['--stdin', '--format', 'json'], { input: Buffer.from([0x7b, 0xff, 0x7d]) });
add(['--stdin', '--fix'], { input: CONTOSO });
add(['--stdin', '--fix', '--format', 'json', '-o', 'stdin-report.json'], { input: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), CONTOSO]), files: ['stdin-report.json'] });
// Baselines: written, then read in every format, then pruned after a finding is gone.
add(['--write-baseline', 'base.txt', 'samples'], { files: ['base.txt'] });
for (const format of FORMATS) add(['--format', format, '--baseline', 'base.txt', 'samples', 'fixtures']);
add(['--baseline', 'base.txt', '--prune-baseline', 'samples/northwind.privacy.jsonc'], { files: ['base.txt'] });
add(['--write-baseline', 'tree/base.txt', '--format', 'sarif', 'tree'], { files: ['tree/base.txt'] });
// --fix on copies, the files compared afterwards.
const fixed = ['fixme/contoso.privacy.jsonc', 'fixme/fabrikam.privacy.json', 'fixme/northwind.privacy.jsonc', 'fixme/woodgrove.privacy.jsonc'];
add(['--fix', 'fixme'], { files: fixed });
add(['--fix', '--format', 'json', 'tree/bom', 'tree/a'], { files: ['tree/bom/bom.privacy.jsonc', 'tree/a/b/c/deep.privacy.json', 'tree/a/b/c/no-edition.privacy.json'] });

function runAll(cli) {
  makeWork();
  return CASES.map(({ args, input, files = [] }) => {
    const env = { ...process.env, TZ: 'UTC' };
    delete env.FORCE_COLOR;
    delete env.NO_COLOR;
    const started = Date.now();
    const run = spawnSync(process.execPath, [cli, ...args], { cwd: WORK, env, input: input ?? '', maxBuffer: 1024 * 1024 * 1024, timeout: 120_000 });
    if (process.env.COMPARE_CLI_SLOW && Date.now() - started > 2000) console.log(`slow (${Date.now() - started} ms): ${args.join(' ')}`);
    const written = files.map((file) => {
      const full = path.join(WORK, file);
      return fs.existsSync(full) ? fs.readFileSync(full).toString('base64') : '<absent>';
    });
    // The bundle's own path is never printed; a run that timed out is a difference too.
    return { status: run.status, signal: run.signal, stdout: run.stdout.toString('base64'), stderr: run.stderr.toString('base64'), written };
  });
}

const before = runAll(beforeCli);
const after = runAll(afterCli);
let differences = 0;
for (let i = 0; i < CASES.length; i++) {
  const a = before[i];
  const b = after[i];
  const what = ['status', 'signal', 'stdout', 'stderr'].filter((key) => a[key] !== b[key]);
  if (a.written.some((text, k) => text !== b.written[k])) what.push('written files');
  if (!what.length) continue;
  differences++;
  console.log(`DIFFERENT (${what.join(', ')}): privacy-lint ${CASES[i].args.join(' ')}`);
  for (const key of ['stdout', 'stderr']) {
    if (a[key] === b[key]) continue;
    console.log(`  ${key} before: ${Buffer.from(a[key], 'base64').toString('utf8').slice(0, 400)}`);
    console.log(`  ${key} after:  ${Buffer.from(b[key], 'base64').toString('utf8').slice(0, 400)}`);
  }
  if (a.status !== b.status) console.log(`  exit code before ${a.status}, after ${b.status}`);
}
fs.rmSync(TMP, { recursive: true, force: true });
console.log(`${CASES.length} cases, ${CASES.length - differences} identical, ${differences} different (before: ${revision}:dist/cli.js, after: dist/cli.js)`);
process.exitCode = differences ? 1 : 0;
