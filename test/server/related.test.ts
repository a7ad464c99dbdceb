import * as assert from 'assert';
import { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-protocol/node';
import { withOpenDocument } from './lspClient';

/** One document with the four findings a second place explains. */
const TEXT = `{
  "policyEdition": "2020-09",
  "tenant": { "id": "t", "signupCountry": "DE", "dataResidencyRequired": true },
  "residency": {
    "geography": "europe",
    "migration": { "targetGeography": "france", "requestPeriodEnds": "2026-06-30", "deadline": "2028-06-30", "acceptsMinimalDataLoss": true, "acceptsReconfiguration": true }
  },
  "stores": [
    { "id": "db", "kind": "sqlAzure", "geography": "europe", "data": ["service"] },
    { "id": "db", "kind": "sqlAzure", "geography": "northAmerica", "data": ["personal"] }
  ],
  "retention": { "auditLogs": 30, "auditLogs": 365 },
  "deletion": { "active": { "enabled": true, "purgeWithinDays": 30 }, "passive": { "enabled": true, "purgeWithinDays": 30 } },
  "processing": { "isoCertified": true, "purposes": ["serviceDelivery"] }
}
`;

/** The range of the `nth` occurrence of `needle` on line `line` (0-based), found in the text, not from the engine. */
function on(line: number, needle: string, nth = 0): Diagnostic['range'] {
  const text = TEXT.split('\n')[line];
  let character = -1;
  for (let i = 0; i <= nth; i++) character = text.indexOf(needle, character + 1);
  assert.ok(character >= 0, `"${needle}" on line ${line}`);
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

describe('server: related locations (relatedInformation) over stdio', function () {
  const doc = withOpenDocument('tenants/related.privacy.jsonc', TEXT);

  /** The one published diagnostic of `rule`. */
  function only(rule: string): Diagnostic {
    const found = doc.opened.diagnostics.filter((d) => d.code === rule);
    assert.strictEqual(found.length, 1, `one ${rule} among ${JSON.stringify(doc.opened.diagnostics.map((d) => d.code))}`);
    return found[0];
  }
  const related = (uri: string, range: Diagnostic['range'], message: string): DiagnosticRelatedInformation => ({ location: { uri, range }, message });

  it('schema/duplicate-key: the first occurrence of the key', () => {
    const d = only('schema/duplicate-key');
    assert.deepStrictEqual(d.range, on(11, '"auditLogs"', 1));
    assert.deepStrictEqual(d.relatedInformation, [related(doc.uri, on(11, '"auditLogs"', 0), 'First occurrence of "auditLogs"')]);
  });

  it('stores/duplicate-id: the first store with that id', () => {
    const d = only('stores/duplicate-id');
    assert.deepStrictEqual(d.range, on(9, '"db"'));
    assert.deepStrictEqual(d.relatedInformation, [related(doc.uri, on(8, '"db"'), 'First use of the store id "db"')]);
  });

  it('residency/store-geography: residency.geography and the migration target', () => {
    const d = only('residency/store-geography');
    assert.deepStrictEqual(d.range, on(9, '"northAmerica"'));
    assert.deepStrictEqual(d.relatedInformation, [
      related(doc.uri, on(4, '"europe"'), 'The elected location: "europe"'),
      related(doc.uri, on(5, '"france"'), 'The migration target: "france"'),
    ]);
  });

  it('migration/target: tenant.signupCountry', () => {
    const d = only('migration/target');
    assert.deepStrictEqual(d.range, on(5, '"france"'));
    assert.deepStrictEqual(d.relatedInformation, [related(doc.uri, on(2, '"DE"'), 'The signup country: DE, whose home geography is "germany"')]);
  });

  it('findings with no second place have none', () => {
    for (const rule of ['residency/in-region', 'migration/feature-availability']) assert.strictEqual(only(rule).relatedInformation, undefined, rule);
  });
});
