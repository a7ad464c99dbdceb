import * as assert from 'assert';
import type { CodeAction, TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import { fixAll, fixAllOfRule, lint, parseDocument, ruleDocsUrl } from '../../../server/src/engine';
import { diagnosticActions, documentLinks, doComplete, resolveDiagnosticAction, toLspDiagnostics, type ActionData } from '../../../server/src/engine';
import { applyLspEdits, withCursor } from './helpers';

const TEXT = `{
  "policyEdition": "2018-05",
  "tenant": { "id": "t", "signupCountry": "DE" },
  "residency": { "geography": "europe" },
  "stores": [{ "id": "s", "kind": "other", "geography": "europe", "data": ["personal", "telemetry"] }],
  "retention": { "telemetry": "P90D", "auditLogs": 400 },
  "deletion": { "active": { "enabled": true, "purgeWithinDays": 90 } },
  "processing": { "isoCertified": true, "purposes": ["marketing", "profiling"] }
}
`;

const target = { uri: 'file:///w/a.privacy.json', version: 3 };
const OPTIONS = { showDocumentationCommand: 'show' };

function actionsFor(
  text: string,
  rule: string,
  lazy = false,
): { actions: CodeAction[]; doc: ReturnType<typeof parseDocument>; diagnostics: ReturnType<typeof lint>['diagnostics'] } {
  const doc = parseDocument(text);
  const { diagnostics } = lint(text);
  const requested = toLspDiagnostics(diagnostics, target.version).filter((d) => d.code === rule);
  return { doc, diagnostics, actions: diagnosticActions(doc, target, diagnostics, requested.slice(0, 1), { ...OPTIONS, version: target.version, lazy }) };
}

function editOf(action: CodeAction): LspTextEdit[] {
  const change = action.edit?.documentChanges?.[0];
  assert.ok(change && 'edits' in change, `an edit in ${action.title}`);
  return change.edits;
}

describe('code actions: documentation and disable comments', () => {
  it('"Disable all problems on this line": one comment naming every rule with a finding on the line', () => {
    const { actions } = actionsFor(TEXT, 'storage/approved-kind');
    const all = actions.find((a) => a.title === 'Disable all problems on this line')!;
    const fixed = applyLspEdits(TEXT, editOf(all));
    assert.ok(fixed.includes('  // privacy-lint-disable-next-line storage/approved-kind, storage/telemetry-separation -- <reason>\n  "stores"'), fixed);
    const after = lint(fixed).diagnostics.filter((d) => !d.suppression && d.range.start.line === 5);
    assert.deepStrictEqual(
      after.map((d) => d.rule),
      [],
      'nothing left on the stores line',
    );
  });

  it('"Fix all RULE problems in this file": that rule\'s preferred fixes to a fixpoint, nothing else', () => {
    const { actions } = actionsFor(TEXT, 'processing/purpose');
    const action = actions.find((a) => a.title === 'Fix all processing/purpose problems in this file')!;
    const fixed = applyLspEdits(TEXT, editOf(action));
    assert.strictEqual(fixed, fixAllOfRule(TEXT, 'processing/purpose').text);
    assert.ok(!lint(fixed).diagnostics.some((d) => d.rule === 'processing/purpose'));
    assert.ok(
      lint(fixed).diagnostics.some((d) => d.rule === 'retention/telemetry'),
      'other rules untouched',
    );
    assert.notStrictEqual(fixed, fixAll(TEXT).text);
    // A rule with a single preferred fix gets no "fix all" of its own.
    assert.ok(!actionsFor(TEXT, 'retention/telemetry').actions.some((a) => a.title.startsWith('Fix all')));
  });

  it('lazy: no edits until resolved, and the resolved edit is the eager one', () => {
    const eager = actionsFor(TEXT, 'processing/purpose');
    const lazy = actionsFor(TEXT, 'processing/purpose', true);
    assert.deepStrictEqual(
      lazy.actions.map((a) => a.title),
      eager.actions.map((a) => a.title),
    );
    for (const action of lazy.actions) {
      assert.strictEqual(action.edit, undefined, action.title);
      if (action.command) continue;
      const data = action.data as ActionData;
      assert.deepStrictEqual([data.uri, data.version], [target.uri, target.version]);
      const edit = resolveDiagnosticAction(lazy.doc, target, lazy.diagnostics, data.plan);
      assert.deepStrictEqual(edit, eager.actions.find((a) => a.title === action.title)!.edit, action.title);
    }
  });
});

describe('document links', () => {
  it('$schema resolved against the document; rule ids of disable comments to their docs', () => {
    const text =
      '{\n  "$schema": "../schemas/tenant-privacy.schema.json",\n  // privacy-lint-disable-next-line retention/audit-logs, no/such-rule -- ok\n  "retention": { "auditLogs": 400 }\n}';
    const links = documentLinks(parseDocument(text), 'file:///w/configs/a.privacy.json');
    assert.deepStrictEqual(
      links.map((l) => [l.target, l.range]),
      [
        ['file:///w/schemas/tenant-privacy.schema.json', { start: { line: 1, character: 14 }, end: { line: 1, character: 51 } }],
        [ruleDocsUrl('retention/audit-logs'), { start: { line: 2, character: 36 }, end: { line: 2, character: 56 } }],
      ],
    );
  });
});

describe('completion: keys, values and rule ids', () => {
  it('an empty line inside an object: keys with their quotes', () => {
    const { doc, position } = withCursor('{\n  "policyEdition": "2020-09",\n  |\n}');
    const items = doComplete(doc, position, '2020-09').items;
    const retention = items.find((i) => i.label === 'retention')!;
    assert.ok(retention.textEdit && 'range' in retention.textEdit);
    assert.match(retention.textEdit.newText, /^"retention": /);
    assert.deepStrictEqual(retention.textEdit.range, { start: position, end: position });
  });

  it("durations, with the limit of the file's edition in the detail", () => {
    const { doc, position } = withCursor('{\n  "policyEdition": "2018-05",\n  "retention": { "telemetry": | }\n}');
    const items = doComplete(doc, position, '2018-05').items;
    const p30d = items.find((i) => i.label === '"P30D"')!;
    assert.strictEqual(p30d.detail, '30 days: within the limit of 30 days (retention/telemetry, edition 2018-05)');
    assert.match(items.find((i) => i.label === '90')!.detail!, /^90 days: over the limit of 30 days/);
    assert.ok(items.some((i) => i.label === '30'));
    const newer = withCursor('{\n  "policyEdition": "2020-09",\n  "retention": { "telemetry": | }\n}');
    assert.strictEqual(doComplete(newer.doc, newer.position, '2020-09').items.find((i) => i.label === '90')!.detail, '90 days: no limit in edition 2020-09');
  });

  it('audit log durations: the limit of retention/audit-logs, in both editions', () => {
    for (const edition of ['2018-05', '2020-09'] as const) {
      const { doc, position } = withCursor(`{\n  "policyEdition": "${edition}",\n  "retention": { "auditLogs": | }\n}`);
      const items = doComplete(doc, position, edition).items;
      assert.strictEqual(items.find((i) => i.label === '"P1Y"')!.detail, `365 days: within the limit of 365 days (retention/audit-logs, edition ${edition})`);
      assert.strictEqual(items.find((i) => i.label === '730')!.detail, `730 days: over the limit of 365 days (retention/audit-logs, edition ${edition})`);
    }
  });
});
