/**
 * The format check (format/check.ts) beyond the messages (rules/<area>/messages.test.ts):
 * the edition a file is checked as, the last of repeated keys, large objects and arrays (their
 * own code paths past 16 members), suggestions that would repeat a value, and checking again
 * only what an edit changed (recheck), which must give what a whole check gives: a few
 * deterministic edits here; test/unit/parse/incremental.test.ts has thousands of random ones.
 */
import * as assert from 'assert';
import { lint, parseDocument } from '../../../server/src/engine';
import { checkFormat, editionOf } from '../../../server/src/engine/format/check';
import { changeBetween, reparse } from '../../../server/src/engine/incremental';
import { lintDocument } from '../../../server/src/engine/lint';
import { configText } from '../helpers/config';

const TODAY = '2026-11-23';

/** The findings of a text as `kind path` lines, in order. */
function findings(text: string, edition: '2018-05' | '2020-09' = '2020-09'): string[] {
  return checkFormat(parseDocument(text).root, edition).findings.map((f) => {
    const path = 'path' in f ? f.path : f.kind === 'missing' ? [...f.parent.path, f.key] : f.target.path;
    return `${f.kind} ${JSON.stringify(path)}`;
  });
}

describe('format check: the edition a file is checked as', () => {
  const root = (text: string) => parseDocument(text).root;
  const cases: [string, string, string][] = [
    ['a known edition', '{ "policyEdition": "2018-05" }', '2018-05'],
    ['the last of a repeated key', '{ "policyEdition": "2020-09", "policyEdition": "2018-05" }', '2018-05'],
    ['the last of a repeated key, even of the wrong type', '{ "policyEdition": "2018-05", "policyEdition": 1 }', 'default'],
    ['no policyEdition', '{ "tenant": {} }', 'default'],
    ['not a string', '{ "policyEdition": 2018 }', 'default'],
    ['an unknown edition: 2020-09, whatever the default', '{ "policyEdition": "2019" }', '2020-09'],
    ['a key without a value', '{ "policyEdition": }', 'default'],
    ['not an object', '["2018-05"]', 'default'],
    ['an empty object', '{}', 'default'],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      assert.strictEqual(editionOf(root(text), '2018-05'), expected === 'default' ? '2018-05' : expected);
      assert.strictEqual(editionOf(root(text), '2020-09'), expected === 'default' ? '2020-09' : expected);
    });
  }
  it('no document', () => assert.strictEqual(editionOf(undefined, '2018-05'), '2018-05'));
  it('nothing to check without a root', () => assert.deepStrictEqual(checkFormat(undefined, '2020-09'), { root: undefined, findings: [] }));
});

