import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { parse } from 'jsonc-parser';
import { lint } from '../../../server/src/engine';
import { FORMAT_SCHEMA_FILE, formatJsonSchema, renderSchema, SETTINGS_SCHEMA_FILE, settingsJsonSchema } from '../../../server/src/engine/format/jsonSchema';

const ROOT = path.resolve(__dirname, '../../../..');

/** Rules that report what a JSON Schema can say: the shape of the file, not the policy. */
const FORMAT_RULES = new Set([
  'schema/unknown-property',
  'schema/type',
  'schema/required',
  'edition/unknown',
  'tenant/country-code',
  'geography/unknown',
  'migration/edition',
]);

const VALID = {
  tenant: { id: 't', signupCountry: 'DE' },
  residency: { geography: 'europe' },
  stores: [{ id: 's', kind: 'sqlAzure', geography: 'europe', data: ['personal'] }],
  retention: { telemetry: 'P30D', auditLogs: 365 },
  deletion: { active: { enabled: true, purgeWithinDays: 30 }, passive: { enabled: true, purgeWithinDays: 30 } },
  processing: { isoCertified: true, purposes: ['support'] },
  restrictProcessing: { steps: ['export', 'delete'], exportIncludes: ['accounts', 'serviceData', 'associatedLogs'] },
};

function variant(change: (config: any) => void): unknown {
  const copy = JSON.parse(JSON.stringify(VALID));
  change(copy);
  return copy;
}

describe('JSON Schema (generated from format/spec.ts)', () => {
  // Formats are not validated: `format: date` is for editors; the pattern checks the shape.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(formatJsonSchema());

  it(`${FORMAT_SCHEMA_FILE} and ${SETTINGS_SCHEMA_FILE} are up to date (else run \`npm run schema\`)`, () => {
    assert.strictEqual(
      fs.readFileSync(path.join(ROOT, FORMAT_SCHEMA_FILE), 'utf8'),
      renderSchema(formatJsonSchema()),
      `${FORMAT_SCHEMA_FILE} is stale: run \`npm run schema\``,
    );
    assert.strictEqual(
      fs.readFileSync(path.join(ROOT, SETTINGS_SCHEMA_FILE), 'utf8'),
      renderSchema(settingsJsonSchema()),
      `${SETTINGS_SCHEMA_FILE} is stale: run \`npm run schema\``,
    );
  });

  it('is a valid draft-07 schema', () => {
    assert.ok(ajv.validateSchema(formatJsonSchema()), JSON.stringify(ajv.errors));
    assert.ok(ajv.validateSchema(settingsJsonSchema()), JSON.stringify(ajv.errors));
  });

  /** [what, file, well-formed]: the schema accepts a file exactly when the engine's format rules find nothing. */
  const cases: [string, unknown, boolean][] = [
    ['a valid 2020-09 file', VALID, true],
    ['a valid 2018-05 file', variant((c) => (c.policyEdition = '2018-05')), true],
    [
      'no passive deletion in 2018-05 (optional there)',
      variant((c) => {
        c.policyEdition = '2018-05';
        delete c.deletion.passive;
      }),
      true,
    ],
    ['no restrictProcessing in 2020-09 (optional there)', variant((c) => delete c.restrictProcessing), true],
    ['a local geography in 2020-09', variant((c) => (c.residency.geography = 'germany')), true],
    ['an unknown property', variant((c) => (c.tenant.singupCountry = 'DE')), false],
    ['a wrong type', variant((c) => (c.processing.isoCertified = 'yes')), false],
    ['an enum value not allowed', variant((c) => (c.stores[0].kind = 'SqlAzure')), false],
    ['a bad duration', variant((c) => (c.retention.auditLogs = 'P1Y2W')), false],
    ['a duration with no part', variant((c) => (c.retention.auditLogs = 'P')), false],
    ['a negative integer', variant((c) => (c.deletion.active.purgeWithinDays = -1)), false],
    ['a fraction where an integer is required', variant((c) => (c.deletion.active.purgeWithinDays = 1.5)), false],
    ['an empty id', variant((c) => (c.tenant.id = '')), false],
    ['a repeated data category', variant((c) => (c.stores[0].data = ['personal', 'personal'])), false],
    ['empty data', variant((c) => (c.stores[0].data = [])), false],
    ['a lower-case country code', variant((c) => (c.tenant.signupCountry = 'de')), false],
    ['an unknown edition', variant((c) => (c.policyEdition = '2019-01')), false],
    [
      'a local geography in 2018-05',
      variant((c) => {
        c.policyEdition = '2018-05';
        c.residency.geography = 'germany';
      }),
      false,
    ],
    [
      'a migration in 2018-05',
      variant((c) => {
        c.policyEdition = '2018-05';
        c.residency.migration = {};
      }),
      false,
    ],
    ['a missing object', variant((c) => delete c.processing), false],
    [
      'no restrictProcessing in 2018-05',
      variant((c) => {
        c.policyEdition = '2018-05';
        delete c.restrictProcessing;
      }),
      false,
    ],
  ];
  for (const [name, config, wellFormed] of cases) {
    it(`agrees with the engine's format rules: ${name}`, () => {
      const findings = lint(JSON.stringify(config, null, 2))
        .diagnostics.filter((d) => FORMAT_RULES.has(d.rule))
        .map((d) => d.rule);
      assert.strictEqual(findings.length === 0, wellFormed, `engine: ${findings.join(',')}`);
      assert.strictEqual(validate(config), wellFormed, JSON.stringify(validate.errors));
    });
  }

  it('accepts every sample that the engine finds well-formed', () => {
    const dir = path.join(ROOT, 'samples');
    for (const file of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const shapeProblems = lint(text).diagnostics.filter((d) => FORMAT_RULES.has(d.rule));
      const config = parse(text, [], { allowTrailingComma: true });
      if (config.$schema) delete config.$schema;
      assert.strictEqual(
        validate(config),
        shapeProblems.length === 0,
        `${file}: ${JSON.stringify(validate.errors)} / ${shapeProblems.map((d) => d.rule).join(',')}`,
      );
    }
  });

  it('describes privacy-lint.config.json: every rule id, each severity', () => {
    const validateSettings = ajv.compile(settingsJsonSchema());
    assert.ok(validateSettings({ edition: '2018-05', rules: { 'retention/telemetry': 'warning', 'migration/feature-availability': 'off' } }));
    assert.ok(!validateSettings({ rules: { 'retention/audit-log': 'warning' } }));
    assert.ok(!validateSettings({ rules: { 'retention/telemetry': 'loud' } }));
    assert.ok(!validateSettings({ edition: '2019' }));
  });
});
