/**
 * The CLI under hostile conditions: many files under a low open-files limit, symlink
 * loops, unreadable files and folders, special files, paths that vanish mid-run, bytes that
 * are not UTF-8, a very large file, and `--output` to places that cannot be written.
 *
 * What every case checks (SPEC section 5): exit 2 for a path that cannot be read, and the
 * report of the other files still printed; one clear line on stderr per problem, never a
 * stack trace; nothing rewritten that should not be (bytes, mtime and mode compared).
 *
 * Sizes: 3,000 files and a 10 MB file in `npm test`; 15,000 files and a 100 MB file in
 * `npm run stress -- --full`.
 */
import * as assert from 'assert';
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { BROKEN } from '../server/fixtures';
import {
  changedFiles,
  clearLines,
  FULL,
  guard,
  NOBODY,
  parseJsonReport,
  permissionMode,
  record,
  removeFolders,
  ROOT,
  runCli,
  snapshotTree,
  tempFolder,
  size,
} from './harness';

const MANY = size('files', 3_000, 15_000);
const BIG_MB = size('big_mb', 10, 100);
const CONTOSO = fs.readFileSync(path.join(ROOT, 'samples', 'contoso.privacy.jsonc'), 'utf8');
const FABRIKAM = fs.readFileSync(path.join(ROOT, 'samples', 'fabrikam.privacy.json'), 'utf8');

/** Makes a folder usable by the user the CLI runs as: owned by nobody when the CLI runs as nobody. */
function openUp(folder: string): void {
  fs.chmodSync(folder, 0o755);
  if (permissionMode() === 'setpriv') fs.chownSync(folder, NOBODY.uid, NOBODY.gid);
}

/** Gives a whole tree to nobody (when the CLI runs as nobody), so that its modes are what count. */
function giveAway(folder: string): void {
  if (permissionMode() !== 'setpriv') return;
  const walk = (p: string) => {
    fs.lchownSync(p, NOBODY.uid, NOBODY.gid);
    if (fs.lstatSync(p).isDirectory()) for (const name of fs.readdirSync(p)) walk(path.join(p, name));
  };
  walk(folder);
}