describe('format check: repeated keys and large containers', () => {
  const many = (n: number, extra: string) => `{ ${Array.from({ length: n }, (_, i) => `"k${i}": ${i}`).join(', ')}${extra} }`;

  it('a repeated key among 17 properties (the set, not the scan): each later occurrence', () => {
    const text = many(17, ', "k3": 1, "k3": 2');
    assert.deepStrictEqual(findings(text).filter((f) => f.startsWith('duplicate')), ['duplicate-key ["k3"]', 'duplicate-key ["k3"]']);
  });

  it('no repeated key among 17 properties: none', () => {
    assert.deepStrictEqual(findings(many(17, '')).filter((f) => f.startsWith('duplicate')), []);
  });

  it('a repeated key in a small object, the first key repeated last', () => {
    assert.deepStrictEqual(findings('{ "tenant": 1, "stores": [], "tenant": {} }').filter((f) => f.startsWith('duplicate')), ['duplicate-key ["tenant"]']);
  });

  it('the last occurrence of a known key is the one checked', () => {
    const text = configText('2020-09', () => undefined).replace('"auditLogs": 365', '"auditLogs": "x", "auditLogs": 365');
    assert.deepStrictEqual(findings(text), ['duplicate-key ["retention","auditLogs"]']);
    const bad = configText('2020-09', () => undefined).replace('"auditLogs": 365', '"auditLogs": 365, "auditLogs": "x"');
    assert.deepStrictEqual(findings(bad), ['duplicate-key ["retention","auditLogs"]', 'type ["retention","auditLogs"]']);
  });

  it('an unknown key is not suggested a key the object already has (small and with repeats)', () => {
    assert.deepStrictEqual(lint('{ "tenant": {}, "tenat": 1 }').diagnostics.filter((d) => d.rule === 'schema/unknown-property').map((d) => d.message), [
      'Unknown property "tenat". Allowed here: "$schema", "policyEdition", "tenant", "residency", "stores", "retention", "deletion", "processing", "restrictProcessing".',
    ]);
    assert.deepStrictEqual(lint('{ "tenant": {}, "tenat": 1, "tenat": 2 }').diagnostics.filter((d) => d.rule === 'schema/unknown-property').map((d) => d.message.slice(0, 40)), [
      'Unknown property "tenat". Allowed here: ',
      'Unknown property "tenat". Allowed here: ',
    ]);
  });

  it('a repeated category among 18 (the set, not the scan): each later one, on it', () => {
    const data = ['personal', 'service', ...Array.from({ length: 16 }, (_, i) => (i % 2 ? 'personal' : 'auditLogs'))];
    const text = configText('2020-09', (c) => { c.stores[0].data = data; });
    const repeated = data.map((v, i) => (data.indexOf(v) < i ? i : -1)).filter((i) => i >= 0);
    assert.deepStrictEqual(findings(text), repeated.map((i) => `type ["stores",0,"data",${i}]`));
  });

  it('a suggestion that would repeat a category already listed is dropped', () => {
    const fixes = (data: string[]) => lint(configText('2020-09', (c) => { c.stores[0].data = data; })).diagnostics
      .filter((d) => d.rule === 'schema/type').map((d) => [d.path, d.fixes.map((f) => f.title)]);
    assert.deepStrictEqual(fixes(['service', 'servic']), [[['stores', 0, 'data', 1], []]]);
    assert.deepStrictEqual(fixes(['servic', 'service']), [[['stores', 0, 'data', 0], []]]);
    assert.deepStrictEqual(fixes(['personal', 'servic']), [[['stores', 0, 'data', 1], ['Change to "service"']]]);
  });

  it('an invalid category is not counted as listed', () => {
    assert.deepStrictEqual(findings(configText('2020-09', (c) => { c.stores[0].data = [1, 1, 'personal']; })), [
      'type ["stores",0,"data",0]', 'type ["stores",0,"data",1]',
    ]);
  });

  it('a migration in 2018-05 is not checked (migration/edition reports it)', () => {
    const text = configText('2018-05', (c) => { c.residency.migration = { targetGeography: 12 }; });
    assert.deepStrictEqual(findings(text, '2018-05'), []);
  });

  it('nothing inside an unknown property is checked', () => {
    assert.deepStrictEqual(findings(configText('2020-09', (c) => { c.extra = { policyEdition: 1, tenant: 2 }; })), ['unknown-property ["extra"]']);
  });
});

describe('format check: checking again only what an edit changed', () => {
  const base = configText('migration', (c) => {
    c.stores.push({ id: 'third', kind: 'azureStorage', geography: 'germany', data: ['service'] });
    c.extra = { note: 1 };
  });
  /** Edits as [find, replace] on the base text (first occurrence). */
  const edits: [string, string, string][] = [
    ['a value in a store becomes invalid', '"kind": "sqlAzure"', '"kind": "sqlazure"'],
    ['a retention value', '"auditLogs": 365', '"auditLogs": 400'],
    ['a value becomes valid again', '"telemetry": 30', '"telemetry": "P30D"'],
    ['a store inserted before others (their paths shift)', '    {\n      "id": "logs"', '    { "id": "new", "kind": "other", "geography": "mars", "data": [] },\n    {\n      "id": "logs"'],
    ['a store removed', '    {\n      "id": "third",\n      "kind": "azureStorage",\n      "geography": "germany",\n      "data": [\n        "service"\n      ]\n    }', '    3'],
    ['a category repeated (a distinct array)', '"service",\n        "auditLogs"', '"service",\n        "service"'],
    ['inside an unknown property', '"note": 1', '"note": 2'],
    ['a migration value', '"additionalCost": 0', '"additionalCost": -1'],
    ['a key renamed', '"targetGeography"', '"targetGeografy"'],
    ['an object emptied', '"processing": {\n    "isoCertified": true,', '"processing": {\n'],
    ['a property added', '"auditLogs": 365', '"auditLogs": 365, "x": 1'],
    ['a property duplicated', '"auditLogs": 365', '"auditLogs": 365, "auditLogs": 1'],
    ['an element of purposes', '"support"', '"supprt"'],
  ];
  for (const [name, find, replace] of edits) {
    it(name, () => {
      assert.ok(base.includes(find), `test setup: ${find}`);
      const text = base.replace(find, replace);
      const previous = parseDocument(base);
      lintDocument(previous, { today: TODAY }); // analysed, as the server does before the next edit
      const change = changeBetween(base, text)!;
      const next = reparse(previous, text, change) ?? parseDocument(text);
      assert.deepStrictEqual(lintDocument(next, { today: TODAY }), lintDocument(parseDocument(text), { today: TODAY }));
    });
  }
});
