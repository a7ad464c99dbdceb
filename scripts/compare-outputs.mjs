#!/usr/bin/env node
// Proves that a change leaves everything a user of the CLI sees alone: runs the CLI of a base
// revision ("before") and of the working tree ("after") on the same inputs and compares stdout,
// stderr, the exit code and every file a run writes, byte for byte.
//
//   npm run compare-outputs -- [--ref REV] [--full] [--grep TEXT] [--out DIR]
//                              [--before-cli FILE] [--after-cli FILE]
//
//   --ref REV         the base revision (default: where this branch left main, else HEAD). Its
//                     sources are taken with `git archive` and bundled here, with this checkout's
//                     node_modules, as scripts/build.mjs bundles dist/cli.js.
//   --before-cli F    a CLI bundle to use as "before" instead (e.g. a dist/cli.js kept aside).
//   --after-cli F     the "after" bundle (default: the working tree's sources, bundled the same way,
//                     so an out-of-date dist/cli.js cannot hide a difference).
//   --full            the bench's workload sizes (2,000 files, 50,000 stores) instead of 300 and
//                     5,000: minutes instead of seconds.
//   --grep TEXT       only the cases whose command line contains TEXT.
//   --out DIR         write both sides of every difference there, to read with diff.
//
// Inputs: the samples, the CLI fixtures, the bench's seeded workloads (kind and findings-heavy,
// a folder of small files and one large file), a tree of settings files (found by walking up,
// stopping at a git root or worktree, extends, cycles, BOMs, broken settings), and special files
// (FIFOs, devices, a folder where a file is expected). Cases: every --format on each input,
// --compare-editions, --stdin (with --fix, a BOM, bad UTF-8), expiring suppressions before and
// after their date, --config/--edition/--max-warnings/-o, baselines written, read and pruned,
// --fix on copies (the files compared afterwards), and bad usage. Exit 0 when every case is
// identical, 1 when one differs, 2 when the comparison cannot run.
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const USAGE = 'usage: npm run compare-outputs -- [--ref REV] [--full] [--grep TEXT] [--out DIR] [--before-cli FILE] [--after-cli FILE]';
const argv = process.argv.slice(2);
const VALUED = ['ref', 'grep', 'out', 'before-cli', 'after-cli'];
const options = {};
for (let i = 0; i < argv.length; i++) {
  const name = argv[i].replace(/^--/, '');
  if (argv[i] === '--help' || argv[i] === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (argv[i] === '--full') {
    options.full = true;
  } else if (argv[i].startsWith('--') && VALUED.includes(name) && argv[i + 1] !== undefined) {
    options[name] = argv[++i];
  } else {
    console.error(`compare-outputs: unknown or incomplete option ${JSON.stringify(argv[i])}\n${USAGE}`);
    process.exit(2);
  }
}
const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'html'];
const SMALL_FILES = options.full ? 2000 : 300;
const LARGE_STORES = options.full ? 50_000 : 5000;
const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-outputs-'));
process.on('exit', () => fs.rmSync(TMP, { recursive: true, force: true }));

/** Bundles a CLI entry point as scripts/build.mjs does for dist/cli.js. */
async function bundleCli(sourceRoot, outfile) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(sourceRoot, 'server/src/cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    legalComments: 'none',
    mainFields: ['module', 'main'],
    sourcemap: false,
    minify: true,
  });
  return outfile;
}

