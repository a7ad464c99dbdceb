import * as assert from 'assert';
import * as fc from 'fast-check';
import { clean, lintWith, onePolicy, problemsOf, settingsOf } from '../helpers/organization';

describe('organization policy: no settings can stall a lint, and findings do not depend on formatting', function () {
  // A hang guard, not a timing assertion: the test fails if a lint never ends.
  this.timeout(60_000);

  it('a catastrophic pattern such as (a+)+$ runs in linear time (RE2) on 50,000 a\'s and "!"', () => {
    const settings = onePolicy('$.custom', { pattern: '(a+)+$' });
    const config = clean();
    config.custom = `${'a'.repeat(50_000)}!`;
    assert.deepStrictEqual(
      lintWith(config, settings, 'acme/check').map((d) => d.path),
      [['custom']],
    );
    const nested = onePolicy('$.custom', { pattern: '^(a|aa)*(x+x+)+y$' });
    assert.strictEqual(lintWith(config, nested, 'acme/check').length, 1);
  });

  it('a schema nested thousands deep is a settings error (depth limit), never a stack overflow', () => {
    for (const [keyword, depth] of [
      ['not', 1000],
      ['allOf', 1000],
      ['not', 20_000],
    ] as const) {
      let schema = '{}';
      for (let i = 0; i < depth; i++) schema = keyword === 'not' ? `{ "not": ${schema} }` : `{ "allOf": [${schema}] }`;
      const problems = problemsOf(`{ "policies": [{ "id": "acme/deep", "message": "m", "given": "$", "schema": ${schema} }] }`);
      assert.strictEqual(problems.length, 1, problems.join('\n'));
      // Past the JSON parser's own depth the file is refused as nested too deeply; before it, by the schema depth limit.
      assert.match(problems[0], /nest more than 32 deep|nested too deeply to read/);
    }
  });

  it('a deep document with a wide schema completes', () => {
    const settings = onePolicy('$.custom[*]', { items: { anyOf: [{ type: 'number' }, { items: { type: 'number' } }] }, uniqueItems: true });
    const config = clean();
    config.custom = Array.from({ length: 200 }, (_, i) => Array.from({ length: 200 }, (_, j) => [i, j]));
    assert.strictEqual(lintWith(config, settings, 'acme/check').length, 0);
  });

  it("property: a policy's findings (rule, path) do not depend on formatting or key order", () => {
    const settings = settingsOf({
      policies: [
        { id: 'acme/eu', message: 'EU.', given: '$.stores[*]', schema: { properties: { geography: { enum: ['germany', 'europe'] } } } },
        { id: 'acme/short', message: 'Short.', given: '$.retention.*', schema: { maximum: 100 } },
        { id: 'acme/keys', message: 'Keys.', given: '$', schema: { required: ['extra'] } },
      ],
    });
    const value = fc.jsonValue({ maxDepth: 2 });
    const geography = fc.constantFrom('germany', 'europe', 'northAmerica', 3);
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string(), geography, other: value }), { maxLength: 4 }),
        fc.dictionary(fc.constantFrom('telemetry', 'auditLogs', 'x'), fc.oneof(fc.integer({ min: 0, max: 400 }), fc.string())),
        fc.option(value),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (stores, retention, extra, indent, shuffle) => {
          const config = clean();
          config.stores = stores;
          config.retention = retention;
          if (extra !== null) config.extra = extra;
          const findings = (text: string) =>
            lintWith(text, settings)
              .filter((d) => d.rule.startsWith('acme/'))
              .map((d) => `${d.rule} ${JSON.stringify(d.path)}`)
              .sort();
          const reordered = shuffle ? reorder(config) : config;
          assert.deepStrictEqual(findings(JSON.stringify(reordered, null, indent)), findings(JSON.stringify(config)));
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** The same value with every object's keys in reverse order. */
function reorder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorder);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).reverse())
      Object.defineProperty(out, key, { value: reorder((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
