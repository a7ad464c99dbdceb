import * as assert from 'assert';
import { DiagnosticTag } from 'vscode-languageserver-types';
import { lint, type Diagnostic } from '../../../server/src/engine';
import { toLspDiagnostics } from '../../../server/src/engine';
import { rangeAt, substringSpan } from '../helpers/locate';

/** The one diagnostic of a rule. */
function only(text: string, rule: string): Diagnostic {
  const found = lint(text).diagnostics.filter((d) => d.rule === rule);
  assert.strictEqual(found.length, 1, `one ${rule}: ${JSON.stringify(lint(text).diagnostics.map((d) => d.rule))}`);
  return found[0];
}

function at(text: string, needle: string, occurrence = 0) {
  const span = substringSpan(text, needle, occurrence);
  return rangeAt(text, span.offset, span.length);
}

const BASE = (residency: string, stores: string, tenant = '"signupCountry": "DE", "dataResidencyRequired": true') => `{
  "policyEdition": "2020-09",
  "tenant": { "id": "t", ${tenant} },
  "residency": ${residency},
  "stores": ${stores},
  "retention": { "auditLogs": 365 },
  "deletion": { "active": { "enabled": true, "purgeWithinDays": 30 }, "passive": { "enabled": true, "purgeWithinDays": 30 } },
  "processing": { "isoCertified": true, "purposes": ["serviceDelivery"] }
}
`;

describe('related locations', () => {
  it('schema/duplicate-key: the first occurrence of the key', () => {
    const text = BASE('{ "geography": "germany" }', '[]').replace('"auditLogs": 365', '"auditLogs": 30, "auditLogs": 365');
    const d = only(text, 'schema/duplicate-key');
    assert.deepStrictEqual(d.path, ['retention', 'auditLogs']);
    assert.deepStrictEqual(d.range, at(text, '"auditLogs"', 1));
    assert.deepStrictEqual(
      d.related?.map((r) => [r.path, r.range, r.message]),
      [[['retention', 'auditLogs'], at(text, '"auditLogs"', 0), 'First occurrence of "auditLogs"']],
    );
  });

  it('stores/duplicate-id: the first store with that id', () => {
    const store = '{ "id": "db", "kind": "sqlAzure", "geography": "germany", "data": ["service"] }';
    const text = BASE('{ "geography": "germany" }', `[${store}, ${store}]`);
    const d = only(text, 'stores/duplicate-id');
    assert.deepStrictEqual(d.path, ['stores', 1, 'id']);
    assert.deepStrictEqual(d.range, at(text, '"db"', 1));
    assert.deepStrictEqual(
      d.related?.map((r) => [r.path, r.range]),
      [[['stores', 0, 'id'], at(text, '"db"', 0)]],
    );
  });

  it('residency/store-geography: residency.geography (and the migration target when there is one)', () => {
    const text = BASE('{ "geography": "germany" }', '[{ "id": "db", "kind": "sqlAzure", "geography": "northAmerica", "data": ["personal"] }]');
    const d = only(text, 'residency/store-geography');
    assert.deepStrictEqual(d.range, at(text, '"northAmerica"'));
    assert.deepStrictEqual(
      d.related?.map((r) => [r.path, r.range]),
      [[['residency', 'geography'], at(text, '"germany"')]],
    );
  });

  it('migration/target: signupCountry', () => {
    const migration =
      '{ "geography": "europe", "migration": { "targetGeography": "france", "requestPeriodEnds": "2026-06-30", "deadline": "2028-06-30", "acceptsMinimalDataLoss": true, "acceptsReconfiguration": true } }';
    const text = BASE(migration, '[]');
    const d = only(text, 'migration/target');
    assert.deepStrictEqual(d.path, ['residency', 'migration', 'targetGeography']);
    assert.deepStrictEqual(
      d.related?.map((r) => [r.path, r.range]),
      [[['tenant', 'signupCountry'], at(text, '"DE"')]],
    );
    // A finding about an object is ranged on the whole object (SPEC section 4): migration/feature-availability.
    const object = migration.slice(migration.indexOf('{ "targetGeography"'), -2);
    assert.deepStrictEqual(only(text, 'migration/feature-availability').range, at(text, object));
  });

  it('in LSP: relatedInformation with the document uri; Unnecessary on suppression/unused', () => {
    const text = BASE('{ "geography": "germany" }', '[]')
      .replace('"auditLogs": 365', '"auditLogs": 30, "auditLogs": 365')
      .replace('  "processing"', '  // privacy-lint-disable-next-line retention/audit-logs -- reviewed\n  "processing"');
    const lsp = toLspDiagnostics(lint(text).diagnostics, 1, [], 'file:///w/a.privacy.json');
    const duplicate = lsp.find((d) => d.code === 'schema/duplicate-key')!;
    assert.deepStrictEqual(duplicate.relatedInformation, [
      { location: { uri: 'file:///w/a.privacy.json', range: at(text, '"auditLogs"', 0) }, message: 'First occurrence of "auditLogs"' },
    ]);
    const unused = lsp.find((d) => d.code === 'suppression/unused')!;
    assert.deepStrictEqual(unused.range, at(text, 'retention/audit-logs'));
    assert.deepStrictEqual(unused.tags, [DiagnosticTag.Unnecessary]);
    assert.strictEqual(duplicate.tags, undefined);
  });
});
