import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, format } from 'jsonc-parser';
import { fingerprint, fingerprintDiagnostics } from '../../server/src/cli/fingerprint';
import { lint } from '../../server/src/engine';
import { cleanConfig, ensureBuilt, lintJson, removeTemporaryFolders, ROOT, runCli, SAMPLES, temporaryFolder, writeTree } from './helpers';

/** rule + JSON path → fingerprint, for one file's json entry. */
function fingerprintsOf(args: string[], cwd: string): Map<string, string> {
  const { run, entries } = lintJson(args, { cwd });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const map = new Map<string, string>();
  for (const d of entries[0].diagnostics) {
    const key = `${d.rule} ${JSON.stringify(d.path)}`;
    map.set(map.has(key) ? `${key} (again)` : key, d.fingerprint);
  }
  return map;
}

function linesOf(args: string[], cwd: string): number[] {
  return lintJson(args, { cwd }).entries[0].diagnostics.map((d) => d.range.start.line);
}

/** A 2020-09 config with findings on keys, values, array elements and a missing property; keys in one order. */
const ORDERED = `{
  "policyEdition": "2020-09",
  "tenant": { "id": "t-1", "signupCountry": "DE", "subscription": "ended" },
  "residency": {
    "geography": "europe",
    "migration": { "targetGeography": "germany", "requestPeriodEnds": "2026-06-30", "deadline": "2029-01-01",
      "acceptsMinimalDataLoss": true, "acceptsReconfiguration": true }
  },
  "stores": [{ "id": "s1", "kind": "sqlAzure", "geography": "northAmerica", "data": ["personal", "telemetry"] }],
  "retention": { "auditLogs": "P2Y" },
  "deletion": { "active": { "enabled": true, "purgeWithinDays": 31 } },
  "processing": { "isoCertified": true, "purposes": ["marketing"], "colour": 1 }
}
`;

/** The same config: keys of every object in another order, other spacing, comments added. */
const REORDERED = `// Reviewed by the DPO.
{
  "processing": { "colour": 1,
    "purposes": [
      // a purpose to drop
      "marketing"
    ],
    "isoCertified": true },
  /* deletion */ "deletion": { "active": { "purgeWithinDays": 31, "enabled": true } },
  "retention": { "auditLogs": "P2Y" },
  "stores": [
    {
      "data": ["personal", "telemetry"], "geography": "northAmerica", "kind": "sqlAzure", "id": "s1"
    }
  ],
  "residency": {
    "migration": {
      "acceptsReconfiguration": true,
      "acceptsMinimalDataLoss": true,
      "deadline": "2029-01-01", "requestPeriodEnds": "2026-06-30", "targetGeography": "germany"
    },
    "geography": "europe"
  },
  "tenant": { "subscription": "ended", "signupCountry": "DE", "id": "t-1" },
  "policyEdition": "2020-09"
}
`;

