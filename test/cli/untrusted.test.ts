/**
 * A repository is untrusted input (SPEC section 9), the CLI's part: special files
 * and huge files named by options, symbolic links out of the folders given, control characters
 * in values and names, writes that fail, outputs that are inputs, and what `--fix` must keep of
 * a file. Every CLI run has a timeout, so that a hang fails the test instead of the suite.
 */
import * as assert from 'assert';
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { escapeControlCharacters, escapeJsonText, neverACommand, quoteValue } from '../../server/src/engine/escape';
import { CLI, cleanConfig, ensureBuilt, removeTemporaryFolders, runCli, temporaryFolder, writeTree } from './helpers';

const HANG_GUARD = 20_000;
const NOBODY = 65534;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Fixable in one pass: audit logs kept 400 days (the fix sets 365). */
const FIXABLE = cleanConfig().replace('"auditLogs": 365', '"auditLogs": 400');
const FIXED = cleanConfig();

const run = (args: readonly string[], cwd: string, input?: string) => runCli(args, { cwd, timeout: HANG_GUARD, input });

/** Every character no output may hold raw (engine/escape.ts). */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** A line a GitHub runner would take as a workflow command (it trims leading white space). */
const COMMAND_LINE = /^\s*(::|##\[)/;

describe('untrusted input: the CLI', function () {
  this.timeout(60_000);
  let folder: string;
  before(ensureBuilt);
  beforeEach(() => {
    folder = temporaryFolder();
  });
  after(removeTemporaryFolders);

  describe('files named by options: regular files only, and not too large', () => {
    it('--baseline FIFO: one line, exit 2, no hang', () => {
      writeTree(folder, { 'a.privacy.json': cleanConfig() });
      execFileSync('mkfifo', [path.join(folder, 'baseline.fifo')]);
      const result = run(['--baseline', 'baseline.fifo', 'a.privacy.json'], folder);
      assert.strictEqual(result.status, 2);
      assert.strictEqual(result.stderr, 'privacy-lint: --baseline baseline.fifo: not a regular file (it is a FIFO); a baseline must be a regular file\n');
      assert.strictEqual(result.stdout, '');
    });

    it('--baseline through a link to /dev/zero: one line, exit 2, nothing read', () => {
      writeTree(folder, { 'a.privacy.json': cleanConfig() });
      fs.symlinkSync('/dev/zero', path.join(folder, 'zero'));
      const result = run(['--baseline', 'zero', 'a.privacy.json'], folder);
      assert.strictEqual(result.status, 2);
      assert.strictEqual(result.stderr, 'privacy-lint: --baseline zero: not a regular file (it is a character device); a baseline must be a regular file\n');
    });

    it('--baseline larger than 64 MiB: one line, exit 2', () => {
      writeTree(folder, { 'a.privacy.json': cleanConfig() });
      const big = path.join(folder, 'big.baseline');
      fs.writeFileSync(big, '');
      fs.truncateSync(big, 64 * 1024 * 1024 + 1); // sparse: no disk used
      const result = run(['--baseline', 'big.baseline', 'a.privacy.json'], folder);
      assert.strictEqual(result.status, 2);
      assert.strictEqual(result.stderr, 'privacy-lint: --baseline big.baseline: larger than 64 MiB, the most privacy-lint reads of such a file\n');
    });

    it('a FIFO named as a path: one line, exit 2, the others reported; in a folder it is skipped', () => {
      writeTree(folder, { 'a.privacy.json': cleanConfig() });
      execFileSync('mkfifo', [path.join(folder, 'f.privacy.json')]);
      const named = run(['--format', 'json', 'f.privacy.json', 'a.privacy.json'], folder);
      assert.strictEqual(named.status, 2);
      assert.strictEqual(named.stderr, 'privacy-lint: f.privacy.json: not a regular file or directory\n');
      assert.deepStrictEqual(
        JSON.parse(named.stdout).map((e: { file: string }) => e.file),
        ['a.privacy.json'],
      );
      const walked = run(['--format', 'json', '.'], folder);
      assert.strictEqual(walked.status, 0, walked.stderr);
      assert.strictEqual(walked.stderr, '');
      assert.deepStrictEqual(
        JSON.parse(walked.stdout).map((e: { file: string }) => e.file),
        ['a.privacy.json'],
      );
    });
  });

  describe('symbolic links never lead out of the folders given', () => {
    it('--fix on a folder with a link to a folder outside (and to an ancestor): the outside is neither linted nor written', () => {
      writeTree(folder, {
        'repo/own.privacy.json': FIXABLE,
        'repo/sub/inner.privacy.json': cleanConfig(),
        'victim/v.privacy.json': FIXABLE,
      });
      fs.symlinkSync('../victim', path.join(folder, 'repo', 'vendor'));
      // A link to an ancestor (`ln -s / ...`): outside, so not followed. Not `/` itself here: a CLI
      // without this protection would then fix every configuration on the machine while this test runs.
      fs.symlinkSync('..', path.join(folder, 'repo', 'up'));
      fs.symlinkSync('../victim/v.privacy.json', path.join(folder, 'repo', 'file-link.privacy.json'));
      fs.symlinkSync('sub', path.join(folder, 'repo', 'inside')); // a link within the tree: followed, the file linted once
      const result = run(['--fix', '--format', 'json', 'repo'], folder);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.strictEqual(result.stderr, '');
      assert.deepStrictEqual(
        JSON.parse(result.stdout).map((e: { file: string }) => e.file),
        ['repo/inside/inner.privacy.json', 'repo/own.privacy.json'],
      );
      assert.strictEqual(fs.readFileSync(path.join(folder, 'victim', 'v.privacy.json'), 'utf8'), FIXABLE, 'the file outside is not rewritten');
      assert.strictEqual(fs.readFileSync(path.join(folder, 'repo', 'own.privacy.json'), 'utf8'), FIXED);
    });

    it('a link given by name to a file outside the folders given: linted, never written by --fix (one line, exit 2)', () => {
      writeTree(folder, { 'repo/x.txt': '', 'victim/v.privacy.json': FIXABLE });
      fs.symlinkSync('../victim/v.privacy.json', path.join(folder, 'repo', 'link.privacy.json'));
      const repo = path.join(folder, 'repo');
      const result = run(['--fix', '--format', 'json', 'link.privacy.json'], repo);
      assert.strictEqual(result.status, 2);
      assert.strictEqual(
        result.stderr,
        `privacy-lint: link.privacy.json: not fixed: it is reached through a symbolic link, and its real path ${path.join(folder, 'victim', 'v.privacy.json')} lies outside the folders given; privacy-lint writes only inside them (name that file or its folder to fix it)\n`,
      );
      assert.deepStrictEqual(
        JSON.parse(result.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule),
        ['retention/audit-logs'],
        'linted',
      );
      assert.strictEqual(fs.readFileSync(path.join(folder, 'victim', 'v.privacy.json'), 'utf8'), FIXABLE);
      // The same through a link to the folder (`privacy-lint --fix vendor/*.privacy.json`).
      fs.symlinkSync('../victim', path.join(repo, 'vendor'));
      const throughFolder = run(['--fix', 'vendor/v.privacy.json'], repo);
      assert.strictEqual(throughFolder.status, 2);
      assert.strictEqual(
        throughFolder.stderr,
        `privacy-lint: vendor/v.privacy.json: not fixed: it is reached through a symbolic link, and its real path ${path.join(folder, 'victim', 'v.privacy.json')} lies outside the folders given; privacy-lint writes only inside them (name that file or its folder to fix it)\n`,
      );
      assert.strictEqual(fs.readFileSync(path.join(folder, 'victim', 'v.privacy.json'), 'utf8'), FIXABLE);
      // Named with the folder it lies in, the same link is fixed: its target is inside a folder given.
      const both = run(['--fix', 'link.privacy.json', '../victim'], repo);
      assert.strictEqual(both.status, 0, both.stderr);
      assert.strictEqual(fs.readFileSync(path.join(folder, 'victim', 'v.privacy.json'), 'utf8'), FIXED);
      assert.ok(fs.lstatSync(path.join(repo, 'link.privacy.json')).isSymbolicLink(), 'the link stays a link');
    });
  });

  describe('no raw control character in any output, no forged workflow command', () => {
    const FORGED = 'x\n::error file=README.md,line=1::Forged\n::stop-commands::pwn';
    const hostile = () =>
      cleanConfig()
        .replace('"kind": "sqlAzure"', `"kind": ${JSON.stringify(FORGED)}`)
        .replace('"geography": "northAmerica" }', `"geography": ${JSON.stringify(`north\u001b[2J\u0007\u009b\u202eAmerica${'z'.repeat(200)}`)} }`)
        .replace('{\n', '{\n  // privacy-lint-disable-next-line bad\u001b]0;pwn\u0007rule -- why\n');

    it('stylish and github: values and rule names escaped, messages shortened, every line ours', () => {
      writeTree(folder, { 'h.privacy.json': hostile() });
      const stylish = run(['h.privacy.json'], folder);
      assert.strictEqual(stylish.status, 1, stylish.stderr);
      const github = run(['--format', 'github', 'h.privacy.json'], folder);
      for (const [name, out] of [
        ['stylish', stylish.stdout],
        ['github', github.stdout],
      ] as const) {
        assert.doesNotMatch(out, RAW_CONTROL, `${name}: no raw control character`);
        const forged = out.split('\n').filter((line) => COMMAND_LINE.test(line) && !/^::(error|warning|notice) file=h\.privacy\.json,/.test(line));
        assert.deepStrictEqual(forged, [], `${name}: no line starts a workflow command of its own`);
      }
      assert.ok(stylish.stdout.includes('`stores[0].kind` is "x\\n::error file=README.md,line=1::Forged\\n::stop-commands::pwn"; allowed:'), stylish.stdout);
      assert.ok(stylish.stdout.includes('"bad\\u001b]0;pwn\\u0007rule" is not a rule, so it suppresses nothing.'), stylish.stdout);
      // A value quoted in a message is cut to 80 characters, the last an ellipsis, and escaped.
      // 'north', ESC, '[2J', BEL, CSI, RLO, 'America': 19 characters; then 60 of the z's and "…".
      const quoted = `"north\\u001b[2J\\u0007\\u009b\\u202eAmerica${'z'.repeat(80 - 19 - 1)}\u2026"`;
      assert.ok(stylish.stdout.includes(`Unknown geography ${quoted};`), stylish.stdout);
      assert.ok(
        github.stdout.includes('title=schema/type::`stores[0].kind` is "x\\n::error file=README.md,line=1::Forged\\n::stop-commands::pwn"; allowed:'),
        github.stdout,
      );
    });

    it('json and sarif: valid JSON with the same values, no raw control character', () => {
      writeTree(folder, { 'h.privacy.json': hostile() });
      for (const format of ['json', 'sarif']) {
        const result = run(['--format', format, 'h.privacy.json'], folder);
        assert.strictEqual(result.status, 1, result.stderr);
        assert.doesNotMatch(result.stdout, RAW_CONTROL, `${format}: no raw control character`);
        const parsed = JSON.parse(result.stdout);
        const messages: string[] =
          format === 'json'
            ? parsed[0].diagnostics.map((d: { message: string }) => d.message)
            : parsed.runs[0].results.map((r: { message: { text: string } }) => r.message.text);
        assert.ok(messages.includes('"bad\\u001b]0;pwn\\u0007rule" is not a rule, so it suppresses nothing.'), messages.join('\n'));
      }
    });

    it('a folder named like a workflow command, and a file name with an escape: shown escaped, on lines of their own', () => {
      writeTree(folder, { '::error file=x::pwn/a.privacy.json': FIXABLE, 'e\u001b[31m.privacy.json': Buffer.from([0xff]) });
      const result = run(['.'], folder);
      assert.strictEqual(result.status, 2);
      assert.strictEqual(result.stderr, 'privacy-lint: e\\u001b[31m.privacy.json: not valid UTF-8\n');
      assert.ok(result.stdout.split('\n').includes('./::error file=x::pwn/a.privacy.json'), result.stdout);
      assert.deepStrictEqual(
        result.stdout.split('\n').filter((line) => COMMAND_LINE.test(line)),
        [],
      );
    });

    it('--prune-baseline lists the lines of a baseline escaped', () => {
      writeTree(folder, {
        'a.privacy.json': cleanConfig(),
        'b.baseline': `${'0'.repeat(32)}  some/rule  gone\u001b[2J.privacy.json  $\n`,
      });
      const result = run(['--baseline', 'b.baseline', '--prune-baseline', 'a.privacy.json'], folder);
      assert.strictEqual(result.stderr, '');
      assert.strictEqual(result.stdout, `${'0'.repeat(32)}  some/rule  gone\\u001b[2J.privacy.json  $\n`);
    });
  });

  describe('the escaping functions (server/src/engine/escape.ts)', () => {
    it('escapeControlCharacters: JSON escapes for C0, DEL, C1, U+2028/9 and bidi controls; other text unchanged', () => {
      assert.strictEqual(
        escapeControlCharacters('a\tb\r\n\u001b[0m\u007f\u0085\u2028\u202e\u2067 é 中 \u{1F600}'),
        'a\\tb\\r\\n\\u001b[0m\\u007f\\u0085\\u2028\\u202e\\u2067 é 中 \u{1F600}',
      );
      const plain = 'no control characters: "quotes", \\ and %';
      assert.strictEqual(escapeControlCharacters(plain), plain);
    });

    it('escapeJsonText: the same JSON value, raw only where JSON allows nothing dangerous', () => {
      const value = { s: 'del\u007f c1\u009b ls\u2028 rlo\u202e esc\u001b' };
      const text = escapeJsonText(JSON.stringify(value));
      assert.strictEqual(text, '{"s":"del\\u007f c1\\u009b ls\\u2028 rlo\\u202e esc\\u001b"}');
      assert.deepStrictEqual(JSON.parse(text), value);
      assert.strictEqual(escapeJsonText('{"a":"b"}'), '{"a":"b"}');
    });

    it('quoteValue: JSON-quoted, escaped, cut to 80 characters without splitting a surrogate pair', () => {
      assert.strictEqual(quoteValue('germany'), '"germany"');
      assert.strictEqual(quoteValue(42), '42');
      assert.strictEqual(quoteValue('x'.repeat(80)), `"${'x'.repeat(80)}"`);
      assert.strictEqual(quoteValue('x'.repeat(81)), `"${'x'.repeat(79)}\u2026"`);
      assert.strictEqual(quoteValue(`${'x'.repeat(78)}\u{1F600}yy`), `"${'x'.repeat(78)}\u2026"`);
    });

    it('neverACommand: a line start that a runner would read as a command gets "./"', () => {
      assert.strictEqual(neverACommand('::error x'), './::error x');
      assert.strictEqual(neverACommand('  ##[error]x'), './  ##[error]x');
      assert.strictEqual(neverACommand('samples/a::b'), 'samples/a::b');
    });
  });

  describe('every write is checked', () => {
    it("a reader that goes away (EPIPE, as with | head) is not an error: the exit code is the lint's, stderr empty", async () => {
      writeTree(folder, { 'a.privacy.json': FIXABLE });
      const child = spawn(process.execPath, [CLI, 'a.privacy.json'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy(); // before the CLI has written anything: its write meets a closed pipe
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
      });
      const guard = setTimeout(() => child.kill('SIGKILL'), HANG_GUARD);
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      clearTimeout(guard);
      assert.strictEqual(status, 1);
      assert.strictEqual(stderr, '');
    });

    for (const format of ['sarif', 'stylish', 'json']) {
      it(`${format} to a full disk (/dev/full): exit 2 with one line, not 0`, () => {
        writeTree(folder, { 'a.privacy.json': FIXABLE });
        const full = fs.openSync('/dev/full', 'w');
        try {
          const result = spawnSync(process.execPath, [CLI, '--format', format, 'a.privacy.json'], {
            cwd: folder,
            stdio: ['ignore', full, 'pipe'],
            encoding: 'utf8',
            timeout: HANG_GUARD,
            env: { ...process.env, FORCE_COLOR: '0' },
          });
          assert.strictEqual(result.error, undefined);
          assert.strictEqual(result.status, 2);
          assert.strictEqual(result.stderr, 'privacy-lint: cannot write the report to standard output: no space left on device\n');
        } finally {
          fs.closeSync(full);
        }
      });
    }
  });

  describe('an output is never one of the inputs', () => {
    const cases: [string, string[], string][] = [
      [
        '-o onto the file linted',
        ['-o', 'a.privacy.json', 'a.privacy.json'],
        '-o a.privacy.json: it is a file being linted (a.privacy.json); writing there would replace it, so nothing was linted or written (choose another path)',
      ],
      [
        '--write-baseline onto the file linted',
        ['--write-baseline', 'a.privacy.json', 'a.privacy.json'],
        '--write-baseline a.privacy.json: it is a file being linted (a.privacy.json); writing there would replace it, so nothing was linted or written (choose another path)',
      ],
      [
        '-o onto a hard link of the file linted',
        ['-o', 'hard.json', 'a.privacy.json'],
        '-o hard.json: it is a file being linted (a.privacy.json); writing there would replace it, so nothing was linted or written (choose another path)',
      ],
      [
        '-o onto a symbolic link to the file linted',
        ['-o', 'soft.json', '.'],
        '-o soft.json: it is a file being linted (a.privacy.json); writing there would replace it, so nothing was linted or written (choose another path)',
      ],
      [
        '-o onto a file the search would lint',
        ['-o', 'new.privacy.json', '.'],
        '-o new.privacy.json: it is a file the search of the folder given would lint (new.privacy.json); writing there would replace it, so nothing was linted or written (choose another path)',
      ],
      [
        '-o onto the baseline',
        ['--baseline', 'b.baseline', '-o', 'b.baseline', 'a.privacy.json'],
        '-o b.baseline: it is the baseline (--baseline b.baseline); writing there would replace it, so nothing was linted or written (choose another path)',
      ],
      [
        '--write-baseline onto the settings file given',
        ['--config', 'settings.json', '--write-baseline', 'settings.json', 'a.privacy.json'],
        '--write-baseline settings.json: it is the settings file (--config settings.json); writing there would replace it, so nothing was linted or written (choose another path)',
      ],
    ];
    for (const [name, args, message] of cases) {
      it(`${name}: refused, exit 2, nothing written`, () => {
        writeTree(folder, { 'a.privacy.json': FIXABLE, 'b.baseline': '# privacy-lint baseline\n', 'settings.json': '{}\n' });
        fs.linkSync(path.join(folder, 'a.privacy.json'), path.join(folder, 'hard.json'));
        fs.symlinkSync('a.privacy.json', path.join(folder, 'soft.json'));
        const result = run(args, folder);
        assert.strictEqual(result.status, 2);
        assert.strictEqual(result.stderr, `privacy-lint: ${message}\n`);
        assert.strictEqual(result.stdout, '');
        assert.strictEqual(fs.readFileSync(path.join(folder, 'a.privacy.json'), 'utf8'), FIXABLE);
        assert.strictEqual(fs.readFileSync(path.join(folder, 'b.baseline'), 'utf8'), '# privacy-lint baseline\n');
        assert.strictEqual(fs.readFileSync(path.join(folder, 'settings.json'), 'utf8'), '{}\n');
        assert.ok(!fs.existsSync(path.join(folder, 'new.privacy.json')));
      });
    }

    it('-o onto a dangling link, or a link to a file: refused, the link stays a link, nothing created', () => {
      writeTree(folder, { 'a.privacy.json': cleanConfig(), 'elsewhere/report.txt': 'old' });
      fs.symlinkSync('nowhere.json', path.join(folder, 'dangling.json'));
      fs.symlinkSync('elsewhere/report.txt', path.join(folder, 'linked.json'));
      const dangling = run(['-o', 'dangling.json', 'a.privacy.json'], folder);
      assert.strictEqual(dangling.status, 2);
      assert.strictEqual(
        dangling.stderr,
        'privacy-lint: cannot write the report to dangling.json: it is a symbolic link to a file that does not exist; privacy-lint does not write through a link (name the file itself)\n',
      );
      assert.ok(fs.lstatSync(path.join(folder, 'dangling.json')).isSymbolicLink());
      assert.ok(!fs.existsSync(path.join(folder, 'nowhere.json')));
      const linked = run(['-o', 'linked.json', 'a.privacy.json'], folder);
      assert.strictEqual(linked.status, 2);
      assert.strictEqual(
        linked.stderr,
        'privacy-lint: cannot write the report to linked.json: it is a symbolic link; privacy-lint does not write through a link (name the file itself)\n',
      );
      assert.ok(fs.lstatSync(path.join(folder, 'linked.json')).isSymbolicLink());
      assert.strictEqual(fs.readFileSync(path.join(folder, 'elsewhere', 'report.txt'), 'utf8'), 'old');
      assert.deepStrictEqual(
        fs.readdirSync(folder).filter((name) => name.endsWith('.tmp')),
        [],
      );
    });
  });

  describe('--fix keeps what a file is', () => {
    it("as root, a file owned by nobody stays nobody's, with its mode", function () {
      if (process.getuid?.() !== 0) this.skip();
      writeTree(folder, { 'n.privacy.json': FIXABLE });
      const file = path.join(folder, 'n.privacy.json');
      fs.chownSync(file, NOBODY, NOBODY);
      fs.chmodSync(file, 0o640);
      const result = run(['--fix', 'n.privacy.json'], folder);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), FIXED);
      const stat = fs.statSync(file);
      assert.deepStrictEqual([stat.uid, stat.gid, stat.mode & 0o7777], [NOBODY, NOBODY, 0o640]);
    });

    it('a read-only file (0444) is left alone: one line, exit 2, unchanged', () => {
      writeTree(folder, { 'ro.privacy.json': FIXABLE });
      const file = path.join(folder, 'ro.privacy.json');
      fs.chmodSync(file, 0o444);
      const result = run(['--fix', 'ro.privacy.json'], folder);
      assert.strictEqual(result.status, 2);
      assert.strictEqual(
        result.stderr,
        'privacy-lint: ro.privacy.json: not fixed: the file is read-only (mode 0444); make it writable for its owner to fix it\n',
      );
      assert.match(result.stdout, /retention\/audit-logs/, 'the finding is still reported');
      assert.strictEqual(fs.readFileSync(file, 'utf8'), FIXABLE);
      assert.strictEqual(fs.statSync(file).mode & 0o7777, 0o444);
    });

    it('a file with two hard links is left alone: both names keep the same text', () => {
      writeTree(folder, { 'h.privacy.json': FIXABLE });
      const file = path.join(folder, 'h.privacy.json');
      fs.linkSync(file, path.join(folder, 'other-name.json'));
      const result = run(['--fix', 'h.privacy.json'], folder);
      assert.strictEqual(result.status, 2);
      assert.strictEqual(
        result.stderr,
        'privacy-lint: h.privacy.json: not fixed: the file has 2 hard links, which a replaced file would no longer share; fix it by hand or remove the other links\n',
      );
      assert.strictEqual(fs.statSync(file).ino, fs.statSync(path.join(folder, 'other-name.json')).ino);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), FIXABLE);
    });

    it('a file name of 242 bytes is fixed (the temporary name is short), and no temporary file is left', () => {
      const name = `${'n'.repeat(242 - '.privacy.json'.length)}.privacy.json`;
      assert.strictEqual(Buffer.byteLength(name), 242);
      writeTree(folder, { [name]: FIXABLE });
      const result = run(['--fix', name], folder);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.strictEqual(fs.readFileSync(path.join(folder, name), 'utf8'), FIXED);
      assert.deepStrictEqual(fs.readdirSync(folder), [name]);
    });

    it('text appended to the file while --fix runs is not lost: the file is left as it is now, one line, exit 2', () => {
      // In process, so that the append lands exactly between the read and the replace: when the
      // temporary file is flushed (fsync), the file being fixed grows.
      const { run: runCliInProcess } = require('../../server/src/cli/run') as typeof import('../../server/src/cli/run');
      const { parseArgs } = require('../../server/src/cli/args') as typeof import('../../server/src/cli/args');
      writeTree(folder, { 'grow.privacy.json': FIXABLE });
      const file = path.join(folder, 'grow.privacy.json');
      // The module itself, not this file's namespace object (whose properties are getters of it).
      const nodeFs = require('fs') as { fsyncSync: typeof fs.fsyncSync };
      const fsync = fs.fsyncSync;
      let appended = false;
      nodeFs.fsyncSync = (fd) => {
        if (!appended) {
          appended = true;
          fs.appendFileSync(file, '// added by an editor\n');
        }
        return fsync(fd);
      };
      const stderr: string[] = [];
      let code: number;
      try {
        code = runCliInProcess(parseArgs(['--fix', 'grow.privacy.json']), {
          cwd: folder,
          version: '0',
          color: false,
          stdout: () => undefined,
          stderr: (line) => stderr.push(line),
          readStdin: () => new Uint8Array(),
          stderrReport: () => undefined,
          stderrColor: false,
        });
      } finally {
        nodeFs.fsyncSync = fsync;
      }
      assert.ok(appended, 'the file grew during the run');
      assert.strictEqual(code, 2);
      assert.deepStrictEqual(stderr, [
        'grow.privacy.json: not fixed: the file changed while privacy-lint ran, and that change would be lost; run privacy-lint --fix again',
      ]);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), `${FIXABLE}// added by an editor\n`);
      assert.deepStrictEqual(fs.readdirSync(folder), ['grow.privacy.json']);
    });
  });

  describe('small items', () => {
    it('--prune-baseline keeps CRLF line ends and a byte order mark', () => {
      writeTree(folder, { 'a.privacy.json': FIXABLE });
      assert.strictEqual(run(['--write-baseline', 'b.baseline', 'a.privacy.json'], folder).status, 0);
      const written = fs.readFileSync(path.join(folder, 'b.baseline'), 'utf8');
      const stale = `${'f'.repeat(32)}  retention/telemetry  a.privacy.json  $.retention.telemetry`;
      const crlf = `${written.trimEnd().split('\n').join('\r\n')}\r\n${stale}\r\n`;
      fs.writeFileSync(path.join(folder, 'b.baseline'), Buffer.concat([BOM, Buffer.from(crlf)]));
      const result = run(['--baseline', 'b.baseline', '--prune-baseline', 'a.privacy.json'], folder);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.strictEqual(result.stdout, `${stale}\n`);
      assert.deepStrictEqual(
        fs.readFileSync(path.join(folder, 'b.baseline')),
        Buffer.concat([BOM, Buffer.from(`${written.trimEnd().split('\n').join('\r\n')}\r\n`)]),
      );
    });

    for (const [args, message] of [
      [['-o', '-v'], '-o needs a file name, and "-v" is an option (for a file of that name, write ./-v)'],
      [['--output', '--help'], '--output needs a file name, and "--help" is an option (for a file of that name, write --output=--help)'],
      [['--baseline', '-h'], '--baseline needs a file name, and "-h" is an option (for a file of that name, write --baseline=-h)'],
    ] as const) {
      it(`${args.join(' ')}: an option in a value's place is refused, not taken as --version or --help`, () => {
        writeTree(folder, { 'a.privacy.json': cleanConfig() });
        const result = run([...args, 'a.privacy.json'], folder);
        assert.strictEqual(result.status, 2);
        assert.strictEqual(result.stderr, `privacy-lint: ${message}\n`);
        assert.strictEqual(result.stdout, '');
      });
    }

    it('-o ./-v writes the report to a file named -v', () => {
      writeTree(folder, { 'a.privacy.json': cleanConfig() });
      const result = run(['--format', 'json', '-o', './-v', 'a.privacy.json'], folder);
      assert.strictEqual(result.status, 0, result.stderr);
      assert.strictEqual(JSON.parse(fs.readFileSync(path.join(folder, '-v'), 'utf8'))[0].file, 'a.privacy.json');
    });
  });
});
