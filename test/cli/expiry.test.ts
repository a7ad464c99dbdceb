import * as assert from 'assert';
import * as fs from 'fs';
import { cleanConfig, ensureBuilt, lintJson, removeTemporaryFolders, runCli, temporaryFolder, writeTree } from './helpers';

const COMMENT = '// privacy-lint-disable-next-line retention/audit-logs -- legal hold until the audit closes; expires 2026-01-31';

/** Audit logs kept 400 days, excused by a disable comment that expires on 2026-01-31 (line 5). */
const TEXT = cleanConfig().replace(
  '  "retention": { "telemetry": 30, "auditLogs": 365 },',
  `  ${COMMENT}\n  "retention": { "telemetry": 30, "auditLogs": 400 },`,
);

describe('expiring suppressions with --today', () => {
  let folder: string;
  before(() => {
    ensureBuilt();
    folder = temporaryFolder();
    writeTree(folder, { 'hold.privacy.jsonc': TEXT });
  });
  after(removeTemporaryFolders);

  const lintOn = (today: string) => lintJson(['--today', today, 'hold.privacy.jsonc'], { cwd: folder });

  it('before the date: the comment suppresses, exit 0, nothing reported', () => {
    for (const today of ['2025-06-01', '2026-01-30']) {
      const { run, entries } = lintOn(today);
      assert.strictEqual(run.status, 0, `${today}: ${run.stderr}`);
      assert.deepStrictEqual(entries[0].diagnostics, []);
    }
    const sarif = JSON.parse(runCli(['--today', '2026-01-30', '--format', 'sarif', 'hold.privacy.jsonc'], { cwd: folder }).stdout);
    assert.deepStrictEqual(
      sarif.runs[0].results.map((r: { ruleId: string; suppressions?: { justification: string }[] }) => [r.ruleId, r.suppressions?.[0].justification]),
      [['retention/audit-logs', 'legal hold until the audit closes; expires 2026-01-31']],
    );
  });

  for (const today of ['2026-01-31', '2026-02-01', '2030-12-31']) {
    it(`${today === '2026-01-31' ? 'on' : 'after'} the date (${today}): suppression/expired on the comment, and the finding is back`, () => {
      const { run, entries } = lintOn(today);
      assert.strictEqual(run.status, 1);
      const [expired, audit] = entries[0].diagnostics;
      assert.deepStrictEqual(
        entries[0].diagnostics.map((d) => d.rule),
        ['suppression/expired', 'retention/audit-logs'],
      );
      assert.strictEqual(expired.severity, 'warning');
      assert.deepStrictEqual(expired.path, []);
      assert.deepStrictEqual(expired.range, { start: { line: 4, character: 2 }, end: { line: 4, character: 2 + COMMENT.length } });
      assert.match(expired.message, /expired on 2026-01-31/);
      assert.deepStrictEqual(expired.fixes, []);
      assert.strictEqual(audit.severity, 'error');
      assert.deepStrictEqual(audit.path, ['retention', 'auditLogs']);
    });
  }

  it('the stylish report and the exit code follow the date; only SARIF keeps the suppression before it', () => {
    assert.strictEqual(runCli(['--today', '2026-01-30', 'hold.privacy.jsonc'], { cwd: folder }).stdout, '');
    const run = runCli(['--today=2026-01-31', 'hold.privacy.jsonc'], { cwd: folder });
    assert.match(run.stdout, /^ {2}5:3 +warning +This disable comment expired on 2026-01-31.* suppression\/expired$/m);
    const sarif = JSON.parse(runCli(['--today', '2026-01-31', '--format', 'sarif', 'hold.privacy.jsonc'], { cwd: folder }).stdout);
    assert.ok(sarif.runs[0].results.every((r: { suppressions?: unknown }) => !r.suppressions));
  });

  it('without --today, the local date decides', () => {
    writeTree(folder, {
      'past.privacy.jsonc': TEXT.replace('2026-01-31', '2000-01-01'),
      'future.privacy.jsonc': TEXT.replace('2026-01-31', '2999-12-31'),
    });
    assert.deepStrictEqual(
      lintJson(['past.privacy.jsonc'], { cwd: folder }).entries[0].diagnostics.map((d) => d.rule),
      ['suppression/expired', 'retention/audit-logs'],
    );
    assert.deepStrictEqual(lintJson(['future.privacy.jsonc'], { cwd: folder }).entries[0].diagnostics, []);
  });

  it('--compare-editions and --fix use the date too', () => {
    const compared = runCli(['--today', '2026-01-31', '--compare-editions', 'hold.privacy.jsonc'], { cwd: folder });
    assert.strictEqual(compared.status, 1, 'the target edition has the unsuppressed error');
    assert.strictEqual(runCli(['--today', '2026-01-30', '--compare-editions', 'hold.privacy.jsonc'], { cwd: folder }).status, 0);
    // --fix leaves a suppressed finding alone before the date, and fixes it from the date on.
    writeTree(folder, { 'fix.privacy.jsonc': TEXT });
    const file = `${folder}/fix.privacy.jsonc`;
    assert.strictEqual(runCli(['--today', '2026-01-30', '--fix', file]).status, 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), TEXT);
    const fixed = runCli(['--today', '2026-01-31', '--fix', '--format', 'json', file]);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), TEXT.replace('"auditLogs": 400', '"auditLogs": 365'));
    assert.deepStrictEqual(
      JSON.parse(fixed.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule),
      ['suppression/expired'],
      'the stale comment is left for a person',
    );
  });

  for (const value of ['2026-02-30', '2026-1-31', '31.01.2026', 'tomorrow', '2026-13-01', '']) {
    it(`--today ${JSON.stringify(value)} is bad usage: exit 2, one line`, () => {
      const run = runCli([`--today=${value}`, 'hold.privacy.jsonc'], { cwd: folder });
      assert.deepStrictEqual([run.status, run.stdout], [2, '']);
      const described = value === '' ? 'does not accept ""' : `does not accept ${JSON.stringify(value)}`;
      assert.strictEqual(run.stderr, `privacy-lint: --today ${described}; allowed: a real calendar date YYYY-MM-DD, such as 2026-01-31\n`);
    });
  }

  it('--today with no value, and a leap day that exists', () => {
    assert.strictEqual(
      runCli(['hold.privacy.jsonc', '--today'], { cwd: folder }).stderr,
      'privacy-lint: --today needs a value; allowed: a real calendar date YYYY-MM-DD, such as 2026-01-31\n',
    );
    assert.strictEqual(runCli(['--today', '2028-02-29', 'hold.privacy.jsonc'], { cwd: folder }).status, 1);
  });
});