async function beforeCli() {
  if (options['before-cli']) return { cli: path.resolve(options['before-cli']), label: options['before-cli'] };
  let ref = options.ref;
  let name = ref;
  if (!ref) {
    try {
      ref = git('merge-base', 'HEAD', 'main');
      name = 'the merge base with main';
    } catch {
      ref = name = 'HEAD';
    }
  }
  let commit;
  try {
    commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  } catch {
    console.error(`compare-outputs: ${JSON.stringify(ref)} is not a revision of this repository`);
    process.exit(2);
  }
  const src = path.join(TMP, 'before-src');
  fs.mkdirSync(src);
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "$1"`, 'sh', src], { cwd: ROOT });
  if (!fs.existsSync(path.join(src, 'server/src/cli/main.ts'))) {
    console.error(`compare-outputs: ${name} has no server/src/cli/main.ts; give a prebuilt CLI with --before-cli`);
    process.exit(2);
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(src, 'node_modules'), 'dir');
  return { cli: await bundleCli(src, path.join(TMP, 'before-cli.js')), label: `${name} (${commit.slice(0, 10)})` };
}

async function afterCli() {
  if (options['after-cli']) return { cli: path.resolve(options['after-cli']), label: options['after-cli'] };
  return { cli: await bundleCli(ROOT, path.join(TMP, 'after-cli.js')), label: 'the working tree' };
}

// Seeded workloads from the bench's generators: the same texts for both runs.
const { loadSpec } = await import('../bench/lib/bundle.mjs');
const { smallConfig, largeConfig, pad } = await import('../bench/lib/generate.mjs');
const { messySmallConfig, messyLargeConfig } = await import('../bench/lib/messy.mjs');
const spec = await loadSpec();
const WORKLOADS = path.join(TMP, 'workloads');
for (const [dir, make] of [
  ['small', (i) => smallConfig(spec, i)],
  ['messy-small', (i) => messySmallConfig(spec, i)],
]) {
  fs.mkdirSync(path.join(WORKLOADS, dir), { recursive: true });
  for (let i = 0; i < SMALL_FILES; i++) fs.writeFileSync(path.join(WORKLOADS, dir, `tenant-${pad(i + 1, 5)}.privacy.jsonc`), make(i));
}
fs.mkdirSync(path.join(WORKLOADS, 'large'), { recursive: true });
fs.writeFileSync(path.join(WORKLOADS, 'large', 'large.privacy.jsonc'), largeConfig(spec, LARGE_STORES));
fs.writeFileSync(path.join(WORKLOADS, 'large', 'messy-large.privacy.jsonc'), messyLargeConfig(spec, LARGE_STORES));

const CONTOSO = fs.readFileSync(path.join(ROOT, 'samples', 'contoso.privacy.jsonc'));
const NORTHWIND = fs.readFileSync(path.join(ROOT, 'samples', 'northwind.privacy.jsonc'));
const NO_EDITION = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'cli', 'no-edition.privacy.json'));
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// A disable comment that expires on 2026-06-01: it suppresses on the day before, not from that day.
const EXPIRING = CONTOSO.toString('utf8').replace(
  /^(\s*)"retention"/m,
  '$1// privacy-lint-disable-next-line retention/audit-logs, processing/iso -- waiting on legal; expires 2026-06-01\n$1"retention"',
);

const WORK = path.join(TMP, 'work');
/** The inputs, written afresh before each CLI runs (runs with --fix or a baseline change them). */
function makeWork() {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK);
  const copy = (from, to) => fs.cpSync(from, path.join(WORK, to), { recursive: true });
  copy(path.join(ROOT, 'samples'), 'samples');
  copy(path.join(ROOT, 'test', 'fixtures', 'cli'), 'fixtures');
  copy(WORKLOADS, 'workloads');
  copy(path.join(ROOT, 'samples'), 'fixme');
  copy(path.join(ROOT, 'test', 'fixtures', 'cli'), 'fixme-fixtures');
  copy(WORKLOADS, 'fixme-workloads');
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(WORK, file)), { recursive: true });
    fs.writeFileSync(path.join(WORK, file), text);
  };
  // Settings found by walking up, stopping at a git repository's root.
  write('tree/privacy-lint.config.json', '{ "edition": "2018-05", "rules": { "processing/purpose": "warning" } }\n');
  write('tree/a/b/c/deep.privacy.json', NORTHWIND);
  write('tree/a/b/c/no-edition.privacy.json', NO_EDITION);
  write('tree/repo/.git/HEAD', 'ref: refs/heads/main\n');
  write('tree/repo/sub/no-edition.privacy.json', NO_EDITION);
  write('tree/worktree/.git', 'gitdir: /elsewhere\n');
  write('tree/worktree/x/contoso.privacy.jsonc', CONTOSO);
  write('tree/extends/base.json', '{ "rules": { "retention/audit-logs": ["error", { "maxDays": 180 }] } }\n');
  write('tree/extends/privacy-lint.config.json', '{ "extends": "./base.json", "edition": "2020-09" }\n');
  write('tree/extends/contoso.privacy.jsonc', CONTOSO);
  write('tree/broken/privacy-lint.config.json', '{ "edition": "2019-01", "rules": { "nope/rule": "error" }, }\n');
  write('tree/broken/contoso.privacy.jsonc', CONTOSO);
  write('tree/bom/privacy-lint.config.json', '\uFEFF{ "edition": "2018-05" }\n');
  write('tree/bom/bom.privacy.jsonc', Buffer.concat([BOM, CONTOSO]));
  write('tree/latin1/bad.privacy.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
  write('tree/cycle/privacy-lint.config.json', '{ "extends": "./other.json" }\n');
  write('tree/cycle/other.json', '{ "extends": "./privacy-lint.config.json" }\n');
  write('tree/cycle/contoso.privacy.jsonc', CONTOSO);
  // Special files where settings, configs and baselines are read: an error, never a hang.
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

/** Every case: arguments, optionally standard input, and files or folders whose bytes after the run count too. */
const CASES = [];
const add = (args, extra = {}) => CASES.push({ args, ...extra });
for (const format of FORMATS) {
  add(['--format', format, 'samples']);
  add(['--format', format, 'fixtures']);
  add(['--format', format, '--today', '2026-12-02', 'workloads']);
  add(['--format', format, '--compare-editions', 'samples', 'fixtures', 'workloads/small']);
  add(['--format', format, 'tree']);
  add(['--format', format, 'tree/a/b/c/no-edition.privacy.json', 'tree/repo/sub', 'tree/worktree/x', 'tree/extends', 'tree/bom']);
  add(['--format', format, '--stdin', '--stdin-filename', 'tree/a/b/c/from-stdin.privacy.json'], { input: NORTHWIND });
  add(['--format', format, '--today', '2030-01-01', '--max-warnings', '0', 'samples']);
  add(['--format', format, '-o', 'report.out', 'samples'], { files: ['report.out'] });
  add(['--format', format, '--edition', '2018-05', '--config', 'settings.json', 'samples', 'fixtures/no-edition.privacy.json']);
}
for (const args of [
  ['--help'],
  ['-h', 'samples'],
  ['--version'],
  ['-v'],
  ['samples', '--version'],
  ['-o', '-v'],
  ['--bogus'],
  ['-x'],
  ['--format'],
  ['--format', 'xml'],
  ['--format=json=x'],
  ['--fix=yes'],
  ['--max-warnings', '-1'],
  ['--max-warnings', 'x'],
  ['--edition', '2019'],
  ['--today', '2026-02-30'],
  ['--today'],
  ['--config'],
  ['--output', '--fix'],
  ['--stdin', 'samples'],
  ['--stdin-filename', 'x.json'],
  ['--baseline', 'a', '--write-baseline', 'b'],
  ['--compare-editions', '--fix'],
  ['--compare-editions', '--baseline', 'x'],
  ['--prune-baseline'],
  ['--prune-baseline', '--baseline', 'x', '--fix'],
  ['--prune-baseline', '--baseline', 'x', '--format', 'json'],
  ['missing/path'],
  ['samples', 'missing.privacy.json'],
  ['--config', 'missing.json', 'samples'],
  ['--config', 'special/config.fifo', 'samples'],
  ['--config', '/dev/null', 'samples'],
  ['--baseline', '/dev/null', 'samples'],
  ['--baseline', 'special/config.fifo', 'samples'],
  ['--config', 'tree/broken/privacy-lint.config.json', 'samples'],
  ['tree/broken'],
  ['tree/cycle'],
  ['special/fifo'],
  ['special/device'],
  ['special/folder'],
  ['special/zero.privacy.json'],
  ['tree/latin1', 'samples'],
  ['--', '--help'],
  ['-o', 'missing-dir/report.json', 'samples'],
  ['-o', 'samples', 'samples'],
  ['--max-warnings', '0', 'samples/woodgrove.privacy.jsonc'],
  ['--stdin'],
  ['--stdin', '--fix'],
])
  add(args);
add(['--stdin'], { input: CONTOSO });
add(['--stdin', '--format', 'json'], { input: Buffer.from([0x7b, 0xff, 0x7d]) });
add(['--stdin', '--fix'], { input: CONTOSO });
add(['--stdin', '--stdin-filename', 'samples/contoso.privacy.jsonc', '--fix', '--format', 'json'], { input: CONTOSO });
add(['--stdin', '--fix', '--format', 'json', '-o', 'stdin-report.json'], { input: Buffer.concat([BOM, CONTOSO]), files: ['stdin-report.json'] });
// Expiring suppressions: the day before, the day itself, and the run's own date.
for (const today of ['2026-05-31', '2026-06-01', undefined]) {
  for (const format of ['json', 'sarif']) {
    add(['--stdin', '--stdin-filename', 'x.privacy.jsonc', '--format', format, ...(today ? ['--today', today] : [])], { input: EXPIRING });
  }
}
// Baselines: written, then read in every format, then pruned after a finding is gone.
add(['--write-baseline', 'base.txt', 'samples'], { files: ['base.txt'] });
for (const format of FORMATS) add(['--format', format, '--baseline', 'base.txt', 'samples', 'fixtures']);
add(['--baseline', 'base.txt', '--prune-baseline', 'samples/northwind.privacy.jsonc'], { files: ['base.txt'] });
add(['--write-baseline', 'tree/base.txt', '--format', 'sarif', 'tree'], { files: ['tree/base.txt'] });
// --fix on copies, every file of the fixed folders compared afterwards.
add(['--fix', 'fixme'], { files: ['fixme'] });
add(['--fix', '--format', 'json', 'fixme-fixtures'], { files: ['fixme-fixtures'] });
add(['--fix', '--format', 'json', 'fixme-workloads'], { files: ['fixme-workloads'] });
add(['--fix', '--format', 'json', 'tree/bom', 'tree/a'], { files: ['tree/bom', 'tree/a'] });

const selected = options.grep ? CASES.filter((c) => c.args.join(' ').includes(options.grep)) : CASES;
if (selected.length === 0) {
  console.error(`compare-outputs: no case's command line contains ${JSON.stringify(options.grep)}`);
  process.exit(2);
}

