import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { BASELINE_HEADER } from '../../server/src/cli/baselineFile';
import { cleanConfig, ensureBuilt, lintJson, removeTemporaryFolders, runCli, SAMPLES, temporaryFolder, writeTree } from './helpers';

interface SarifResult {
  ruleId: string;
  baselineState?: string;
  suppressions?: unknown[];
  partialFingerprints: Record<string, string>;
  locations: { logicalLocations: { fullyQualifiedName: string }[] }[];
}

/** A folder with a copy of samples/, linted from its root as CI would lint a repository. */
function repository(): string {
  const root = temporaryFolder();
  fs.mkdirSync(path.join(root, 'samples'));
  for (const name of fs.readdirSync(SAMPLES)) fs.copyFileSync(path.join(SAMPLES, name), path.join(root, 'samples', name));
  return root;
}

const sarifResults = (stdout: string): SarifResult[] => JSON.parse(stdout).runs[0].results;

describe('baselines: --write-baseline, --baseline, --prune-baseline', () => {
  before(ensureBuilt);
  after(removeTemporaryFolders);

  it('round trip on the samples: write, then lint with it (exit 0, nothing reported); a new violation alone is reported (exit 1)', () => {
    const root = repository();
    const write = runCli(['--write-baseline', 'privacy-lint.baseline', 'samples'], { cwd: root });
    assert.strictEqual(write.status, 0, write.stderr);
    assert.strictEqual(write.stdout, '', 'what was just recorded is not new');
    assert.strictEqual(write.stderr, '');

    const text = fs.readFileSync(path.join(root, 'privacy-lint.baseline'), 'utf8');
    const lines = text.trimEnd().split('\n');
    assert.strictEqual(lines[0], BASELINE_HEADER);
    const entries = lines.slice(1).map((line) => line.split('  '));
    assert.strictEqual(entries.length, 18, 'every unsuppressed finding (10 + 7 + 1), not the suppressed one');
    // Each line: fingerprint, rule, file, JSON path; the fingerprints are json's.
    const json = lintJson(['samples'], { cwd: root }).entries.flatMap((e) => e.diagnostics.map((d) => `${d.fingerprint} ${d.rule} ${e.file}`));
    assert.deepStrictEqual(entries.map(([fp, rule, file]) => `${fp} ${rule} ${file}`).sort(), json.sort());
    assert.ok(entries.every((columns) => columns.length === 4 && columns[3].startsWith('$')));
    assert.ok(
      lines.includes(`${entries.find((e) => e[1] === 'retention/audit-logs')![0]}  retention/audit-logs  samples/contoso.privacy.jsonc  $.retention.auditLogs`),
    );
    // Sorted by file, then JSON path: never by line, so that moving lines does not reorder it.
    const files = entries.map((e) => e[2]);
    assert.deepStrictEqual(files, [...files].sort());
    assert.ok(!text.includes('$.stores[2].geography'), 'the suppressed finding is not in the baseline');

    for (const format of ['stylish', 'github']) {
      const run = runCli(['--baseline', 'privacy-lint.baseline', '--format', format, 'samples'], { cwd: root });
      assert.strictEqual(run.status, 0, `${format}: ${run.stderr}`);
      assert.strictEqual(run.stdout, '', `${format} reports nothing`);
    }
    const { run: jsonRun, entries: jsonEntries } = lintJson(['--baseline', 'privacy-lint.baseline', 'samples'], { cwd: root });
    assert.strictEqual(jsonRun.status, 0);
    assert.deepStrictEqual(
      jsonEntries.map((e) => e.diagnostics.length),
      [0, 0, 0, 0],
    );
    const junit = runCli(['--baseline', 'privacy-lint.baseline', '--format', 'junit', 'samples'], { cwd: root });
    assert.strictEqual(junit.status, 0);
    assert.ok(!junit.stdout.includes('<failure'));
    const sarif = runCli(['--baseline', 'privacy-lint.baseline', '--format', 'sarif', 'samples'], { cwd: root });
    assert.strictEqual(sarif.status, 0);
    const results = sarifResults(sarif.stdout);
    assert.strictEqual(results.length, 19, 'SARIF still lists every finding');
    assert.deepStrictEqual(
      results.filter((r) => !r.suppressions).map((r) => r.baselineState),
      Array(18).fill('unchanged'),
    );
    assert.strictEqual(results.find((r) => r.suppressions)!.baselineState, undefined, 'a suppressed result is not compared');

    // A new violation: audit logs kept three years in woodgrove.
    const woodgrove = path.join(root, 'samples', 'woodgrove.privacy.jsonc');
    fs.writeFileSync(woodgrove, fs.readFileSync(woodgrove, 'utf8').replace('"auditLogs": "P1Y"', '"auditLogs": "P3Y"'));
    const after = lintJson(['--baseline', 'privacy-lint.baseline', 'samples'], { cwd: root });
    assert.strictEqual(after.run.status, 1);
    assert.deepStrictEqual(
      after.entries.flatMap((e) => e.diagnostics.map((d) => `${e.file} ${d.rule} ${JSON.stringify(d.path)}`)),
      ['samples/woodgrove.privacy.jsonc retention/audit-logs ["retention","auditLogs"]'],
    );
    const stylish = runCli(['--baseline', 'privacy-lint.baseline', 'samples'], { cwd: root });
    assert.match(stylish.stdout, /^\u2716 1 problem \(1 error, 0 warnings, 0 infos\)$/m);
    assert.match(stylish.stdout, /^ {2}18 more findings in the baseline not shown\.$/m);
    const newSarif = sarifResults(runCli(['--baseline', 'privacy-lint.baseline', '--format', 'sarif', 'samples'], { cwd: root }).stdout);
    assert.deepStrictEqual(
      newSarif.filter((r) => r.baselineState === 'new').map((r) => r.locations[0].logicalLocations[0].fullyQualifiedName),
      ['$.retention.auditLogs'],
    );
    assert.strictEqual(newSarif.filter((r) => r.baselineState === 'unchanged').length, 18);
  });

  it('is stable: reformatting the files and writing it again changes nothing', () => {
    const root = repository();
    assert.strictEqual(runCli(['--write-baseline', 'b.txt', 'samples'], { cwd: root }).status, 0);
    const first = fs.readFileSync(path.join(root, 'b.txt'), 'utf8');
    const northwind = path.join(root, 'samples', 'northwind.privacy.jsonc');
    fs.writeFileSync(northwind, `// A comment at the top moves every line.\n\n${fs.readFileSync(northwind, 'utf8').replace(/\n {4}/g, '\n\t\t')}`);
    assert.strictEqual(runCli(['--write-baseline', 'b.txt', 'samples'], { cwd: root }).status, 0);
    assert.strictEqual(fs.readFileSync(path.join(root, 'b.txt'), 'utf8'), first);
  });

  it('the exit code counts only new findings, --max-warnings included', () => {
    const root = temporaryFolder();
    writeTree(root, { 'w.privacy.json': cleanConfig({ extraTenant: ', "displayName": "Fabrikam"' }) });
    assert.strictEqual(runCli(['--max-warnings', '0', 'w.privacy.json'], { cwd: root }).status, 1);
    assert.strictEqual(runCli(['--write-baseline', 'b.txt', 'w.privacy.json'], { cwd: root }).status, 0);
    assert.strictEqual(runCli(['--baseline', 'b.txt', '--max-warnings', '0', 'w.privacy.json'], { cwd: root }).status, 0);
    writeTree(root, { 'w.privacy.json': cleanConfig({ extraTenant: ', "displayName": "Fabrikam", "costCentre": "CC-1"' }) });
    assert.strictEqual(runCli(['--baseline', 'b.txt', '--max-warnings', '0', 'w.privacy.json'], { cwd: root }).status, 1);
    assert.strictEqual(runCli(['--baseline', 'b.txt', '--max-warnings', '1', 'w.privacy.json'], { cwd: root }).status, 0);
  });

  it('a suppression that expires brings its finding back as new, whatever the baseline', () => {
    const root = temporaryFolder();
    writeTree(root, {
      'x.privacy.jsonc': cleanConfig().replace(
        '  "retention": { "telemetry": 30, "auditLogs": 365 },',
        '  // privacy-lint-disable-next-line retention/audit-logs -- legal hold; expires 2026-01-31\n  "retention": { "telemetry": 30, "auditLogs": 400 },',
      ),
    });
    assert.strictEqual(runCli(['--today', '2026-01-30', '--write-baseline', 'b.txt', 'x.privacy.jsonc'], { cwd: root }).status, 0);
    assert.strictEqual(fs.readFileSync(path.join(root, 'b.txt'), 'utf8'), `${BASELINE_HEADER}\n`, 'nothing unsuppressed to record');
    const { run, entries } = lintJson(['--today', '2026-01-31', '--baseline', 'b.txt', 'x.privacy.jsonc'], { cwd: root });
    assert.strictEqual(run.status, 1);
    assert.deepStrictEqual(
      entries[0].diagnostics.map((d) => d.rule),
      ['suppression/expired', 'retention/audit-logs'],
    );
  });

  it('--prune-baseline lists the entries that match nothing and removes them from the file', () => {
    const root = repository();
    assert.strictEqual(runCli(['--write-baseline', 'b.txt', 'samples'], { cwd: root }).status, 0);
    const before = fs.readFileSync(path.join(root, 'b.txt'), 'utf8').split('\n');
    // Fix one finding in contoso, delete woodgrove.
    const contoso = path.join(root, 'samples', 'contoso.privacy.jsonc');
    fs.writeFileSync(contoso, fs.readFileSync(contoso, 'utf8').replace('"Marketing"', '"security"'));
    fs.rmSync(path.join(root, 'samples', 'woodgrove.privacy.jsonc'));
    const purpose = before.find((line) => line.includes('processing/purpose  samples/contoso.privacy.jsonc'))!;
    const woodgrove = before.find((line) => line.includes('samples/woodgrove.privacy.jsonc'))!;

    // Linting only northwind: contoso's fixed entry is not judged (contoso was not linted), woodgrove's file is gone.
    const partial = runCli(['--baseline', 'b.txt', '--prune-baseline', 'samples/northwind.privacy.jsonc'], { cwd: root });
    assert.strictEqual(partial.status, 0, partial.stderr);
    assert.strictEqual(partial.stdout, `${woodgrove}\n`);

    const run = runCli(['--baseline', 'b.txt', '--prune-baseline', 'samples'], { cwd: root });
    assert.strictEqual(run.status, 0, run.stderr);
    assert.strictEqual(run.stdout, `${purpose}\n`);
    assert.deepStrictEqual(
      fs.readFileSync(path.join(root, 'b.txt'), 'utf8').split('\n'),
      before.filter((line) => line !== purpose && line !== woodgrove),
    );

    // Nothing stale: nothing printed, the file is not rewritten.
    const inode = fs.statSync(path.join(root, 'b.txt')).ino;
    const again = runCli(['--baseline', 'b.txt', '--prune-baseline', 'samples'], { cwd: root });
    assert.deepStrictEqual([again.status, again.stdout], [0, '']);
    assert.strictEqual(fs.statSync(path.join(root, 'b.txt')).ino, inode);
    assert.strictEqual(runCli(['--baseline', 'b.txt', 'samples'], { cwd: root }).status, 0, 'the pruned baseline still covers everything');
  });

  it('file names with spaces are written as JSON strings and read back', () => {
    const root = temporaryFolder();
    writeTree(root, { 'my dir/a "b".privacy.json': cleanConfig().replace('"auditLogs": 365', '"auditLogs": 400') });
    assert.strictEqual(runCli(['--write-baseline', 'b.txt', '.'], { cwd: root }).status, 0);
    const [, line] = fs.readFileSync(path.join(root, 'b.txt'), 'utf8').trimEnd().split('\n');
    assert.match(line, /^[0-9a-f]{32} {2}retention\/audit-logs {2}"my dir\/a \\"b\\".privacy.json" {2}\$\.retention\.auditLogs$/);
    assert.strictEqual(runCli(['--baseline', 'b.txt', '.'], { cwd: root }).status, 0);
    writeTree(root, { 'my dir/a "b".privacy.json': cleanConfig() });
    assert.strictEqual(runCli(['--baseline', 'b.txt', '--prune-baseline', '.'], { cwd: root }).stdout, `${line}\n`);
  });

  it('-o with --write-baseline writes the report; the baseline is written too', () => {
    const root = repository();
    const run = runCli(['--write-baseline', 'b.txt', '--format', 'sarif', '-o', 'r.sarif', 'samples'], { cwd: root });
    assert.strictEqual(run.status, 0, run.stderr);
    assert.strictEqual(run.stdout, '');
    const results = sarifResults(fs.readFileSync(path.join(root, 'r.sarif'), 'utf8'));
    assert.strictEqual(results.filter((r) => r.baselineState === 'unchanged').length, 18);
  });

  describe('errors: exit 2 with one line on stderr', () => {
    it('a missing baseline, and nothing on stdout', () => {
      const run = runCli(['--baseline', 'no-such.baseline', 'samples']);
      assert.deepStrictEqual([run.status, run.stdout], [2, '']);
      assert.strictEqual(
        run.stderr,
        'privacy-lint: --baseline no-such.baseline: no such file or directory (create it with --write-baseline no-such.baseline)\n',
      );
    });

    it('a file that is not a baseline names the line', () => {
      const root = temporaryFolder();
      writeTree(root, { 'b.txt': `${BASELINE_HEADER}\n\n${'a'.repeat(32)}  rule  f.json  $\nnot a fingerprint\n` });
      const run = runCli(['--baseline', 'b.txt', '.'], { cwd: root });
      assert.deepStrictEqual([run.status, run.stdout], [2, '']);
      assert.strictEqual(
        run.stderr,
        'privacy-lint: --baseline b.txt:4: not a baseline entry; each line starts with a 32-digit hexadecimal fingerprint (write the file with --write-baseline)\n',
      );
      writeTree(root, { 'b.txt': `${'a'.repeat(32)}\n` });
      assert.match(
        runCli(['--baseline', 'b.txt', '.'], { cwd: root }).stderr,
        /^privacy-lint: --baseline b\.txt:1: a baseline entry is "fingerprint {2}rule {2}file {2}path"; this line has no rule\n$/,
      );
      const folder = runCli(['--baseline', root, '.'], { cwd: root });
      assert.deepStrictEqual([folder.status, folder.stderr.split('\n').length], [2, 2]);
    });

    it('--write-baseline is not written when a file cannot be linted, nor when its folder is missing', () => {
      const root = temporaryFolder();
      writeTree(root, { 'a.privacy.json': cleanConfig() });
      const run = runCli(['--write-baseline', 'b.txt', 'a.privacy.json', 'missing.privacy.json'], { cwd: root });
      assert.strictEqual(run.status, 2);
      assert.strictEqual(
        run.stderr,
        'privacy-lint: missing.privacy.json: no such file or directory\nprivacy-lint: --write-baseline b.txt: not written, because some files could not be linted\n',
      );
      assert.ok(!fs.existsSync(path.join(root, 'b.txt')));
      const nowhere = runCli(['--write-baseline', 'no/such/dir/b.txt', 'a.privacy.json'], { cwd: root });
      assert.strictEqual(nowhere.status, 2);
      assert.strictEqual(nowhere.stderr, 'privacy-lint: --write-baseline no/such/dir/b.txt: cannot write it (no such file or directory)\n');
    });

    for (const [args, message] of [
      [['--prune-baseline'], '--prune-baseline needs --baseline FILE, the baseline to prune'],
      [['--baseline', 'a', '--write-baseline', 'b'], '--baseline and --write-baseline cannot be combined: write a new baseline without --baseline'],
      [['--baseline', 'a', '--compare-editions'], '--baseline cannot be combined with --compare-editions'],
      [['--write-baseline', 'a', '--compare-editions'], '--write-baseline cannot be combined with --compare-editions'],
      [['--baseline', 'a', '--prune-baseline', '--format', 'json'], '--prune-baseline prints baseline lines; it cannot be combined with --format'],
      [['--baseline', 'a', '--prune-baseline', '--fix'], '--prune-baseline cannot be combined with --fix'],
      [['--baseline'], '--baseline needs a file name'],
      [['--write-baseline='], '--write-baseline needs a file name'],
    ] as const) {
      it(`bad usage: ${args.join(' ')}`, () => {
        const run = runCli(['samples', ...args]);
        assert.deepStrictEqual([run.status, run.stdout, run.stderr], [2, '', `privacy-lint: ${message}\n`]);
      });
    }
  });
});
