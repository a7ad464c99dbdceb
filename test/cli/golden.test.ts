import * as assert from 'assert';
import { brief, ensureBuilt, expectGolden, lintJson, runCli } from './helpers';

/** Makes a SARIF log independent of the version and of where the repository is checked out. */
export function normaliseSarif(text: string): string {
  const log = JSON.parse(text);
  for (const run of log.runs) {
    run.tool.driver.version = '<version>';
    run.tool.driver.semanticVersion = '<version>';
    run.originalUriBaseIds['%SRCROOT%'].uri = 'file:///<cwd>/';
  }
  return `${JSON.stringify(log, null, 2)}\n`;
}

const CONTOSO = [
  'schema/unknown-property ["tenant","displayName"] 7:4-7:17',
  'migration/feature-availability ["residency","migration"] 14:17-21:5',
  'migration/deadline ["residency","migration","deadline"] 17:18-17:30',
  'migration/cost ["residency","migration","additionalCost"] 20:24-20:28',
  'residency/store-geography ["stores",3,"geography"] 28:71-28:85',
  'storage/telemetry-separation ["stores",4,"data",1] 29:102-29:113',
  'retention/audit-logs ["retention","auditLogs"] 33:17-33:22',
  'deletion/purge-window ["deletion","passive","purgeWithinDays"] 37:53-37:55',
  'processing/purpose ["processing","purposes",2] 41:47-41:58',
  'restrict/export-scope ["restrictProcessing","exportIncludes"] 45:22-45:49',
];

const NORTHWIND = [
  'migration/edition ["residency","migration"] 11:17-17:5',
  'storage/approved-kind ["stores",1,"kind"] 21:37-21:44',
  'storage/telemetry-separation ["stores",2,"data",1] 22:104-22:115',
  'retention/telemetry ["retention","telemetry"] 25:17-25:23',
  'processing/iso ["processing","isoCertified"] 32:20-32:25',
  'processing/purpose ["processing","purposes",2] 33:47-33:58',
  'restrict/steps ["restrictProcessing","steps"] 36:13-36:33',
];

