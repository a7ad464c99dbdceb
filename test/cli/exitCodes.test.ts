import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { brief, cleanConfig, ensureBuilt, lintJson, removeTemporaryFolders, runCli, temporaryFolder, writeTree } from './helpers';

describe('privacy-lint exit codes', () => {
  let folder: string;
  before(() => {
    ensureBuilt();
    folder = temporaryFolder();
    writeTree(folder, {
      'clean.privacy.json': cleanConfig(),
      // Two warnings: unknown properties (no close match, so no rename fix).
      'warnings.privacy.json': cleanConfig({ extraTenant: ', "displayName": "Fabrikam", "costCentre": "CC-1234"' }),
      // The only error is suppressed by a disable comment with a reason.
      'suppressed.privacy.jsonc': cleanConfig().replace(
        '  "stores": [',
        '  // privacy-lint-disable-next-line residency/store-geography -- DR copy approved in PRIV-7\n  "stores": [{ "id": "dr", "kind": "sqlAzure", "geography": "europe", "data": ["personal"] },',
      ),
      'latin1.privacy.json': Buffer.from('{ "tenant": { "id": "caf\xe9" } }\n', 'latin1'),
    });
  });
  after(removeTemporaryFolders);

  it('0 for a clean file', () => {
    const run = runCli(['samples/fabrikam.privacy.json']);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.strictEqual(run.stdout, '', 'stylish prints nothing when there is nothing to report');
  });

  it('0 for a file with only information diagnostics', () => {
    assert.strictEqual(runCli(['samples/woodgrove.privacy.jsonc']).status, 0);
  });

  it('1 for a file with errors', () => {
    assert.strictEqual(runCli(['samples/northwind.privacy.jsonc']).status, 1);
  });

  it('--max-warnings: 0 within the limit, 1 over it; warnings alone never fail without it', () => {
    const file = path.join(folder, 'warnings.privacy.json');
    const { entries } = lintJson([file]);
    assert.deepStrictEqual(
      entries[0].diagnostics.map((d) => `${d.rule} ${d.severity}`),
      ['schema/unknown-property warning', 'schema/unknown-property warning'],
    );
    assert.strictEqual(runCli([file]).status, 0);
    assert.strictEqual(runCli(['--max-warnings', '2', file]).status, 0);
    assert.strictEqual(runCli(['--max-warnings=1', file]).status, 1);
    assert.strictEqual(runCli(['--max-warnings', '0', file]).status, 1);
  });

  it('suppressed diagnostics never count, and are left out of json', () => {
    const file = path.join(folder, 'suppressed.privacy.jsonc');
    const { run, entries } = lintJson(['--max-warnings', '0', file]);
    assert.strictEqual(run.status, 0, run.stdout);
    assert.deepStrictEqual(entries[0].diagnostics, []);
    const sarif = JSON.parse(runCli(['--format', 'sarif', file]).stdout);
    assert.deepStrictEqual(
      sarif.runs[0].results.map((r: { ruleId: string; suppressions: unknown }) => [r.ruleId, r.suppressions]),
      [['residency/store-geography', [{ kind: 'inSource', justification: 'DR copy approved in PRIV-7' }]]],
    );
  });

  it('2 for a path that does not exist; the readable files are still reported', () => {
    const { run, entries } = lintJson(['samples/northwind.privacy.jsonc', 'samples/missing.privacy.json', 'samples/fabrikam.privacy.json']);
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stderr, 'privacy-lint: samples/missing.privacy.json: no such file or directory\n');
    assert.deepStrictEqual(
      entries.map((e) => e.file),
      ['samples/northwind.privacy.jsonc', 'samples/fabrikam.privacy.json'],
    );
    assert.strictEqual(entries[0].diagnostics[0].rule, 'migration/edition');
  });

  it('2 for a file that is not UTF-8, which is reported on stderr and left out of the report', () => {
    const file = path.join(folder, 'latin1.privacy.json');
    const { run, entries } = lintJson([file, path.join(folder, 'clean.privacy.json')]);
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stderr, `privacy-lint: ${file}: not valid UTF-8\n`);
    assert.deepStrictEqual(
      entries.map((e) => path.basename(e.file)),
      ['clean.privacy.json'],
    );
  });

  for (const [args, message] of [
    [
      ['--bogus'],
      'unknown option "--bogus"; allowed: --format, --fix, --max-warnings, --config, --edition, -o/--output, --compare-editions, --today, ' +
        '--write-baseline, --baseline, --prune-baseline, --stdin, --stdin-filename, -h/--help, -v/--version (see --help)',
    ],
    [['--format', 'xml'], '--format does not accept "xml"; allowed: stylish, json, sarif, github, junit, html'],
    [['--format'], '--format needs a value; allowed: stylish, json, sarif, github, junit, html'],
    [['--max-warnings', '-1'], '--max-warnings does not accept "-1"; allowed: a whole number of warnings, 0 or more'],
    [['--max-warnings', '1.5'], '--max-warnings does not accept "1.5"; allowed: a whole number of warnings, 0 or more'],
    [['--edition', '2019'], '--edition does not accept "2019"; allowed: 2018-05, 2020-09'],
    [['--edition=2019-05'], '--edition does not accept "2019-05"; allowed: 2018-05, 2020-09'],
    [['--fix=yes'], '--fix takes no value'],
    [['-o'], '-o needs a file name'],
    [['--config', '--fix'], '--config needs a file name, and "--fix" is an option (for a file of that name, write --config=--fix)'],
    [['--fix', '--compare-editions'], '--fix cannot be combined with --compare-editions'],
    [['--config', 'no-such-settings.json'], '--config no-such-settings.json: no such file or directory'],
  ] as const) {
    it(`2 for bad usage: ${args.join(' ')}`, () => {
      const run = runCli(['samples', ...args]);
      assert.strictEqual(run.status, 2);
      assert.strictEqual(run.stderr, `privacy-lint: ${message}\n`);
      assert.strictEqual(run.stdout, '');
    });
  }

  it('2 when -o cannot be written, with one line on stderr and no stray temporary file', () => {
    const run = runCli(['-o', path.join(folder, 'no-such-folder', 'report.json'), 'samples/fabrikam.privacy.json']);
    assert.strictEqual(run.status, 2);
    assert.strictEqual(
      run.stderr,
      `privacy-lint: cannot write the report to ${path.join(folder, 'no-such-folder', 'report.json')}: no such file or directory\n`,
    );
    const toFolder = runCli(['--output', folder, 'samples/fabrikam.privacy.json']);
    assert.strictEqual(toFolder.status, 2);
    assert.strictEqual(toFolder.stderr, `privacy-lint: cannot write the report to ${folder}: is a directory\n`);
    assert.deepStrictEqual(
      fs.readdirSync(folder).filter((name) => name.endsWith('.tmp')),
      [],
    );
  });

  it('-o writes the report to the file, atomically, and nothing on stdout', () => {
    const output = path.join(folder, 'report.json');
    fs.writeFileSync(output, 'old report');
    const run = runCli(['--format', 'json', '-o', output, 'samples/northwind.privacy.jsonc']);
    assert.strictEqual(run.status, 1);
    assert.strictEqual(run.stdout, '');
    const entries = JSON.parse(fs.readFileSync(output, 'utf8'));
    assert.strictEqual(brief(entries[0].diagnostics[0]), 'migration/edition ["residency","migration"] 11:17-17:5');
  });

  it('--help lists every option and the exit codes; --version prints the version', () => {
    const help = runCli(['--help']);
    assert.strictEqual(help.status, 0);
    for (const option of ['--format', '--fix', '--max-warnings', '--config', '--edition', '-o, --output', '--compare-editions', '--help', '--version']) {
      assert.ok(help.stdout.includes(option), option);
    }
    assert.match(help.stdout, /Exit codes:\n {2}0 .*\n {2}1 .*\n(.*\n)* {2}2 /);
    const version = runCli(['--version']);
    assert.strictEqual(version.status, 0);
    assert.strictEqual(version.stdout, `${require('../../../package.json').version}\n`);
  });
});