describe('stress: privacy-lint under hostile conditions', function () {
  // A 10 MB input takes 5-10 s alone and up to a minute on a 2-core machine busy with other work:
  // the limit catches a hang, not a slow machine.
  this.timeout(FULL ? 900_000 : 180_000);
  afterEach(removeFolders);

  it(`lints ${MANY.toLocaleString('en-US')} files in one run under ulimit -n 256 (and 32): no EMFILE`, async () => {
    const root = tempFolder();
    for (let i = 0; i < MANY; i++) {
      const dir = path.join(root, `d${String(Math.floor(i / 100)).padStart(3, '0')}`);
      if (i % 100 === 0) fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, `f${String(i).padStart(5, '0')}.privacy.jsonc`), i % 2 ? BROKEN : FABRIKAM);
    }
    const runs: Record<string, number> = {};
    for (const limit of [256, 32]) {
      const result = await runCli(['--format', 'json', '.'], { cwd: root, openFiles: limit });
      assert.doesNotMatch(result.stderr, /EMFILE|too many open files/i, `ulimit -n ${limit}`);
      assert.strictEqual(result.stderr, '', `ulimit -n ${limit}: nothing on stderr`);
      assert.strictEqual(result.status, 1, `ulimit -n ${limit}: exit 1 (errors found)`);
      assert.strictEqual(parseJsonReport(result).length, MANY, `ulimit -n ${limit}: every file is in the report`);
      runs[`lint (ulimit -n ${limit})`] = result.ms;
    }
    // --fix writes every other file (a temporary file each, renamed over it): all of them in the
    // full run, the first 500 in `npm test`.
    const fixed = FULL ? ['.'] : Array.from({ length: Math.min(5, Math.ceil(MANY / 100)) }, (_, d) => `d${String(d).padStart(3, '0')}`);
    const fix = await runCli(['--fix', '--format', 'json', ...fixed], { cwd: root, openFiles: 256 });
    assert.doesNotMatch(fix.stderr, /EMFILE|too many open files/i);
    assert.strictEqual(fix.stderr, '');
    assert.strictEqual(parseJsonReport(fix).length, FULL ? MANY : Math.min(500, MANY));
    runs['--fix (ulimit -n 256)'] = fix.ms;
    const leftovers = fs.readdirSync(path.join(root, 'd000')).filter((name) => !name.endsWith('.privacy.jsonc'));
    assert.deepStrictEqual(leftovers, [], 'no temporary file left by a run that finished');
    record({ suite: 'cli', case: `${MANY} files under a low open-files limit`, counts: { files: MANY }, ms: runs });
  });

  it('symlink loops and dangling links: the run ends, each file is linted once, each bad link is one clear line, exit 2', async () => {
    const root = tempFolder();
    fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    fs.mkdirSync(path.join(root, 'c'));
    fs.writeFileSync(path.join(root, 'a', 'one.privacy.jsonc'), CONTOSO);
    fs.writeFileSync(path.join(root, 'a', 'b', 'two.privacy.json'), FABRIKAM);
    fs.symlinkSync('..', path.join(root, 'a', 'b', 'up'));
    fs.symlinkSync('../..', path.join(root, 'a', 'b', 'up2'));
    fs.symlinkSync('.', path.join(root, 'self'));
    fs.symlinkSync('../a', path.join(root, 'c', 'to-a'));
    fs.symlinkSync('self.privacy.json', path.join(root, 'self.privacy.json'));
    fs.symlinkSync('loop2.privacy.json', path.join(root, 'loop1.privacy.json'));
    fs.symlinkSync('loop1.privacy.json', path.join(root, 'loop2.privacy.json'));
    fs.symlinkSync('nowhere', path.join(root, 'gone.privacy.json'));
    fs.symlinkSync(path.join(root, 'a', 'one.privacy.jsonc'), path.join(root, 'c', 'alias.privacy.jsonc'));
    const before = snapshotTree(root);

    const result = await runCli(['--format', 'json', '.', 'a', 'self/self/self/a'], { cwd: root, timeout: 60_000 });
    const entries = parseJsonReport(result);
    assert.deepStrictEqual(
      entries.map((e) => e.file),
      ['a/b/two.privacy.json', 'a/one.privacy.jsonc'],
      'each real file once, by the first route found',
    );
    assert.strictEqual(result.status, 2, 'exit 2: paths that cannot be read');
    assert.deepStrictEqual(clearLines(result.stderr).sort(), [
      'privacy-lint: gone.privacy.json: no such file or directory',
      'privacy-lint: loop1.privacy.json: too many levels of symbolic links',
      'privacy-lint: loop2.privacy.json: too many levels of symbolic links',
      'privacy-lint: self.privacy.json: too many levels of symbolic links',
    ]);
    // --fix through the links: the real file is fixed once, the links stay links.
    const fix = await runCli(['--fix', '--format', 'json', '.'], { cwd: root, timeout: 60_000 });
    assert.strictEqual(fix.status, 2);
    assert.ok(fs.lstatSync(path.join(root, 'c', 'alias.privacy.jsonc')).isSymbolicLink(), 'a symlink to a fixed file stays a symlink');
    assert.deepStrictEqual(changedFiles(before, snapshotTree(root)), ['a/one.privacy.jsonc'], 'only the file with fixes was rewritten');
  });

  it('special files (FIFO, device, socket) named or found: no hang, one clear line for a named one, nothing rewritten', async () => {
    const root = tempFolder();
    fs.writeFileSync(path.join(root, 'ok.privacy.json'), FABRIKAM);
    const fifo = path.join(root, 'fifo.privacy.json');
    assert.strictEqual(spawnStatus('mkfifo', [fifo]), 0, 'mkfifo');
    fs.symlinkSync('/dev/zero', path.join(root, 'zero.privacy.json'));
    const before = snapshotTree(root);
    const found = await runCli(['--fix', '--format', 'json', '.'], { cwd: root, timeout: 30_000 });
    assert.deepStrictEqual(
      parseJsonReport(found).map((e) => e.file),
      ['ok.privacy.json'],
    );
    assert.strictEqual(found.stderr, '', 'special files in a folder are not config files: skipped');
    const named = await runCli(['--fix', '--format', 'json', 'fifo.privacy.json', 'zero.privacy.json', '/dev/null', 'ok.privacy.json'], {
      cwd: root,
      timeout: 30_000,
    });
    assert.strictEqual(named.status, 2);
    assert.deepStrictEqual(
      parseJsonReport(named).map((e) => e.file),
      ['ok.privacy.json'],
      'the report of the others is printed',
    );
    assert.deepStrictEqual(clearLines(named.stderr), [
      'privacy-lint: fifo.privacy.json: not a regular file or directory',
      'privacy-lint: zero.privacy.json: not a regular file or directory',
      'privacy-lint: /dev/null: not a regular file or directory',
    ]);
    assert.ok(fs.lstatSync(fifo).isFIFO(), 'the FIFO is still a FIFO');
    assert.deepStrictEqual(changedFiles(before, snapshotTree(root)), []);
  });

  it('unreadable files and folders (as an unprivileged user): exit 2, one line each, the others reported and fixed, nothing else rewritten', async function () {
    const mode = permissionMode();
    if (mode === 'none') this.skip();
    const user = mode === 'setpriv' ? NOBODY : undefined;
    const root = tempFolder();
    openUp(root);
    const files: Record<string, string> = {
      'ok.privacy.jsonc': BROKEN,
      'clean.privacy.json': FABRIKAM,
      'secret.privacy.jsonc': BROKEN,
      'locked/inside.privacy.jsonc': BROKEN,
      'listless/hidden.privacy.jsonc': BROKEN,
      'readonly/fixme.privacy.jsonc': BROKEN,
      'badsettings/privacy-lint.config.json': '{ "edition": "2018-05" }',
      'badsettings/x.privacy.jsonc': BROKEN,
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.join(root, path.dirname(name)), { recursive: true, mode: 0o755 });
      fs.writeFileSync(path.join(root, name), text, { mode: 0o644 });
    }
    giveAway(root);
    fs.chmodSync(path.join(root, 'secret.privacy.jsonc'), 0o000);
    fs.chmodSync(path.join(root, 'locked'), 0o000); // cannot list, cannot enter
    fs.chmodSync(path.join(root, 'listless'), 0o311); // can enter, cannot list
    fs.chmodSync(path.join(root, 'readonly'), 0o555); // can read, cannot create the temporary file of a fix
    fs.chmodSync(path.join(root, 'badsettings', 'privacy-lint.config.json'), 0o000);

    // A settings file that cannot be read fails the run closed (SPEC section 6): nothing is linted.
    const closed = await runCli(['--format', 'json', '.'], { cwd: root, user });
    assert.strictEqual(closed.status, 2);
    assert.strictEqual(closed.stdout, '');
    assert.ok(
      clearLines(closed.stderr).some((line) => /badsettings\/privacy-lint\.config\.json:1:1: The settings file cannot be read: permission denied/.test(line)),
      `the unreadable settings file is reported:\n${closed.stderr}`,
    );
    fs.chmodSync(path.join(root, 'badsettings', 'privacy-lint.config.json'), 0o644);
    const before = snapshotTree(root);

    const lint = await runCli(['--format', 'json', '.', 'listless/hidden.privacy.jsonc'], { cwd: root, user });
    assert.strictEqual(lint.status, 2, `exit 2 for unreadable paths; stderr:\n${lint.stderr}`);
    assert.deepStrictEqual(
      parseJsonReport(lint)
        .map((e) => e.file)
        .sort(),
      ['badsettings/x.privacy.jsonc', 'clean.privacy.json', 'listless/hidden.privacy.jsonc', 'ok.privacy.jsonc', 'readonly/fixme.privacy.jsonc'],
      'the readable files are reported (a folder that cannot be listed still serves a file named in it)',
    );
    const lines = clearLines(lint.stderr);
    for (const expected of ['secret.privacy.jsonc: permission denied', 'locked: permission denied', 'listless: permission denied']) {
      assert.ok(
        lines.some((line) => line.endsWith(expected)),
        `"${expected}" in:\n${lint.stderr}`,
      );
    }
    assert.deepStrictEqual(changedFiles(before, snapshotTree(root)), [], 'linting changes nothing');

    const fix = await runCli(['--fix', '--format', 'json', '.'], { cwd: root, user });
    assert.strictEqual(fix.status, 2);
    const fixLines = clearLines(fix.stderr);
    assert.ok(
      fixLines.some((line) => /^privacy-lint: readonly\/fixme\.privacy\.jsonc: .*permission denied/.test(line)),
      `the file that cannot be replaced is reported:\n${fix.stderr}`,
    );
    assert.deepStrictEqual(
      changedFiles(before, snapshotTree(root)),
      ['badsettings/x.privacy.jsonc', 'ok.privacy.jsonc'],
      'only the readable, writable files with fixes are rewritten',
    );
    const leftovers = fs.readdirSync(root).filter((name) => name.startsWith('.'));
    assert.deepStrictEqual(leftovers, [], 'no temporary file left behind');
  });

  it('a read-only file (mode 444) in a writable folder: what --fix does (recorded)', async function () {
    const mode = permissionMode();
    if (mode === 'none') this.skip();
    const root = tempFolder();
    openUp(root);
    const file = path.join(root, 'ro.privacy.jsonc');
    fs.writeFileSync(file, BROKEN);
    giveAway(root);
    fs.chmodSync(file, 0o444);
    const fix = await runCli(['--fix', '--format', 'json', '.'], { cwd: root, user: mode === 'setpriv' ? NOBODY : undefined });
    const rewritten = fs.readFileSync(file, 'utf8') !== BROKEN;
    assert.strictEqual(fs.statSync(file).mode & 0o777, 0o444, 'the mode is kept');
    // The SPEC does not say; the atomic rename replaces a read-only file like `sed -i` does.
    record({
      suite: 'cli',
      case: '--fix on a read-only file in a writable folder',
      notes: { rewritten, exit: String(fix.status), stderr: fix.stderr.trim() || '(none)' },
    });
  });

  it('paths that vanish mid-run: one line each, exit 2, the others reported, nothing recreated', async () => {
    const root = tempFolder();
    const count = FULL ? 5_000 : 400;
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      const name = `f${String(i).padStart(5, '0')}.privacy.jsonc`;
      names.push(name);
      fs.writeFileSync(path.join(root, name), BROKEN);
    }
    fs.mkdirSync(path.join(root, 'zz'));
    for (let i = 0; i < 10; i++) fs.writeFileSync(path.join(root, 'zz', `g${i}.privacy.jsonc`), BROKEN);
    // The last files in path order vanish as soon as the run writes its first fix (discovery is over by then).
    const vanishing = names.slice(-25);
    let watcher: fs.FSWatcher | undefined;
    let deleted = false;
    const fix = await runCli(['--fix', '--format', 'json', '.'], {
      cwd: root,
      onSpawn: () => {
        watcher = fs.watch(root, () => {
          if (deleted) return;
          deleted = true;
          for (const name of vanishing) fs.unlinkSync(path.join(root, name));
          fs.rmSync(path.join(root, 'zz'), { recursive: true });
        });
      },
    }).finally(() => watcher?.close());
    assert.ok(deleted, 'the files were deleted during the run');
    assert.strictEqual(fix.status, 2);
    const lines = clearLines(fix.stderr);
    assert.deepStrictEqual(lines, [
      ...vanishing.map((n) => `privacy-lint: ${n}: no such file or directory`),
      ...Array.from({ length: 10 }, (_, i) => `zz/g${i}.privacy.jsonc`)
        .sort()
        .map((n) => `privacy-lint: ${n}: no such file or directory`),
    ]);
    assert.strictEqual(parseJsonReport(fix).length, count - vanishing.length, 'the others are reported');
    for (const name of vanishing) assert.ok(!fs.existsSync(path.join(root, name)), `${name} is not recreated`);
    assert.ok(!fs.existsSync(path.join(root, 'zz')), 'the deleted folder is not recreated');

    // Without --fix there is no event to wait for: files vanish right after the spawn. Whatever the
    // timing, each of them is either linted or reported as missing, and nothing crashes.
    const gone = names.slice(0, count - vanishing.length).filter((_, i) => i % 7 === 3);
    const lint = await runCli(['--format', 'json', '.'], { cwd: root, onSpawn: () => gone.forEach((name) => fs.unlinkSync(path.join(root, name))) });
    const reported = new Set(parseJsonReport(lint).map((e) => e.file));
    const missing = new Set(clearLines(lint.stderr).map((line) => line.replace(/^privacy-lint: (.*): no such file or directory$/, '$1')));
    for (const name of names.slice(0, count - vanishing.length)) {
      // A file deleted before the search is not found at all; one deleted after it is linted or reported missing.
      assert.ok(!(reported.has(name) && missing.has(name)), `${name}: linted and reported missing`);
      if (!gone.includes(name)) assert.ok(reported.has(name) && !missing.has(name), `${name} (not deleted) is reported`);
    }
    assert.strictEqual(lint.status, missing.size ? 2 : 1);
    record({
      suite: 'cli',
      case: 'paths that vanish mid-run',
      counts: { files: count, vanishedDuringFix: vanishing.length + 10, deletedAfterSpawn: gone.length, reportedMissing: missing.size },
      ms: { fix: fix.ms, lint: lint.ms },
    });
  });

  it('bytes that are not UTF-8: one line each, exit 2, the others reported, never rewritten by --fix', async () => {
    const root = tempFolder();
    const broken = Buffer.from(BROKEN, 'utf8');
    const bad: Record<string, Buffer> = {
      'latin1.privacy.json': Buffer.from('{ "tenant": { "id": "caf\xe9", "signupCountry": "FR" } }', 'latin1'),
      'continuation.privacy.json': Buffer.concat([broken.subarray(0, 40), Buffer.from([0x80, 0xbf]), broken.subarray(40)]),
      'overlong.privacy.json': Buffer.concat([broken, Buffer.from([0xc0, 0xaf])]),
      'truncated.privacy.json': Buffer.concat([broken, Buffer.from([0xe2, 0x82])]),
      'surrogate.privacy.json': Buffer.concat([broken.subarray(0, 60), Buffer.from([0xed, 0xa0, 0x80]), broken.subarray(60)]),
      'utf16.privacy.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BROKEN, 'utf16le')]),
      'binary.privacy.json': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256)),
    };
    const good: Record<string, Buffer> = {
      'bom.privacy.jsonc': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BROKEN.replace(/\n/g, '\r\n'), 'utf8')]),
      'plain.privacy.jsonc': broken,
      'nul.privacy.json': Buffer.from('{\u0000"tenant": 1}', 'utf8'),
    };
    for (const [name, bytes] of Object.entries({ ...bad, ...good })) fs.writeFileSync(path.join(root, name), bytes);
    const before = snapshotTree(root);

    for (const args of [
      ['--format', 'json', '.'],
      ['--fix', '--format', 'json', '.'],
    ]) {
      const result = await runCli(args, { cwd: root });
      assert.strictEqual(result.status, 2, `${args.join(' ')}: exit 2`);
      assert.deepStrictEqual(
        clearLines(result.stderr).sort(),
        Object.keys(bad)
          .sort()
          .map((name) => `privacy-lint: ${name}: not valid UTF-8`),
      );
      assert.deepStrictEqual(
        parseJsonReport(result)
          .map((e) => e.file)
          .sort(),
        Object.keys(good).sort(),
      );
    }
    const changed = changedFiles(before, snapshotTree(root));
    assert.deepStrictEqual(
      changed.filter((name) => name in bad),
      [],
      'a file that is not UTF-8 is never rewritten',
    );
    const bom = fs.readFileSync(path.join(root, 'bom.privacy.jsonc'));
    assert.deepStrictEqual([...bom.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the byte order mark is kept');
    assert.ok(!bom.toString('utf8').replace(/\r\n/g, '').includes('\n'), 'CRLF line ends are kept');
  });

  it('text that is not a configuration (nesting 100,000 deep, closed or not, NUL, [1,2], empty, one 5 MB line): linted, never an internal error', async () => {
    const root = tempFolder();
    const files: Record<string, string> = {
      'deep-arrays.privacy.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      'deep-objects.privacy.json': `${'{"tenant":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
      'unclosed.privacy.json': `${'{"a":['.repeat(30_000)}`,
      'nul.privacy.json': '\u0000{"tenant":\u0000}',
      'array.privacy.json': '[1,2]',
      'empty.privacy.json': '',
      'long-line.privacy.json': `{"tenant":{"id":"${'z'.repeat(5 * 1024 * 1024)}"}}`,
    };
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, name), text);
    const before = snapshotTree(root);
    const problems: string[] = [];
    for (const args of [
      ['--format', 'json', '.'],
      ['--fix', '--format', 'json', '.'],
    ]) {
      const result = await runCli(args, { cwd: root, timeout: 60_000 });
      clearLines(result.stderr);
      if (result.stderr) problems.push(`${args.join(' ')} (exit ${result.status}):\n${result.stderr.trim()}`);
      const entries = parseJsonReport(result);
      const missing = Object.keys(files).filter((name) => !entries.some((e) => e.file === name));
      if (missing.length) problems.push(`${args.join(' ')}: no report for ${missing.join(', ')}`);
      for (const entry of entries) assert.ok(entry.diagnostics.length > 0, `${entry.file} has diagnostics`);
      if (!result.stderr) assert.strictEqual(result.status, 1, 'exit 1: the files have errors');
    }
    assert.deepStrictEqual(problems, [], 'every file linted, no internal error');
    assert.deepStrictEqual(
      changedFiles(before, snapshotTree(root)).filter((name) => name !== 'deep-objects.privacy.json' && name !== 'nul.privacy.json'),
      [],
      'nothing rewritten but files with preferred fixes',
    );
  });

  it(`a ${BIG_MB} MB file: linted and fixed, with clear results; a clean one is not rewritten`, async () => {
    const root = tempFolder();
    const big = bigConfig(BIG_MB * 1024 * 1024, true);
    // The fixed text expected: the fixes of the small head (an uninterrupted --fix of it alone), the bulk kept as it is.
    fs.writeFileSync(path.join(root, 'head.privacy.jsonc'), BIG_HEAD);
    const headFix = await runCli(['--fix', 'head.privacy.jsonc'], { cwd: root });
    assert.ok(headFix.status === 0 || headFix.status === 1, headFix.stderr);
    const expectedFixed = bigConfig(BIG_MB * 1024 * 1024, true, fs.readFileSync(path.join(root, 'head.privacy.jsonc'), 'utf8'));
    fs.rmSync(path.join(root, 'head.privacy.jsonc'));
    const clean = bigConfig(Math.min(BIG_MB, 10) * 1024 * 1024, false);
    fs.writeFileSync(path.join(root, 'big.privacy.jsonc'), big);
    fs.writeFileSync(path.join(root, 'clean.privacy.json'), clean);
    const before = snapshotTree(root);
    const timeout = FULL ? 600_000 : 50_000;

    const lint = await runCli(['--format', 'json', '.'], { cwd: root, timeout });
    assert.strictEqual(lint.stderr, '');
    assert.strictEqual(lint.status, 1);
    const [bigEntry, cleanEntry] = parseJsonReport(lint);
    assert.strictEqual(bigEntry.file, 'big.privacy.jsonc');
    assert.ok(
      bigEntry.diagnostics.some((d) => d.rule === 'retention/audit-logs'),
      'the problem at the end of the big file is found',
    );
    assert.deepStrictEqual(
      cleanEntry.diagnostics.filter((d) => d.severity === 'error'),
      [],
    );
    assert.deepStrictEqual(changedFiles(before, snapshotTree(root)), []);

    const fix = await runCli(['--fix', '--format', 'json', '.'], { cwd: root, timeout });
    assert.strictEqual(fix.stderr, '');
    assert.ok(fix.status === 0 || fix.status === 1);
    assert.deepStrictEqual(changedFiles(before, snapshotTree(root)), ['big.privacy.jsonc'], 'only the file with fixes is rewritten');
    const fixed = fs.readFileSync(path.join(root, 'big.privacy.jsonc'), 'utf8');
    assert.ok(fixed === expectedFixed, `the fixes of the head are applied and the rest is kept (${fixed.length} characters, expected ${expectedFixed.length})`);
    assert.deepStrictEqual(fs.readdirSync(root).sort(), ['big.privacy.jsonc', 'clean.privacy.json'], 'no temporary file left');
    record({
      suite: 'cli',
      case: `a ${BIG_MB} MB file`,
      counts: { megabytes: BIG_MB, stores: (big.match(/"kind"/g) ?? []).length },
      ms: { lint: lint.ms, fix: fix.ms },
    });
  });

  describe('--output to a path that cannot be written: exit 2, one clear line, nothing else touched', () => {
    const cases: { name: string; target: (root: string) => string; user?: boolean }[] = [
      { name: 'a directory', target: (root) => path.join(root, 'out') },
      { name: 'a path under a folder that does not exist', target: (root) => path.join(root, 'no', 'such', 'folder', 'report.json') },
      { name: 'a path under a file', target: (root) => path.join(root, 'ok.privacy.json', 'report.json') },
      { name: 'a read-only folder (as an unprivileged user)', target: (root) => path.join(root, 'readonly', 'report.json'), user: true },
      { name: 'a folder of /proc', target: () => '/proc/privacy-lint-report.json' },
      { name: 'a name too long', target: (root) => path.join(root, `${'x'.repeat(300)}.json`) },
    ];
    for (const c of cases) {
      it(c.name, async function () {
        const mode = permissionMode();
        if (c.user && mode === 'none') this.skip();
        const root = tempFolder();
        openUp(root);
        fs.mkdirSync(path.join(root, 'out'));
        fs.mkdirSync(path.join(root, 'readonly'), { mode: 0o555 });
        fs.chmodSync(path.join(root, 'readonly'), 0o555);
        fs.writeFileSync(path.join(root, 'ok.privacy.json'), FABRIKAM, { mode: 0o644 });
        const before = snapshotTree(root);
        const target = c.target(root);
        const result = await runCli(['--format', 'json', '-o', target, 'ok.privacy.json'], {
          cwd: root,
          user: c.user && mode === 'setpriv' ? NOBODY : undefined,
        });
        assert.strictEqual(result.status, 2, `exit 2; stderr: ${result.stderr}`);
        const lines = clearLines(result.stderr);
        assert.strictEqual(lines.length, 1, `one line: ${result.stderr}`);
        assert.match(lines[0], /^privacy-lint: cannot write the report to .+: .+$/);
        assert.deepStrictEqual(changedFiles(before, snapshotTree(root)), []);
        assert.ok(fs.statSync(path.join(root, 'out')).isDirectory());
      });
    }

    it('a character device: written to, or refused, but never replaced by a regular file', async function () {
      if (permissionMode() !== 'setpriv') this.skip(); // mknod needs root
      const root = tempFolder();
      fs.writeFileSync(path.join(root, 'ok.privacy.json'), FABRIKAM);
      // A private copy of /dev/null (same major and minor), so that the real one is never at risk.
      const device = path.join(root, 'null');
      assert.strictEqual(spawnStatus('mknod', [device, 'c', '1', '3']), 0, 'mknod');
      const result = await runCli(['--format', 'json', '-o', device, 'ok.privacy.json'], { cwd: root });
      clearLines(result.stderr);
      assert.ok(
        fs.lstatSync(device).isCharacterDevice(),
        `-o ${device} (a copy of /dev/null) replaced the device node with a regular file (exit ${result.status}); as root, \`privacy-lint -o /dev/null\` would do this to /dev/null`,
      );
    });

    it('a FIFO: written to, or refused, but never replaced by a regular file', async function () {
      const root = tempFolder();
      fs.writeFileSync(path.join(root, 'ok.privacy.json'), FABRIKAM);
      const fifo = path.join(root, 'report.fifo');
      assert.strictEqual(spawnStatus('mkfifo', [fifo]), 0, 'mkfifo');
      // A reader, as in `privacy-lint -o >(consumer)`: a child process, so that it can be stopped whatever happens.
      const reader: ChildProcess = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
      const read: Buffer[] = [];
      reader.stdout!.on('data', (chunk: Buffer) => read.push(chunk));
      const readerDone = new Promise<void>((resolve) => reader.once('close', () => resolve()));
      try {
        const result = await runCli(['--format', 'json', '-o', fifo, 'ok.privacy.json'], { cwd: root, timeout: 30_000 });
        clearLines(result.stderr);
        assert.ok(
          fs.lstatSync(fifo).isFIFO(),
          `-o to a FIFO replaced it with a regular file (exit ${result.status}); the reader got ${Buffer.concat(read).length} bytes and waits forever`,
        );
        await guard(readerDone, 10_000, 'the reader of the FIFO');
        if (result.status !== 2) assert.strictEqual(JSON.parse(Buffer.concat(read).toString('utf8')).length, 1, 'the reader got the report');
      } finally {
        reader.kill('SIGKILL');
      }
    });
  });
});

function spawnStatus(command: string, args: string[]): number | null {
  return spawnSync(command, args, { stdio: 'ignore' }).status;
}

/** Contoso with `retention.auditLogs` too long: a problem with a preferred fix after the bulk of the stores. */
const BIG_HEAD = CONTOSO.replace(/"auditLogs": "[^"]*"/, '"auditLogs": "P2Y"');

/** A configuration of about `bytes` bytes: a sample with a very long `stores` array (fabrikam when clean, BIG_HEAD or `head` when broken). */
function bigConfig(bytes: number, broken: boolean, head = broken ? BIG_HEAD : FABRIKAM): string {
  const at = head.indexOf('"stores": [') + '"stores": ['.length;
  assert.ok(at > '"stores": ['.length, 'the sample has stores');
  const parts: string[] = [];
  let length = head.length;
  for (let i = 0; length < bytes; i++) {
    const store = `\n    { "id": "bulk-${i}", "kind": "sqlAzure", "geography": "${broken ? 'europe' : 'northAmerica'}", "data": ["personal", "service"] },`;
    parts.push(store);
    length += store.length;
  }
  return head.slice(0, at) + parts.join('') + head.slice(at);
}