describe('privacy-lint on samples/ (golden output)', () => {
  before(ensureBuilt);

  it('--format json: every sample, sorted by path, with rule ids, paths and zero-based ranges', () => {
    const { run, entries } = lintJson(['samples']);
    assert.strictEqual(run.status, 1, run.stderr);
    assert.strictEqual(run.stderr, '');
    assert.deepStrictEqual(
      entries.map((e) => [e.file, e.edition]),
      [
        ['samples/contoso.privacy.jsonc', '2020-09'],
        ['samples/fabrikam.privacy.json', '2018-05'],
        ['samples/northwind.privacy.jsonc', '2018-05'],
        ['samples/woodgrove.privacy.jsonc', '2020-09'],
      ],
    );
    const [contoso, fabrikam, northwind, woodgrove] = entries;
    // The suppressed store (stores[2]) is left out of json.
    assert.deepStrictEqual(contoso.diagnostics.map(brief), CONTOSO);
    assert.deepStrictEqual(fabrikam.diagnostics, [], 'fabrikam is the clean 2018-05 sample');
    assert.deepStrictEqual(northwind.diagnostics.map(brief), NORTHWIND);
    assert.deepStrictEqual(woodgrove.diagnostics.map(brief), ['migration/feature-availability ["residency","migration"] 12:17-19:5']);
    assert.strictEqual(woodgrove.diagnostics[0].severity, 'information');
    const auditLogs = contoso.diagnostics.find((d) => d.rule === 'retention/audit-logs')!;
    assert.deepStrictEqual(auditLogs.fixes, [{ title: 'Set to "P1Y"', preferred: true }]);
    assert.deepStrictEqual(Object.keys(auditLogs), ['rule', 'severity', 'message', 'path', 'range', 'fixes', 'fingerprint']);
    assert.match(auditLogs.fingerprint, /^[0-9a-f]{32}$/);
    expectGolden('samples.json', run.stdout);
  });

  it('--format stylish: grouped by file, one-based positions, ESLint-style summary', () => {
    const run = runCli(['samples']);
    assert.strictEqual(run.status, 1, run.stderr);
    const lines = run.stdout.split('\n');
    assert.ok(lines.includes('samples/contoso.privacy.jsonc'));
    assert.ok(!lines.includes('samples/fabrikam.privacy.json'), 'a file without problems is not listed');
    assert.match(run.stdout, /^ {2}34:18 +error +Audit logs are kept 730 days.* retention\/audit-logs$/m);
    assert.match(run.stdout, /^ {2}8:5 +warning +Unknown property "displayName".* schema\/unknown-property$/m);
    assert.match(run.stdout, /^ {2}13:18 +info +While the migration runs.* migration\/feature-availability$/m);
    assert.ok(lines.includes('\u2716 18 problems (15 errors, 1 warning, 2 infos)'), run.stdout);
    assert.ok(!run.stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
    expectGolden('samples.stylish.txt', run.stdout);
  });

  it('--format stylish: colour with FORCE_COLOR, none with FORCE_COLOR=0', () => {
    assert.ok(runCli(['samples/northwind.privacy.jsonc'], { env: { FORCE_COLOR: '1' } }).stdout.includes('\u001b[31merror'));
    assert.ok(!runCli(['samples/northwind.privacy.jsonc'], { env: { FORCE_COLOR: '0' } }).stdout.includes('\u001b['));
  });

  it('--format sarif: results with rule index, levels, one-based regions, JSON paths and suppressions', () => {
    const run = runCli(['--format', 'sarif', 'samples']);
    assert.strictEqual(run.status, 1, run.stderr);
    const log = JSON.parse(run.stdout);
    const [sarifRun] = log.runs;
    assert.strictEqual(log.version, '2.1.0');
    assert.strictEqual(sarifRun.columnKind, 'utf16CodeUnits');
    assert.strictEqual(sarifRun.tool.driver.name, 'privacy-lint');
    assert.strictEqual(sarifRun.tool.driver.version, require('../../../package.json').version);
    const rules: { id: string }[] = sarifRun.tool.driver.rules;
    const audit = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'retention/audit-logs');
    assert.strictEqual(rules[audit.ruleIndex].id, 'retention/audit-logs');
    assert.strictEqual(audit.level, 'error');
    assert.deepStrictEqual(audit.locations[0].physicalLocation, {
      artifactLocation: { uri: 'samples/contoso.privacy.jsonc', uriBaseId: '%SRCROOT%' },
      region: { startLine: 34, startColumn: 18, endLine: 34, endColumn: 23 },
    });
    assert.deepStrictEqual(audit.locations[0].logicalLocations, [{ fullyQualifiedName: '$.retention.auditLogs' }]);
    const info = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'migration/feature-availability');
    assert.strictEqual(info.level, 'note');
    const suppressed = sarifRun.results.filter((r: { suppressions?: unknown }) => r.suppressions);
    assert.strictEqual(suppressed.length, 1);
    assert.strictEqual(suppressed[0].ruleId, 'residency/store-geography');
    assert.deepStrictEqual(suppressed[0].locations[0].logicalLocations, [{ fullyQualifiedName: '$.stores[2].geography' }]);
    assert.deepStrictEqual(suppressed[0].suppressions, [
      { kind: 'inSource', justification: 'disaster-recovery replica approved by the DPO (ticket PRIV-1042)' },
    ]);
    // 10 + 7 + 1 unsuppressed, and the suppressed one.
    assert.strictEqual(sarifRun.results.length, 19);
    expectGolden('samples.sarif', normaliseSarif(run.stdout));
  });

  it('--compare-editions in every format (golden)', () => {
    for (const [format, name] of [
      ['json', 'compare.json'],
      ['stylish', 'compare.stylish.txt'],
      ['sarif', 'compare.sarif'],
    ]) {
      const run = runCli(['--compare-editions', '--format', format, 'samples']);
      assert.strictEqual(run.status, 1, `${format}: ${run.stderr}`);
      expectGolden(name, format === 'sarif' ? normaliseSarif(run.stdout) : run.stdout);
    }
  });
});
