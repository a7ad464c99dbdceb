/**
 * Formatting never changes what a disable comment covers. A one-line store under a
 * `privacy-lint-disable-next-line` comment, spread over several lines by the formatter, would
 * leave its findings uncovered (and the comment "unused").
 */
import * as assert from 'assert';
import { lint, parseDocument, type LintResult } from '../../../server/src/engine';
import { formatDocument } from '../../../server/src/engine';
import { applyLspEdits } from './helpers';

const OPTIONS = { today: '2026-06-01' };

const STORE_COMMENT = '// privacy-lint-disable-next-line residency/store-geography, storage/telemetry-separation -- legacy archive, PRIV-1';
const TEXT = `{
  "policyEdition": "2020-09",
  "tenant": { "id": "t", "signupCountry": "DE" },
  "residency": { "geography": "germany" },
  "stores": [
    ${STORE_COMMENT}
    { "id": "a", "kind": "sqlAzure", "geography": "asiaPacific", "data": ["personal", "telemetry"] },
    { "id": "b", "kind": "sqlAzure", "geography": "germany", "data": ["personal"] }
  ],
  "retention": { "auditLogs": "P1Y" },
  "deletion": { "active": { "enabled": true, "purgeWithinDays": 30 }, "passive": { "enabled": true, "purgeWithinDays": 30 } },
  "processing": { "isoCertified": true, "purposes": [] }
}`;

/** Rule, path and suppression of every finding: what formatting must not change. */
function findings(result: LintResult): string[] {
  return result.diagnostics.map((d) => `${d.rule} ${JSON.stringify(d.path)}${d.suppression ? ` suppressed: ${d.suppression.justification}` : ''}`).sort();
}

describe('formatting keeps what disable comments cover', () => {
  it('a one-line store under a disable-next-line comment: same findings and suppressions after formatting', () => {
    const before = lint(TEXT, OPTIONS);
    assert.deepStrictEqual(findings(before), [
      'residency/store-geography ["stores",0,"geography"] suppressed: legacy archive, PRIV-1',
      'storage/telemetry-separation ["stores",0,"data",1] suppressed: legacy archive, PRIV-1',
    ]);
    const formatted = applyLspEdits(TEXT, formatDocument(parseDocument(TEXT), { tabSize: 2, insertSpaces: true }, undefined, OPTIONS));
    assert.deepStrictEqual(findings(lint(formatted, OPTIONS)), findings(before));
    // The covered store keeps its line; the rest of the document is formatted.
    assert.ok(
      formatted.includes(`    ${STORE_COMMENT}\n    { "id": "a", "kind": "sqlAzure", "geography": "asiaPacific", "data": ["personal", "telemetry"] },\n`),
      formatted,
    );
    assert.ok(formatted.includes('  "tenant": {\n    "id": "t",\n    "signupCountry": "DE"\n  },'), formatted);
    assert.ok(formatted.includes('{\n      "id": "b",\n'), 'the store no comment covers is formatted');
  });

  it('a line joined into the covered line would widen the coverage: that edit is left out too', () => {
    // The formatter would join `"auditLogs":` and its value on the next line; the value's finding would then be covered.
    const text = TEXT.replace(
      '"retention": { "auditLogs": "P1Y" }',
      '"retention": {\n    // privacy-lint-disable-next-line retention/audit-logs -- legal hold, PRIV-9\n    "auditLogs":\n      "P2Y" }',
    );
    const before = lint(text, OPTIONS);
    assert.ok(findings(before).includes('retention/audit-logs ["retention","auditLogs"]'), findings(before).join('\n'));
    assert.ok(findings(before).includes('suppression/unused []'), 'the comment covers nothing: the value is on the line after its next line');
    const formatted = applyLspEdits(text, formatDocument(parseDocument(text), { tabSize: 2, insertSpaces: true }, undefined, OPTIONS));
    assert.deepStrictEqual(findings(lint(formatted, OPTIONS)), findings(before));
    assert.ok(formatted.includes('"auditLogs":\n      "P2Y"'), formatted);
  });

  it('range formatting keeps coverage as well', () => {
    const range = { start: { line: 4, character: 0 }, end: { line: 9, character: 0 } };
    const formatted = applyLspEdits(TEXT, formatDocument(parseDocument(TEXT), { tabSize: 2, insertSpaces: true }, range, OPTIONS));
    assert.deepStrictEqual(findings(lint(formatted, OPTIONS)), findings(lint(TEXT, OPTIONS)));
  });

  it('a document without disable comments is formatted as before', () => {
    const text = '{"a":[1,2],"c":{}}';
    assert.strictEqual(
      applyLspEdits(text, formatDocument(parseDocument(text), { tabSize: 2, insertSpaces: true })),
      '{\n  "a": [\n    1,\n    2\n  ],\n  "c": {}\n}',
    );
  });
});