/** The files under a path, sorted, as [relative path, bytes]; a missing path counts as such. */
function filesUnder(rel) {
  const full = path.join(WORK, rel);
  if (!fs.existsSync(full)) return [[rel, Buffer.from('<absent>')]];
  if (!fs.statSync(full).isDirectory()) return [[rel, fs.readFileSync(full)]];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(rel, name)));
}
const sha = (data) => crypto.createHash('sha256').update(data).digest('hex');

/** Runs every selected case in order (later cases read what earlier ones wrote); outputs go to DIR. */
function runAll(cli, dir) {
  makeWork();
  fs.mkdirSync(dir);
  const env = { ...process.env, TZ: 'UTC' };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return selected.map(({ args, input, files = [] }, i) => {
    // Reports go to files, not memory: the large workloads' reports are tens of MB.
    const stdout = path.join(dir, `${i}.stdout`);
    const stderr = path.join(dir, `${i}.stderr`);
    const fdOut = fs.openSync(stdout, 'w');
    const fdErr = fs.openSync(stderr, 'w');
    const run = spawnSync(process.execPath, [cli, ...args], { cwd: WORK, env, input: input ?? '', stdio: ['pipe', fdOut, fdErr], timeout: 300_000 });
    fs.closeSync(fdOut);
    fs.closeSync(fdErr);
    const written = files.flatMap(filesUnder).map(([rel, bytes]) => Buffer.concat([Buffer.from(`--- ${rel}\n`), bytes]));
    fs.writeFileSync(path.join(dir, `${i}.files`), Buffer.concat(written));
    // A run that timed out is a difference too (its signal is set).
    return { status: run.status, signal: run.signal, streams: ['stdout', 'stderr', 'files'] };
  });
}

