import * as assert from 'assert';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { parse } from 'jsonc-parser';
import { RULES, type Edition } from '../../../server/src/engine';
import { doComplete } from '../../../server/src/engine';
import { applyLspEdits, withCursor } from './helpers';

function complete(marked: string, edition: Edition = '2020-09'): { items: CompletionItem[]; text: string } {
  const { doc, position, text } = withCursor(marked);
  return { items: doComplete(doc, position, edition).items, text };
}

function labels(marked: string, edition?: Edition): string[] {
  return complete(marked, edition).items.map((i) => i.label);
}

/** Applies an item's edits with its snippet placeholders reduced to their first choice or default. */
function accept(marked: string, label: string, edition?: Edition): string {
  const { items, text } = complete(marked, edition);
  const item = items.find((i) => i.label === label);
  assert.ok(item, `"${label}" among ${items.map((i) => i.label).join(',')}`);
  const expand = (s: string) =>
    s
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, '');
  const main = item.textEdit as TextEdit;
  return applyLspEdits(text, [{ ...main, newText: expand(main.newText) }, ...(item.additionalTextEdits ?? [])]);
}

describe('language: completion', () => {
  it('offers the root keys not yet present, required ones first', () => {
    const items = complete('{\n  "tenant": {},\n  |\n}')
      .items.sort((a, b) => a.sortText!.localeCompare(b.sortText!))
      .map((i) => i.label);
    assert.ok(!items.includes('tenant'));
    assert.deepStrictEqual(items.slice(0, 5), ['residency', 'stores', 'retention', 'deletion', 'processing']);
    assert.ok(items.includes('policyEdition') && items.includes('restrictProcessing') && items.includes('$schema'));
  });

  it("offers keys of the object at the cursor, and only the edition's (no migration in 2018-05)", () => {
    assert.deepStrictEqual(labels('{ "residency": { "geography": "europe", | } }', '2020-09'), ['migration']);
    assert.deepStrictEqual(labels('{ "residency": { "geography": "europe", | } }', '2018-05'), []);
    assert.deepStrictEqual(labels('{ "stores": [ { "id": "a", | } ] }'), ['kind', 'geography', 'data']);
  });

  it('completes the key being typed, with a snippet of its value, and a comma before the next property', () => {
    assert.strictEqual(accept('{ "tenant": { "sub|" } }', 'subscription'), '{ "tenant": { "subscription": "active" } }');
    assert.strictEqual(accept('{ "tenant": { "sub|"\n  "id": "x" } }', 'subscription'), '{ "tenant": { "subscription": "active",\n  "id": "x" } }');
    assert.strictEqual(
      accept('{ "tenant": { "sub|": "ended" } }', 'subscription'),
      '{ "tenant": { "subscription": "ended" } }',
      'only the key when a value follows',
    );
    assert.strictEqual(accept('{ "residency": { "ge| } }', 'geography'), '{ "residency": { "geography": "northAmerica" } }', 'a string left open');
  });

  it('after a complete value on a new line: the key, and the comma the previous property lacks', () => {
    const text = accept('{\n  "tenant": { "id": "x" }\n  |\n}', 'residency');
    assert.strictEqual(text, '{\n  "tenant": { "id": "x" },\n  "residency": {\n\t\n}\n}');
  });

  it('offers enum values and booleans', () => {
    assert.deepStrictEqual(labels('{ "tenant": { "subscription": "|" } }'), ['active', 'ended']);
    assert.deepStrictEqual(labels('{ "tenant": { "dataResidencyRequired": | } }'), ['true', 'false']);
    assert.deepStrictEqual(labels('{ "policyEdition": | }'), ['2018-05', '2020-09']);
    assert.strictEqual(accept('{ "stores": [{ "kind": "sql|" }] }', 'sqlAzure'), '{ "stores": [{ "kind": "sqlAzure" }] }');
  });

  it('offers distinct array values not yet listed', () => {
    assert.deepStrictEqual(labels('{ "stores": [{ "data": ["personal", |] }] }'), ['service', 'auditLogs', 'telemetry']);
    assert.deepStrictEqual(labels('{ "restrictProcessing": { "steps": ["export", |] } }'), ['delete']);
    assert.deepStrictEqual(labels('{ "processing": { "purposes": ["support", |] } }'), ['serviceDelivery', 'security', 'legalCompliance']); // never the forbidden purposes
  });

  it("offers the geography ids of the file's edition", () => {
    assert.deepStrictEqual(labels('{ "residency": { "geography": "|" } }', '2018-05'), ['northAmerica', 'europe', 'asiaPacific']);
    const ids = labels('{ "stores": [{ "geography": "|" }] }', '2020-09');
    assert.strictEqual(ids.length, 16);
    assert.ok(ids.includes('southAfrica') && ids.includes('unitedKingdom'));
  });

  it('offers every ISO country code with its name, found by code or name', () => {
    const { items } = complete('{ "tenant": { "signupCountry": "|" } }');
    assert.strictEqual(items.length, 249);
    const ch = items.find((i) => i.label === 'CH')!;
    assert.strictEqual(ch.detail, 'Switzerland');
    assert.strictEqual(ch.filterText, '"CH Switzerland"');
    assert.match((ch.documentation as { value: string }).value, /home geography `switzerland` in edition 2020-09/);
  });

  it('offers rule ids in a disable comment, not the listed ones, not after the reason', () => {
    const all = RULES.map((r) => r.meta.id).filter((id) => id !== 'syntax' && !id.startsWith('suppression/'));
    assert.deepStrictEqual(labels('// privacy-lint-disable-next-line |\n{}'), all);
    assert.deepStrictEqual(labels('/* privacy-lint-disable-file retention/telemetry, ret| */ {}').includes('retention/telemetry'), false);
    assert.strictEqual(
      accept('// privacy-lint-disable-file retention/tel|\n{}', 'retention/telemetry'),
      '// privacy-lint-disable-file retention/telemetry\n{}',
    );
    assert.deepStrictEqual(labels('// privacy-lint-disable-file retention/telemetry -- why |\n{}'), []);
  });

  it('offers the directives at the start of a comment, and nothing in prose', () => {
    assert.deepStrictEqual(labels('// priv|\n{}'), ['privacy-lint-disable-next-line', 'privacy-lint-disable-file']);
    assert.deepStrictEqual(labels('// Owner: the DPO |\n{}'), []);
    assert.deepStrictEqual(labels('// |\n{}'), [], 'not on the space that starts a comment');
  });

  it('an empty file gets a new configuration with every required property of the edition', () => {
    for (const edition of ['2018-05', '2020-09'] as const) {
      const text = accept('|', 'New tenant privacy configuration', edition);
      const config = parse(text);
      assert.strictEqual(config.policyEdition, edition);
      assert.deepStrictEqual(Object.keys(config), [
        'policyEdition',
        'tenant',
        'residency',
        'stores',
        'retention',
        'deletion',
        'processing',
        ...(edition === '2018-05' ? ['restrictProcessing'] : []),
      ]);
      assert.strictEqual('passive' in config.deletion, edition === '2020-09');
    }
  });
});