describe('fingerprints', () => {
  let folder: string;
  before(() => {
    ensureBuilt();
    folder = temporaryFolder();
  });
  after(removeTemporaryFolders);

  describe('the function', () => {
    const base = { file: 'samples/a.privacy.json', rule: 'retention/audit-logs', path: ['retention', 'auditLogs'], occurrence: 0 };

    it('is 32 hexadecimal digits of a sha256, the same for the same input', () => {
      assert.match(fingerprint(base), /^[0-9a-f]{32}$/);
      assert.strictEqual(fingerprint({ ...base }), fingerprint(base));
    });

    it('changes with the file, the rule, the path and the occurrence', () => {
      const all = [
        base,
        { ...base, file: 'samples/b.privacy.json' },
        { ...base, rule: 'retention/telemetry' },
        { ...base, path: ['retention', 'telemetry'] },
        { ...base, path: ['stores', 1, 'geography'] },
        { ...base, path: ['stores', '1', 'geography'] },
        { ...base, occurrence: 1 },
        { ...base, onlyIn: '2018-05' },
      ].map(fingerprint);
      assert.strictEqual(new Set(all).size, all.length);
    });

    it('does not run parts together: a separator no path or rule holds', () => {
      assert.notStrictEqual(fingerprint({ ...base, file: 'a', rule: 'bc' }), fingerprint({ ...base, file: 'ab', rule: 'c' }));
    });

    it('two diagnostics of one rule on one path get occurrences 0 and 1, in document order', () => {
      const text = cleanConfig({ edition: '2020-09', extraTenant: ', "subscription": "ended"' })
        .replace(
          '"geography": "northAmerica" }',
          '"geography": "northAmerica", "migration": { "targetGeography": "canada", "requestPeriodEnds": "2026-01-31", "deadline": "2027-01-31", "acceptsMinimalDataLoss": true, "acceptsReconfiguration": true } }',
        )
        .replace('"signupCountry": "US"', '"signupCountry": "CA"');
      const eligibility = lint(text).diagnostics.filter((d) => d.rule === 'migration/eligibility');
      assert.strictEqual(eligibility.length, 2, 'dataResidencyRequired not true, and subscription ended');
      assert.deepStrictEqual(
        eligibility.map((d) => d.path),
        [
          ['residency', 'migration'],
          ['residency', 'migration'],
        ],
      );
      const prints = fingerprintDiagnostics('x.privacy.json', eligibility);
      assert.deepStrictEqual(prints, [
        fingerprint({ file: 'x.privacy.json', rule: 'migration/eligibility', path: ['residency', 'migration'], occurrence: 0 }),
        fingerprint({ file: 'x.privacy.json', rule: 'migration/eligibility', path: ['residency', 'migration'], occurrence: 1 }),
      ]);
    });
  });

  describe('from the CLI', () => {
    it('survive jsonc-parser format: same fingerprints, other lines', () => {
      // A sample without next-line disable comments: reformatting can move a line away from its comment.
      for (const [name, count] of [['northwind.privacy.jsonc', 7]] as const) {
        const file = path.join(folder, name);
        const original = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
        fs.writeFileSync(file, original);
        const before = fingerprintsOf([name], folder);
        const linesBefore = linesOf([name], folder);
        const formatted = applyEdits(original, format(original, undefined, { tabSize: 4, insertSpaces: false, eol: '\n', keepLines: false }));
        assert.notStrictEqual(formatted, original);
        fs.writeFileSync(file, formatted);
        assert.notDeepStrictEqual(linesOf([name], folder), linesBefore, `${name}: the findings moved`);
        assert.deepStrictEqual(fingerprintsOf([name], folder), before, name);
        assert.strictEqual(before.size, count);
      }
    });

    it('survive key reordering and added comments', () => {
      writeTree(folder, { 'order.privacy.jsonc': ORDERED });
      const before = fingerprintsOf(['order.privacy.jsonc'], folder);
      assert.ok(before.size >= 8, [...before.keys()].join('\n'));
      assert.ok(before.has('migration/eligibility ["residency","migration"]'));
      writeTree(folder, { 'order.privacy.jsonc': REORDERED });
      assert.deepStrictEqual(fingerprintsOf(['order.privacy.jsonc'], folder), before);
    });

    it('change when the rule or the path changes', () => {
      writeTree(folder, { 'change.privacy.json': cleanConfig().replace('"auditLogs": 365', '"auditLogs": 400') });
      const [audit] = [...fingerprintsOf(['change.privacy.json'], folder).values()];
      // Same path, other rule (a wrong type instead of too long).
      writeTree(folder, { 'change.privacy.json': cleanConfig().replace('"auditLogs": 365', '"auditLogs": "400"') });
      const typed = fingerprintsOf(['change.privacy.json'], folder);
      assert.deepStrictEqual([...typed.keys()], ['schema/type ["retention","auditLogs"]']);
      assert.notStrictEqual([...typed.values()][0], audit);
      // Same rule, other path: a second store is inserted before the one with the finding.
      const store = '{ "id": "x", "kind": "sqlAzure", "geography": "asiaPacific", "data": ["personal"] }';
      writeTree(folder, { 'change.privacy.json': cleanConfig().replace('"stores": [', `"stores": [${store}, `) });
      const first = fingerprintsOf(['change.privacy.json'], folder);
      writeTree(folder, {
        'change.privacy.json': cleanConfig().replace(
          '"stores": [',
          '"stores": [{ "id": "y", "kind": "sqlAzure", "geography": "northAmerica", "data": ["service"] }, ' + `${store}, `,
        ),
      });
      const second = fingerprintsOf(['change.privacy.json'], folder);
      assert.deepStrictEqual([...first.keys()], ['residency/store-geography ["stores",0,"geography"]']);
      assert.deepStrictEqual([...second.keys()], ['residency/store-geography ["stores",1,"geography"]']);
      assert.notStrictEqual([...first.values()][0], [...second.values()][0]);
    });

    it('use the path relative to the working directory, however the file is named', () => {
      const given = ['samples/contoso.privacy.jsonc', './samples/contoso.privacy.jsonc', path.join(ROOT, 'samples', 'contoso.privacy.jsonc'), 'samples'];
      const sets = given.map((arg) => [...fingerprintsOf([arg], ROOT).values()].join(','));
      assert.strictEqual(new Set(sets).size, 1, 'one set of fingerprints');
      const [expected] = [...fingerprintsOf(['samples/contoso.privacy.jsonc'], ROOT).entries()];
      assert.strictEqual(
        expected[1],
        fingerprint({ file: 'samples/contoso.privacy.jsonc', rule: 'schema/unknown-property', path: ['tenant', 'displayName'], occurrence: 0 }),
      );
      // From another working directory the relative path, and so the fingerprint, differ.
      const fromSamples = fingerprintsOf(['contoso.privacy.jsonc'], SAMPLES);
      assert.notStrictEqual(fromSamples.get('schema/unknown-property ["tenant","displayName"]'), expected[1]);
    });

    it('json and SARIF carry the same fingerprint for each finding, suppressed ones too in SARIF', () => {
      const json = lintJson(['samples']).entries.flatMap((e) => e.diagnostics.map((d) => d.fingerprint));
      const sarif = JSON.parse(runCli(['--format', 'sarif', 'samples']).stdout).runs[0].results;
      const prints: string[] = sarif.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['privacyLint/v1']);
      assert.ok(prints.every((p) => /^[0-9a-f]{32}$/.test(p)));
      assert.strictEqual(new Set(prints).size, prints.length, 'unique');
      assert.deepStrictEqual(
        json.filter((p) => !prints.includes(p)),
        [],
      );
      const suppressed = sarif.find((r: { suppressions?: unknown }) => r.suppressions);
      assert.strictEqual(
        suppressed.partialFingerprints['privacyLint/v1'],
        fingerprint({ file: 'samples/contoso.privacy.jsonc', rule: 'residency/store-geography', path: ['stores', 2, 'geography'], occurrence: 0 }),
      );
    });

    it('--compare-editions: each difference has one, which names the edition that raises it', () => {
      const [entry] = JSON.parse(runCli(['--compare-editions', '--format', 'json', 'samples/northwind.privacy.jsonc']).stdout);
      const first = entry.differences[0];
      assert.strictEqual(
        first.fingerprint,
        fingerprint({
          file: 'samples/northwind.privacy.jsonc',
          rule: first.rule,
          path: first.path,
          occurrence: 0,
          onlyIn: first.edition,
        }),
      );
    });
  });
});
