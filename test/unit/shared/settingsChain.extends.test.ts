import * as assert from 'assert';
import { clean, lintWith, loadVirtual, optionsOf, where } from '../helpers/organization';
import { lint } from '../../../server/src/engine';

describe('organization policy: extends (SPEC section 10, sharing)', () => {
  const BASE = JSON.stringify({
    edition: '2018-05',
    rules: { 'retention/audit-logs': ['error', { maxDays: 180 }], 'processing/iso': 'warning' },
    policies: [{ id: 'acme/eu', message: 'EU only.', given: '$.stores[*].geography', schema: { enum: ['europe', 'germany'] } }],
  });

  it('merges rule by rule: an entry with only a severity keeps the options; policies are added; edition is overridden', () => {
    const loaded = loadVirtual(
      {
        'shared/base.json': BASE,
        'team/privacy-lint.config.json': JSON.stringify({
          extends: '../shared/base.json',
          edition: '2020-09',
          rules: { 'retention/audit-logs': 'warning', 'acme/eu': 'hint' },
          policies: [{ id: 'acme/no-other', message: 'No other stores.', given: '$.stores[*].kind', schema: { not: { const: 'other' } } }],
        }),
      },
      'team/privacy-lint.config.json',
    );
    assert.deepStrictEqual(loaded.problems, []);
    assert.strictEqual(loaded.settings.edition, '2020-09');
    assert.deepStrictEqual(loaded.settings.rules, { 'retention/audit-logs': 'warning', 'processing/iso': 'warning', 'acme/eu': 'hint' });
    assert.deepStrictEqual(loaded.settings.ruleOptions, { 'retention/audit-logs': { maxDays: 180 } });
    assert.deepStrictEqual(
      loaded.settings.policies!.map((p) => p.meta.id),
      ['acme/eu', 'acme/no-other'],
    );
    const config = clean();
    const found = lintWith(config, loaded.settings).filter((d) => d.rule === 'acme/eu' || d.rule === 'retention/audit-logs');
    assert.deepStrictEqual(
      found.map((d) => `${d.rule}:${d.severity}`),
      ['acme/eu:hint', 'retention/audit-logs:warning'],
    );
  });

  it("an entry with options replaces the extended file's options", () => {
    const loaded = loadVirtual({
      'base.json': BASE,
      'privacy-lint.config.json': '{ "extends": "./base.json", "rules": { "retention/audit-logs": ["error", { "maxDays": 90 }] } }',
    });
    assert.deepStrictEqual(loaded.settings.ruleOptions, { 'retention/audit-logs': { maxDays: 90 } });
  });

  it('a cycle is an error, at the "extends" that closes it', () => {
    const loaded = loadVirtual({
      'privacy-lint.config.json': '{ "extends": "a.json" }',
      'a.json': '{\n  "extends": "./privacy-lint.config.json"\n}',
    });
    assert.deepStrictEqual(loaded.settings, {});
    assert.deepStrictEqual(
      loaded.problems.map((p) => `${p.file?.replace(/.*[\\/]/, '')} ${where(p)}`),
      [
        'a.json 2:14 "extends" makes a cycle (privacy-lint.config.json -> a.json -> privacy-lint.config.json); a settings file cannot extend itself, directly or not.',
      ],
    );
  });

  it('the same policy id in two files of the chain is an error, in the later file', () => {
    const loaded = loadVirtual({
      'base.json': BASE,
      'privacy-lint.config.json': '{ "extends": "base.json",\n  "policies": [{ "id": "acme/eu", "message": "again", "given": "$", "schema": true }] }',
    });
    assert.deepStrictEqual(
      loaded.problems.map((p) => `${p.file?.replace(/.*[\\/]/, '')} ${where(p)}`),
      ['privacy-lint.config.json 2:24 The policy id "acme/eu" is used twice in this chain of settings files; each policy needs its own id.'],
    );
  });

  it('a file not found is an error at "extends"; problems of an extended file are reported in that file', () => {
    const missing = loadVirtual({ 'privacy-lint.config.json': '{ "extends": "nope.json" }' });
    assert.deepStrictEqual(missing.problems.map(where), ['1:14 "extends" names "nope.json", which does not exist.']);
    const broken = loadVirtual({ 'privacy-lint.config.json': '{ "extends": "base.json" }', 'base.json': '{ "rules": { "x/y": "off" } }' });
    assert.deepStrictEqual(
      broken.problems.map((p) => `${p.file?.replace(/.*[\\/]/, '')} ${where(p)}`),
      ['base.json 1:14 Unknown rule "x/y"; a rule id is a built-in rule or the id of a policy.'],
    );
  });

  it('a severity for a policy of the extended file is known; the result lints like the CLI', () => {
    const loaded = loadVirtual({ 'base.json': BASE, 'privacy-lint.config.json': '{ "extends": "base.json", "rules": { "acme/eu": "off" } }' });
    assert.deepStrictEqual(loaded.problems, []);
    assert.ok(!lint(JSON.stringify(clean()), optionsOf(loaded.settings)).diagnostics.some((d) => d.rule === 'acme/eu'));
  });
});