/** Where two files first differ, with some context, or undefined when they are the same. */
function firstDifference(a, b) {
  const x = fs.readFileSync(a);
  const y = fs.readFileSync(b);
  if (x.equals(y)) return undefined;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const around = (buf) => JSON.stringify(buf.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  return `${x.length} vs ${y.length} bytes, first difference at byte ${i}:\n      before ${around(x)}\n      after  ${around(y)}`;
}

const before = await beforeCli();
const after = await afterCli();
console.log(`comparing ${selected.length} cases: before = ${before.label}, after = ${after.label}`);
const beforeDir = path.join(TMP, 'before');
const afterDir = path.join(TMP, 'after');
const a = runAll(before.cli, beforeDir);
const b = runAll(after.cli, afterDir);
let differences = 0;
for (let i = 0; i < selected.length; i++) {
  const problems = [];
  if (a[i].status !== b[i].status || a[i].signal !== b[i].signal)
    problems.push(`exit ${a[i].status ?? a[i].signal} before, ${b[i].status ?? b[i].signal} after`);
  for (const stream of a[i].streams) {
    const diff = firstDifference(path.join(beforeDir, `${i}.${stream}`), path.join(afterDir, `${i}.${stream}`));
    if (!diff) continue;
    problems.push(`${stream === 'files' ? 'written files' : stream}: ${diff}`);
    if (options.out) {
      const out = path.resolve(options.out);
      for (const [side, dir] of [
        ['before', beforeDir],
        ['after', afterDir],
      ]) {
        fs.mkdirSync(path.join(out, side), { recursive: true });
        fs.copyFileSync(path.join(dir, `${i}.${stream}`), path.join(out, side, `case-${i}.${stream}`));
      }
    }
  }
  if (!problems.length) continue;
  differences++;
  console.log(`DIFFERENT case ${i}: privacy-lint ${selected[i].args.join(' ')}\n  ${problems.join('\n  ')}`);
}
const hash = (dir) =>
  sha(
    fs
      .readdirSync(dir)
      .sort()
      .map((f) => sha(fs.readFileSync(path.join(dir, f))))
      .join(),
  );
console.log(
  differences
    ? `${differences} of ${selected.length} cases differ${options.out ? ` (both sides in ${options.out})` : ''}`
    : `all ${selected.length} cases byte-identical (outputs ${hash(afterDir).slice(0, 12)})`,
);
process.exitCode = differences ? 1 : 0;
