import * as assert from 'assert';
import { parse } from 'jsonc-parser';
import { CompletionItem, FoldingRangeKind, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol/node';
import { ruleById } from '../../server/src/engine';
import { BROKEN } from './fixtures';
import { withOpenDocument } from './lspClient';

function markdown(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  return (hover.contents as MarkupContent).value;
}

/** The position of the `nth` occurrence of `needle` in `text`, plus `delta` characters. */
function at(text: string, needle: string, delta = 1, nth = 0): [number, number] {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `"${needle}" in the text`);
  const before = text.slice(0, offset + delta);
  const line = before.split('\n').length - 1;
  return [line, before.length - before.lastIndexOf('\n') - 1];
}

function labels(items: CompletionItem[]): string[] {
  return items.map((i) => i.label);
}

describe('server: language features', function () {
  const doc = withOpenDocument('features.privacy.jsonc', BROKEN);
  const { uri, ws } = doc;

  describe('hover', () => {
    it('on a key: what it is, type, default, allowed values, editions', async () => {
      const text = markdown(await doc.client.hover(uri, ...at(BROKEN, '"dataResidencyRequired"')));
      assert.match(text, /\*\*tenant\.dataResidencyRequired\*\*/);
      assert.match(text, /Whether the tenant requires its Customer Data at rest in its home geography/);
      assert.match(text, /Type: boolean/);
      assert.match(text, /Default: `false`/);
      assert.match(text, /Editions: all/);
      const migration = markdown(await doc.client.hover(uri, ...at(BROKEN, '"migration"')));
      assert.match(migration, /Editions: 2020-09/);
      const kind = markdown(await doc.client.hover(uri, ...at(BROKEN, '"kind"')));
      assert.match(kind, /Allowed values: `"sqlAzure"`, `"reliableCollections"`, `"azureStorage"`, `"telemetry"`, `"other"`/);
    });

    it('on a value with a diagnostic: the rule, why (policy section) and the fix, from the rule metadata', async () => {
      const text = markdown(await doc.client.hover(uri, ...at(BROKEN, '"P2Y"')));
      const meta = ruleById('retention/audit-logs')!.meta;
      assert.ok(text.includes(meta.summary), text);
      assert.ok(text.includes(meta.rationale));
      assert.ok(text.includes(meta.policySection));
      assert.ok(text.includes(meta.fix!.replace(/\.$/, '')));
      assert.match(text, /`"P2Y"` is \*\*730 days\*\*/, 'and the duration in days');
    });

    it("on signupCountry: the country name and its home geography in the file's edition", async () => {
      const text = markdown(await doc.client.hover(uri, ...at(BROKEN, '"DE"')));
      assert.match(text, /\*\*Germany\*\* \(DE\): home geography `germany` in edition 2020-09/);
    });

    it('on a duration: its days; on migration.deadline: the latest allowed date', async () => {
      assert.match(markdown(await doc.client.hover(uri, ...at(BROKEN, '"P30D"'))), /\*\*30 days\*\*/);
      assert.match(markdown(await doc.client.hover(uri, ...at(BROKEN, '"2028-12-31"'))), /Latest allowed deadline: \*\*2028-06-30\*\*/);
    });

    it('on a disable comment: the rules it names', async () => {
      const text = `// privacy-lint-disable-file processing/purpose, retention/audit-logs -- reviewed\n${BROKEN}`;
      const other = ws.uri('comment.privacy.jsonc');
      await doc.client.open(other, text);
      const hover = markdown(await doc.client.hover(other, 0, 10));
      assert.match(hover, /Disables `processing\/purpose`, `retention\/audit-logs` in this file/);
      assert.ok(hover.includes(ruleById('processing/purpose')!.meta.summary));
      await doc.client.close(other);
    });
  });

  describe('completion', () => {
    const other = ws.uri('complete.privacy.jsonc');
    afterEach(async () => {
      if (doc.client.texts.has(other)) await doc.client.close(other);
    });

    it('offers the keys allowed at the cursor and not yet present, with a snippet of the value', async () => {
      const text = '{\n  "tenant": { "id": "x",  }\n}';
      await doc.client.open(other, text);
      const list = await doc.client.completion(other, 1, 26);
      assert.deepStrictEqual(labels(list.items).sort(), ['dataResidencyRequired', 'signupCountry', 'subscription']);
      const subscription = list.items.find((i) => i.label === 'subscription')!;
      assert.strictEqual((subscription.textEdit as TextEdit).newText, '"subscription": "${1|active,ended|}"');
      assert.strictEqual(subscription.insertTextFormat, 2);
    });

    it("offers enum values, and geography ids of the file's edition", async () => {
      const text = '{\n  "policyEdition": "2018-05",\n  "residency": { "geography": "" },\n  "stores": [{ "kind": "" }]\n}';
      await doc.client.open(other, text);
      assert.deepStrictEqual(labels((await doc.client.completion(other, 2, 31)).items), ['northAmerica', 'europe', 'asiaPacific']);
      assert.deepStrictEqual(labels((await doc.client.completion(other, 3, 24)).items), [
        'sqlAzure',
        'reliableCollections',
        'azureStorage',
        'telemetry',
        'other',
      ]);
      await doc.client.change(other, text.replace('2018-05', '2020-09'));
      assert.ok(labels((await doc.client.completion(other, 2, 31)).items).includes('germany'));
    });

    it('offers ISO country codes with their names', async () => {
      await doc.client.open(other, '{ "tenant": { "signupCountry": "" } }');
      const items = (await doc.client.completion(other, 0, 32)).items;
      assert.strictEqual(items.length, 249);
      const de = items.find((i) => i.label === 'DE')!;
      assert.strictEqual(de.detail, 'Germany');
      assert.strictEqual((de.textEdit as TextEdit).newText, '"DE"');
    });

    it('offers rule ids inside a disable comment', async () => {
      await doc.client.open(other, '// privacy-lint-disable-next-line retention/audit-logs, \n{}');
      const items = labels((await doc.client.completion(other, 0, 56)).items);
      assert.ok(items.includes('retention/telemetry'));
      assert.ok(!items.includes('retention/audit-logs'), 'not the rule already named');
      assert.ok(!items.includes('syntax') && !items.some((i) => i.startsWith('suppression/')), 'only rules a comment can disable');
    });
  });

  it('inlay hints: days after a duration string, the latest deadline after requestPeriodEnds, the home geography after signupCountry', async () => {
    const hints = (await doc.client.inlayHints(uri)) ?? [];
    const shown = hints.map((h) => `${h.position.line}:${h.position.character} ${h.label as string}`);
    assert.deepStrictEqual(shown, ['5:25 home: germany', '12:39 latest deadline: 2028-06-30', '25:23 = 30 days', '26:22 = 730 days']);
  });

  it('document symbols: tenant, residency and migration, stores by id, retention, deletion scenarios, processing', async () => {
    const symbols = await doc.client.symbols(uri);
    assert.deepStrictEqual(
      symbols.map((s) => s.name),
      ['policyEdition', 'tenant', 'residency', 'stores', 'retention', 'deletion', 'processing'],
    );
    const byName = (name: string) => symbols.find((s) => s.name === name)!;
    assert.ok(byName('residency').children!.some((c) => c.name === 'migration'));
    assert.deepStrictEqual(
      byName('stores').children!.map((c) => [c.name, c.detail]),
      [
        ['sql-1', 'sqlAzure · germany'],
        ['blob-1', 'azureStorage · northAmerica'],
      ],
    );
    assert.deepStrictEqual(
      byName('deletion').children!.map((c) => c.name),
      ['active', 'passive'],
    );
    assert.deepStrictEqual(byName('tenant').selectionRange, { start: { line: 3, character: 2 }, end: { line: 3, character: 10 } });
  });

  it('folding ranges: objects, arrays and block comments', async () => {
    const ranges = await doc.client.folding(uri);
    assert.ok(
      ranges.some((r) => r.startLine === 1 && r.endLine === 35),
      'the root object',
    );
    assert.ok(
      ranges.some((r) => r.startLine === 10 && r.endLine === 15),
      'the migration object',
    );
    assert.ok(
      ranges.some((r) => r.startLine === 18 && r.endLine === 20),
      'the stores array',
    );
    assert.ok(
      ranges.some((r) => r.startLine === 22 && r.endLine === 23 && r.kind === FoldingRangeKind.Comment),
      'the block comment',
    );
  });

  it('formatting keeps comments and only changes whitespace', async () => {
    const messy = ws.uri('messy.privacy.jsonc');
    const text = '// header\n{"tenant":{ "id" :"x",/* kept */"signupCountry":"DE"},\n"stores":[ ]}';
    await doc.client.open(messy, text);
    const formatted = doc.client.apply(messy, await doc.client.formatting(messy));
    assert.strictEqual(formatted, '// header\n{\n  "tenant": {\n    "id": "x", /* kept */\n    "signupCountry": "DE"\n  },\n  "stores": []\n}');
    assert.deepStrictEqual(parse(formatted), parse(text));
    await doc.client.close(messy);
  });
});
