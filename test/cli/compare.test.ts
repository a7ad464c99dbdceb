import * as assert from 'assert';
import { ensureBuilt, runCli } from './helpers';

interface Difference {
  edition: string;
  rule: string;
  severity: string;
  message: string;
  path: (string | number)[];
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

describe('privacy-lint --compare-editions', () => {
  before(ensureBuilt);

  it('json: per file, its target edition and the diagnostics only one edition raises', () => {
    const run = runCli(['--compare-editions', '--format', 'json', 'samples/northwind.privacy.jsonc', 'samples/fabrikam.privacy.json']);
    assert.strictEqual(run.status, 1, 'northwind has errors under its own edition, 2018-05');
    const entries: { file: string; edition: string; differences: Difference[] }[] = JSON.parse(run.stdout);
    assert.deepStrictEqual(
      entries.map((e) => [e.file, e.edition]),
      [
        ['samples/northwind.privacy.jsonc', '2018-05'],
        ['samples/fabrikam.privacy.json', '2018-05'],
      ],
    );
    const describe = (d: Difference) => `${d.edition} ${d.rule} ${JSON.stringify(d.path)} ${d.range.start.line}:${d.range.start.character}`;
    assert.deepStrictEqual(entries[0].differences.map(describe), [
      '2018-05 migration/edition ["residency","migration"] 11:17',
      '2020-09 migration/feature-availability ["residency","migration"] 11:17',
      '2018-05 storage/approved-kind ["stores",1,"kind"] 21:37',
      '2018-05 retention/telemetry ["retention","telemetry"] 25:17',
      '2020-09 deletion/scenario ["deletion"] 28:2',
    ]);
    assert.deepStrictEqual(Object.keys(entries[0].differences[0]), ['edition', 'rule', 'severity', 'message', 'path', 'range', 'fingerprint']);
    assert.deepStrictEqual(entries[1].differences, [], 'fabrikam is clean in both editions');
  });

  it('exit 0 when the target edition has no errors, whatever the other edition says', () => {
    const run = runCli(['--compare-editions', '--format', 'json', 'samples/woodgrove.privacy.jsonc']);
    assert.strictEqual(run.status, 0);
    const [entry] = JSON.parse(run.stdout);
    assert.strictEqual(entry.edition, '2020-09');
    assert.deepStrictEqual(
      entry.differences.map((d: Difference) => `${d.edition} ${d.rule} ${JSON.stringify(d.path)}`),
      [
        '2018-05 migration/edition ["residency","migration"]',
        '2020-09 migration/feature-availability ["residency","migration"]',
        '2018-05 geography/unknown ["stores",0,"geography"]',
        '2018-05 geography/unknown ["stores",2,"geography"]',
      ],
    );
  });

  it('--edition sets the target edition of a file without policyEdition', () => {
    const run = runCli(['--compare-editions', '--format', 'json', '--edition', '2018-05', 'test/fixtures/cli/no-edition.privacy.json']);
    const [entry] = JSON.parse(run.stdout);
    assert.strictEqual(entry.edition, '2018-05');
    assert.strictEqual(run.status, 1, 'retention.telemetry is missing, an error in 2018-05');
    assert.deepStrictEqual(
      entry.differences.map((d: Difference) => `${d.edition} ${d.rule}`),
      ['2018-05 retention/telemetry'],
    );
    assert.strictEqual(runCli(['--compare-editions', 'test/fixtures/cli/no-edition.privacy.json']).status, 0);
  });

  it('stylish says which edition raises each difference', () => {
    const run = runCli(['--compare-editions', 'samples/northwind.privacy.jsonc']);
    assert.match(run.stdout, /^ {2}12:18 +error +only in 2018-05: A migration is configured.* migration\/edition$/m);
    assert.match(run.stdout, /^ {2}29:3 +error +only in 2020-09: The passive deletion .* deletion\/scenario$/m);
    assert.match(run.stdout, /^5 differences between 2018-05 and 2020-09 in 1 file \(3 only in 2018-05, 2 only in 2020-09\)$/m);
  });

  it('sarif: the differences as results with an edition property', () => {
    const log = JSON.parse(runCli(['--compare-editions', '--format', 'sarif', 'samples/northwind.privacy.jsonc']).stdout);
    const results = log.runs[0].results;
    assert.deepStrictEqual(
      results.map((r: { ruleId: string; properties: { edition: string } }) => `${r.properties.edition} ${r.ruleId}`),
      [
        '2018-05 migration/edition',
        '2020-09 migration/feature-availability',
        '2018-05 storage/approved-kind',
        '2018-05 retention/telemetry',
        '2020-09 deletion/scenario',
      ],
    );
    assert.match(results[0].message.text, /^Only in edition 2018-05: A migration is configured/);
  });
});
