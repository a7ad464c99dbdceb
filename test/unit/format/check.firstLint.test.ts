/**
 * The first lint in a process. The format check remembers per process what it derives from the
 * format and from values seen before (each enum's list of allowed values, the suggestions for a
 * wrong enum value, an empty list of candidates): a lint in a fresh copy of the engine, where
 * nothing is remembered yet, must tell the user what a warm one tells, the first time a value is
 * seen and again when it comes back.
 *
 * Only the engine's public entry (`lint`) is used, so these tests hold wherever the check's code
 * lives inside the engine.
 */
import * as assert from 'assert';
import * as path from 'path';
import { applyEdits, lint as warmLint, type LintOptions } from '../../../server/src/engine';
import { configText } from '../helpers/config';

type Engine = typeof import('../../../server/src/engine');

const OPTIONS: LintOptions = { today: '2026-11-23' };

/**
 * A copy of the engine with nothing remembered: its modules are loaded again, except the rules,
 * the policy helpers, the suppression comments and the fix builder, which keep no state between
 * lints. (Those are mutated by Stryker too: loading them again inside a test would make the
 * mutants of their module-level data count as covered by this test alone.)
 */
function freshEngine(): Engine {
  const engineDir = path.dirname(require.resolve('../../../server/src/engine'));
  const stateless = /[\\/]engine[\\/](?:rules[\\/]|policy[\\/]|suppressions\.js$|fixBuilder\.js$)/;
  const warm = new Map<string, NodeModule>();
  for (const id of Object.keys(require.cache)) {
    if (!id.startsWith(engineDir + path.sep) || stateless.test(id)) continue;
    warm.set(id, require.cache[id]!);
    delete require.cache[id];
  }
  try {
    return require(engineDir) as Engine;
  } finally {
    for (const [id, module] of warm) require.cache[id] = module;
  }
}

/** What a user sees of one rule's diagnostics: path, the text covered, message, fix titles with their preferred flag. */
function shown(lint: Engine['lint'], rule: string, text: string) {
  return lint(text, OPTIONS)
    .diagnostics.filter((d) => d.rule === rule)
    .map((d) => ({
      path: d.path,
      covers: text.slice(d.offset, d.offset + d.length),
      message: d.message,
      fixes: d.fixes.map((f) => `${f.title}${f.preferred ? ' (preferred)' : ''}`),
    }));
}

const KINDS = 'allowed: "sqlAzure", "reliableCollections", "azureStorage", "telemetry", "other".';

describe('format check: the first lint in a process', () => {
  // Two stores of the same wrong kind, differing from an allowed kind only in case: the second is
  // answered from what the first taught the check.
  const wrongKinds = configText('2020-09', (c) => {
    c.tenant.subscription = 'ACTIVE';
    c.stores[0].kind = 'SQLAZURE';
    c.stores[1].kind = 'SQLAZURE';
  });
  const expectedKinds = [
    {
      path: ['tenant', 'subscription'],
      covers: '"ACTIVE"',
      message: '`tenant.subscription` is "ACTIVE"; allowed: "active", "ended".',
      fixes: ['Change to "active" (preferred)'],
    },
    { path: ['stores', 0, 'kind'], covers: '"SQLAZURE"', message: `\`stores[0].kind\` is "SQLAZURE"; ${KINDS}`, fixes: ['Change to "sqlAzure" (preferred)'] },
    { path: ['stores', 1, 'kind'], covers: '"SQLAZURE"', message: `\`stores[1].kind\` is "SQLAZURE"; ${KINDS}`, fixes: ['Change to "sqlAzure" (preferred)'] },
  ];

  it('a wrong enum value: the allowed values listed, the value of another case suggested, the first time and again', () => {
    const { lint } = freshEngine();
    assert.deepStrictEqual(shown(lint, 'schema/type', wrongKinds), expectedKinds);
    // A second lint of the same engine: every list and suggestion now remembered.
    assert.deepStrictEqual(shown(lint, 'schema/type', wrongKinds), expectedKinds);
    assert.deepStrictEqual(shown(warmLint, 'schema/type', wrongKinds), expectedKinds);
  });

  it("a suggestion is each finding's own: fixing one value leaves the other's fix as it was", () => {
    const engine = freshEngine();
    const [first, second] = engine.lint(wrongKinds, OPTIONS).diagnostics.filter((d) => d.rule === 'schema/type' && d.path[0] === 'stores');
    const fixed = applyEdits(wrongKinds, first.fixes[0].edits);
    assert.strictEqual(fixed, wrongKinds.replace('"SQLAZURE"', '"sqlAzure"'));
    assert.strictEqual(applyEdits(fixed, second.fixes[0].edits), wrongKinds.replace(/"SQLAZURE"/g, '"sqlAzure"'));
    assert.deepStrictEqual(
      shown(engine.lint, 'schema/type', fixed).map((d) => d.path),
      [
        ['tenant', 'subscription'],
        ['stores', 1, 'kind'],
      ],
    );
  });

  it('an unknown key in an object that has every known key: nothing to suggest, the known keys listed', () => {
    const text = configText('2020-09', (c) => {
      c.deletion.active.purgeWithin = 30;
    });
    const expected = [
      {
        path: ['deletion', 'active', 'purgeWithin'],
        covers: '"purgeWithin"',
        message: 'Unknown property "purgeWithin". Allowed here: "enabled", "purgeWithinDays".',
        fixes: [],
      },
    ];
    const { lint } = freshEngine();
    assert.deepStrictEqual(shown(lint, 'schema/unknown-property', text), expected);
    assert.deepStrictEqual(shown(warmLint, 'schema/unknown-property', text), expected);
  });

  it('a fresh engine finds what a warm one finds, finding for finding, in both editions', () => {
    const texts = [
      wrongKinds,
      configText('2018-05', (c) => {
        c.stores[0].kind = 'blob';
        c.stores[1].data = ['PERSONAL', 'personal'];
        c.residency.geography = 'germany';
        delete c.restrictProcessing;
      }),
      configText('migration', (c) => {
        c.residency.migration.target = 'Germany';
        c.tenant.subscription = 'endd';
        c.extra = true;
      }),
    ];
    const { lint } = freshEngine();
    for (const text of texts) {
      const all = (l: Engine['lint']) => l(text, OPTIONS).diagnostics.map((d) => [d.rule, d.path, d.offset, d.length, d.message, d.fixes.map((f) => f.title)]);
      const expected = all(warmLint);
      assert.ok(expected.length >= 3, `the document has findings:\n${text}`);
      assert.deepStrictEqual(all(lint), expected, text);
    }
  });
});
