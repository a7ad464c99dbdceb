import * as assert from 'assert';
import { cleanConfig, ensureBuilt, lintJson, removeTemporaryFolders, runCli, temporaryFolder, writeTree } from './helpers';

/** Clean in both editions but for processing/iso, whose severity the settings change. */
const NOT_ISO = cleanConfig().replace('"isoCertified": true', '"isoCertified": false');

describe('privacy-lint settings discovery (privacy-lint.config.json)', () => {
  let folder: string;
  before(() => {
    ensureBuilt();
    folder = temporaryFolder();
    writeTree(folder, {
      'privacy-lint.config.json': '{ "edition": "2018-05" }',
      'loose/l.privacy.json': NOT_ISO,
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/privacy-lint.config.json': '{ "rules": { "processing/iso": "warning" } }',
      'repo/root.privacy.json': NOT_ISO,
      'repo/team/privacy-lint.config.json': '// the team still runs 2018-05\n{ "edition": "2018-05" }',
      'repo/team/t.privacy.json': NOT_ISO,
      'repo/team/own-edition.privacy.json': NOT_ISO.replace('{', '{\n  "policyEdition": "2020-09",'),
      'repo/team/nested/n.privacy.json': NOT_ISO,
      'worktree/.git': 'gitdir: /somewhere/else\n',
      'worktree/w.privacy.json': NOT_ISO,
      'broken/.git/HEAD': '',
      'broken/privacy-lint.config.json': '{\n  "edition": "2019-01"\n}\n',
      'broken/a.privacy.json': cleanConfig(),
      'broken/b.privacy.json': cleanConfig(),
      'bad-rules.json': '{ "rules": { "retention/audit-log": "warning", "processing/iso": "loud" } }',
    });
  });
  after(removeTemporaryFolders);

  const lint = (args: string[]) => lintJson(args, { cwd: folder });
  const summary = (args: string[]) => {
    const { run, entries } = lint(args);
    return { run, files: entries.map((e) => `${e.file} ${e.edition} ${e.diagnostics.map((d) => `${d.rule}:${d.severity}`).join(',')}`) };
  };

  it('uses the nearest settings file, whole (files above it are not merged in)', () => {
    const { run, files } = summary(['repo']);
    assert.strictEqual(run.stderr, '');
    assert.deepStrictEqual(files, [
      'repo/root.privacy.json 2020-09 processing/iso:warning',
      'repo/team/nested/n.privacy.json 2018-05 processing/iso:error',
      'repo/team/own-edition.privacy.json 2020-09 processing/iso:error',
      'repo/team/t.privacy.json 2018-05 processing/iso:error',
    ]);
    assert.strictEqual(run.status, 1);
  });

  it('stops at the root of the git repository holding the file (a .git folder or file), else goes up to the file system root', () => {
    assert.deepStrictEqual(summary(['worktree', 'loose']).files, [
      'worktree/w.privacy.json 2020-09 processing/iso:error',
      'loose/l.privacy.json 2018-05 processing/iso:error',
    ]);
  });

  it("--edition overrides the settings file's edition, not the file's policyEdition", () => {
    assert.deepStrictEqual(summary(['--edition', '2020-09', 'repo/team']).files, [
      'repo/team/nested/n.privacy.json 2020-09 processing/iso:error',
      'repo/team/own-edition.privacy.json 2020-09 processing/iso:error',
      'repo/team/t.privacy.json 2020-09 processing/iso:error',
    ]);
    assert.deepStrictEqual(summary(['--edition=2018-05', 'repo/root.privacy.json']).files, ['repo/root.privacy.json 2018-05 processing/iso:warning']);
  });

  it('--config FILE replaces discovery for every file', () => {
    const { run, files } = summary(['--config', 'repo/privacy-lint.config.json', 'repo/team/t.privacy.json', 'loose']);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.deepStrictEqual(files, ['repo/team/t.privacy.json 2020-09 processing/iso:warning', 'loose/l.privacy.json 2020-09 processing/iso:warning']);
  });

  // SPEC section 6: the CLI fails closed; linting with the defaults would pass what the settings forbid.
  const FAILED_CLOSED = 'privacy-lint: nothing was linted: fix the settings problem above (a broken settings file is never replaced by the defaults)\n';

  it('a broken settings file: each problem on stderr with file, line and column, once, and nothing is linted (exit 2)', () => {
    const run = runCli(['--format', 'json', 'broken'], { cwd: folder });
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stdout, '');
    assert.strictEqual(
      run.stderr,
      `privacy-lint: broken/privacy-lint.config.json:2:14: "edition" must be "2018-05" or "2020-09", not "2019-01".\n${FAILED_CLOSED}`,
    );
  });

  it('a broken --config file: every problem, then exit 2 with nothing linted', () => {
    const run = runCli(['--config', 'bad-rules.json', 'repo/root.privacy.json'], { cwd: folder });
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stdout, '');
    assert.strictEqual(
      run.stderr,
      'privacy-lint: bad-rules.json:1:14: Unknown rule "retention/audit-log"; did you mean "retention/audit-logs"?\n' +
        'privacy-lint: bad-rules.json:1:66: The severity of "processing/iso" must be one of "error", "warning", "information", "hint", "off", not "loud".\n' +
        FAILED_CLOSED.replace('problem above', 'problems above'),
    );
  });

  it('a --config file that cannot be read is bad usage (exit 2)', () => {
    const run = runCli(['--config', 'repo', 'loose'], { cwd: folder });
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stderr, 'privacy-lint: --config repo: not a regular file (it is a directory); only regular files are read as settings\n');
    assert.strictEqual(run.stdout, '');
  });
});
