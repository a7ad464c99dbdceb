/**
 * A repository is untrusted input (SPEC section 9): the hostile shapes of bench/hostile.mjs (which
 * times them at 1x, 4x and 16x) give the right findings. Correctness only: no test asserts on time.
 */
import * as assert from 'assert';
import { lint, LineIndex, type Diagnostic } from '../../../server/src/engine';
import { applyEdits } from '../../../server/src/engine/applyFixes';

const head = `{
  "policyEdition": "2020-09",
  "tenant": { "id": "t", "signupCountry": "DE" },
  "residency": { "geography": "germany" },
  "retention": { "auditLogs": "P1Y" },
  "deletion": { "active": { "enabled": true, "purgeWithinDays": 30 }, "passive": { "enabled": true, "purgeWithinDays": 30 } },
  "processing": { "isoCertified": true, "purposes": [] },`;
const repeat = (n: number, each: (i: number) => string) => Array.from({ length: n }, (_, i) => each(i));

/** The shapes of bench/hostile.mjs. */
const SHAPES = {
  unknownKeys: (n: number) => `${head}\n  "stores": [],\n  "extra": 1, ${repeat(n, (i) => `"k${i}": ${i}`).join(', ')}\n}`,
  duplicateKeys: (n: number) => `${head}\n  "stores": [],\n  ${repeat(n, (i) => `"auditLog": ${i}`).join(',\n  ')}\n}`,
  disableComments: (n: number) =>
    `${head}\n  "stores": [],\n${repeat(n, (i) => `  // privacy-lint-disable-next-line schema/unknown-property -- PRIV-${i}\n  "u${i}": 1`).join(',\n')}\n}`,
  disableNames: (n: number) => `// privacy-lint-disable-file ${repeat(n, (i) => `no/rule-${i}`).join(', ')} -- legacy\n${head}\n  "stores": []\n}`,
  stores: (n: number) =>
    `${head}\n  "stores": [\n${repeat(n, (i) => `    { "id": "s-${i >> 1}", "kind": "sqlAzure", "geography": "asiaPacific", "data": ["personal", "personal"] }`).join(',\n')}\n  ]\n}`,
  dataRepeats: (n: number) =>
    `${head}\n  "stores": [{ "id": "s", "kind": "sqlAzure", "geography": "germany", "data": [${repeat(n, () => '"personal"').join(', ')}] }]\n}`,
  deepNesting: (n: number) => `${head}\n  "stores": [],\n  "deep": ${'['.repeat(n)}${']'.repeat(n)}\n}`,
};

const N = 400;
const OPTIONS = { today: '2026-06-01' };

function byRule(diagnostics: readonly Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of diagnostics) counts[d.rule] = (counts[d.rule] ?? 0) + 1;
  return counts;
}

/** The range of the `nth` occurrence of `needle` (tests may search the text; the engine may not). */
function rangeOf(text: string, needle: string, nth = 0) {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, needle);
  return new LineIndex(text).rangeOf(offset, needle.length);
}

describe('hostile shapes: the findings, at a size where a quadratic engine would still finish', () => {
  it(`one object with ${N} unknown keys: one schema/unknown-property per key, on the key`, () => {
    const text = SHAPES.unknownKeys(N);
    const { diagnostics } = lint(text, OPTIONS);
    assert.deepStrictEqual(byRule(diagnostics), { 'schema/unknown-property': N + 1 });
    const last = diagnostics.find((d) => d.path[0] === `k${N - 1}`)!;
    assert.deepStrictEqual(last.path, [`k${N - 1}`]);
    assert.deepStrictEqual(last.range, rangeOf(text, `"k${N - 1}"`));
    assert.match(last.message, /^Unknown property "k399"\. Allowed here: "\$schema", "policyEdition", /);
  });

  it(`one key given ${N} times: each an unknown property, each after the first a duplicate whose fix removes that occurrence only`, () => {
    const text = SHAPES.duplicateKeys(N);
    const { diagnostics } = lint(text, OPTIONS);
    assert.deepStrictEqual(byRule(diagnostics), { 'schema/unknown-property': N, 'schema/duplicate-key': N - 1 });
    const duplicates = diagnostics.filter((d) => d.rule === 'schema/duplicate-key');
    assert.deepStrictEqual(duplicates[0].range, rangeOf(text, '"auditLog"', 1));
    const last = duplicates[duplicates.length - 1];
    assert.deepStrictEqual(last.range, rangeOf(text, '"auditLog"', N - 1));
    assert.deepStrictEqual(last.path, ['auditLog']);
    const fixed = applyEdits(text, last.fixes[0].edits);
    assert.strictEqual(fixed, text.replace(`,\n  "auditLog": ${N - 1}`, ''));
  });

  it(`${N} disable-next-line comments: each suppresses the unknown key under it, with its own reason; none is unused`, () => {
    const text = SHAPES.disableComments(N);
    const { diagnostics } = lint(text, OPTIONS);
    assert.deepStrictEqual(byRule(diagnostics), { 'schema/unknown-property': N });
    diagnostics.forEach((d) => assert.deepStrictEqual(d.suppression, { kind: 'inSource', justification: `PRIV-${String(d.path[0]).slice(1)}` }));
  });

  it(`a disable-file comment naming ${N} rules that are not rules: each reported as not a rule; as none is left, its fix removes the comment`, () => {
    const text = SHAPES.disableNames(N);
    const { diagnostics } = lint(text, OPTIONS);
    assert.deepStrictEqual(byRule(diagnostics), { 'suppression/unused': N });
    const last = diagnostics[diagnostics.length - 1];
    assert.deepStrictEqual([last.path, last.range], [[], rangeOf(text, `no/rule-${N - 1}`)]);
    assert.match(last.message, /^"no\/rule-399" is not a rule/);
    assert.ok(applyEdits(text, last.fixes[last.fixes.length - 1].edits) === text.slice(text.indexOf('\n') + 1), 'the fix removes the comment line');
  });

  it(`${N} stores: each outside the elected geography, every other one a duplicate id, each with a repeated category`, () => {
    const text = SHAPES.stores(N);
    const { diagnostics } = lint(text, OPTIONS);
    assert.deepStrictEqual(byRule(diagnostics), { 'residency/store-geography': N, 'stores/duplicate-id': N / 2, 'schema/type': N });
    const duplicate = diagnostics.filter((d) => d.rule === 'stores/duplicate-id').pop()!;
    assert.deepStrictEqual(duplicate.path, ['stores', N - 1, 'id']);
    assert.match(duplicate.message, new RegExp(`already used by stores\\[${N - 2}\\]`));
  });

  it(`one store listing a category ${N} times: each repeat reported on itself`, () => {
    const text = SHAPES.dataRepeats(N);
    const { diagnostics } = lint(text, OPTIONS);
    assert.deepStrictEqual(byRule(diagnostics), { 'schema/type': N - 1 });
    assert.deepStrictEqual(diagnostics[diagnostics.length - 1].path, ['stores', 0, 'data', N - 1]);
  });

  it('arrays nested 2,000 deep inside an unknown property: only the unknown property', () => {
    const text = SHAPES.deepNesting(2000);
    const { diagnostics } = lint(text, OPTIONS);
    assert.deepStrictEqual(
      diagnostics.map((d) => [d.rule, d.path]),
      [['schema/unknown-property', ['deep']]],
    );
  });
});
