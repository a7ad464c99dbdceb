import * as assert from 'assert';
import { FoldingRangeKind, SymbolKind } from 'vscode-languageserver-types';
import { parseDocument } from '../../../server/src/engine';
import { documentSymbols, foldingRanges, formatDocument, inlayHints } from '../../../server/src/engine';
import { applyLspEdits } from './helpers';

const TEXT = `{
  "tenant": { "id": "t", "signupCountry": "NO" },
  "residency": {
    "geography": "europe",
    "migration": { "targetGeography": "norway", "requestPeriodEnds": "2026-06-30" }
  },
  /*
   * Stores
   */
  "stores": [
    { "id": "db", "kind": "sqlAzure", "geography": "norway", "data": ["personal"] },
    { "kind": "telemetry", "geography": "europe", "data": ["telemetry"] }
  ],
  "retention": { "telemetry": 30, "auditLogs": "P1Y6M" },
  "deletion": { "active": { "enabled": true, "purgeWithinDays": 30 } }
}`;

describe('language: inlay hints, symbols, folding, formatting', () => {
  const doc = parseDocument(TEXT);

  it('inlay hints after signupCountry, requestPeriodEnds and duration strings (not numbers)', () => {
    const hints = inlayHints(doc, '2020-09').map((h) => [h.position, h.label]);
    const after = (needle: string) => doc.lines.positionAt(TEXT.indexOf(needle) + needle.length);
    assert.deepStrictEqual(hints, [
      [after('"NO"'), 'home: norway'],
      [after('"2026-06-30"'), 'latest deadline: 2028-06-30'],
      [after('"P1Y6M"'), '= 545 days'],
    ]);
    assert.deepStrictEqual(inlayHints(doc, '2018-05').map((h) => h.label)[0], 'home: europe', 'the edition decides the home geography');
    assert.deepStrictEqual(
      inlayHints(doc, '2020-09', { start: { line: 13, character: 0 }, end: { line: 14, character: 0 } }).map((h) => h.label),
      ['= 545 days'],
      'only in the range asked for',
    );
  });

  it('document symbols: sections, the migration, stores by id (or index), scenarios', () => {
    const symbols = documentSymbols(doc);
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, s.kind]),
      [
        ['tenant', SymbolKind.Module],
        ['residency', SymbolKind.Module],
        ['stores', SymbolKind.Array],
        ['retention', SymbolKind.Module],
        ['deletion', SymbolKind.Module],
      ],
    );
    const stores = symbols[2].children!;
    assert.deepStrictEqual(
      stores.map((s) => [s.name, s.detail, s.kind]),
      [
        ['db', 'sqlAzure · norway', SymbolKind.Struct],
        ['[1]', 'telemetry · europe', SymbolKind.Struct],
      ],
    );
    assert.deepStrictEqual(stores[0].selectionRange, { start: { line: 10, character: 12 }, end: { line: 10, character: 16 } });
    assert.deepStrictEqual(
      symbols[1].children!.map((s) => s.name),
      ['geography', 'migration'],
    );
    assert.deepStrictEqual(
      symbols[4].children!.map((s) => s.name),
      ['active'],
    );
    assert.deepStrictEqual(symbols[0].range, { start: { line: 1, character: 2 }, end: { line: 1, character: 48 } });
  });

  it('folding ranges: multi-line objects and arrays (closing line visible), block comments', () => {
    assert.deepStrictEqual(foldingRanges(doc), [
      { startLine: 0, endLine: 14 },
      { startLine: 2, endLine: 4 },
      { startLine: 6, endLine: 8, kind: FoldingRangeKind.Comment },
      { startLine: 9, endLine: 11 },
    ]);
  });

  it('formatting keeps comments, line ends and values', () => {
    const crlf = '// a\r\n{"a":[1,2],/* b */"c":{}}';
    const formatted = applyLspEdits(crlf, formatDocument(parseDocument(crlf), { tabSize: 4, insertSpaces: true }));
    assert.strictEqual(formatted, '// a\r\n{\r\n    "a": [\r\n        1,\r\n        2\r\n    ], /* b */\r\n    "c": {}\r\n}');
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 100 } };
    const edits = formatDocument(parseDocument('{\n"a":  1,\n"b":  2}'), { tabSize: 2, insertSpaces: true }, range);
    assert.strictEqual(applyLspEdits('{\n"a":  1,\n"b":  2}', edits), '{\n"a": 1,\n"b":  2}', 'a range formats only inside that range');
  });
});
