import * as assert from 'assert';
import { lint, parseDocument, fixAll } from '../../../server/src/engine';
import { diagnosticActions, diagnosticKey, diagnosticsByKey, disableForFile, disableForLine, fixAllAction, toLspDiagnostics } from '../../../server/src/engine';
import { parseDirectives } from '../../../server/src/engine/suppressions';
import { applyLspEdits } from './helpers';

const OPTIONS = { showDocumentationCommand: 'show.docs' };
const TARGET = { uri: 'file:///a.privacy.json', version: 7 };

describe('language: diagnostics and code actions', () => {
  const text = '{\r\n\t"retention": {\r\n\t\t"auditLogs": 400\r\n\t}\r\n}';
  // Linted in before(), not while mocha loads the file: work done at load time makes every
  // engine line it runs "static" to Stryker, which then needs a fresh process per mutant.
  let doc: ReturnType<typeof parseDocument>;
  let result: ReturnType<typeof lint>;
  let lsp: ReturnType<typeof toLspDiagnostics>;
  before(() => {
    doc = parseDocument(text);
    result = lint(text);
    lsp = toLspDiagnostics(result.diagnostics);
  });

  it('LSP diagnostics: rule id as code, docs link, source, severity, and a key by rule and range', () => {
    const audit = lsp.find((d) => d.code === 'retention/audit-logs')!;
    assert.strictEqual(audit.source, 'privacy-lint');
    assert.strictEqual(audit.severity, 1);
    assert.match(audit.codeDescription!.href, /docs\/rules\.md#retention-audit-logs$/);
    assert.deepStrictEqual(audit.data, { ordinal: 0 });
    assert.ok(diagnosticsByKey(result.diagnostics).has(diagnosticKey('retention/audit-logs', audit.range)));
  });

  it('suppressed diagnostics are not published', () => {
    const suppressed = lint('{\n  // privacy-lint-disable-next-line schema/unknown-property -- test\n  "x": 1\n}');
    assert.ok(suppressed.diagnostics.some((d) => d.suppression));
    assert.ok(!toLspDiagnostics(suppressed.diagnostics).some((d) => d.code === 'schema/unknown-property'));
  });

  it('quick fixes carry the versioned edit, the preferred flag and the diagnostic', () => {
    const audit = lsp.find((d) => d.code === 'retention/audit-logs')!;
    const actions = diagnosticActions(doc, TARGET, result.diagnostics, [audit], OPTIONS);
    assert.deepStrictEqual(
      actions.map((a) => a.title),
      ['Set to 365', 'Disable retention/audit-logs for this line', 'Disable retention/audit-logs for this file', 'Show documentation for retention/audit-logs'],
    );
    const [fix, line, file, docs] = actions;
    assert.strictEqual(fix.isPreferred, true);
    assert.deepStrictEqual(fix.edit, { documentChanges: [{ textDocument: TARGET, edits: [{ range: audit.range, newText: '365' }] }] });
    const edits = (edit: typeof line.edit) => (edit!.documentChanges![0] as unknown as { edits: never[] }).edits;
    assert.strictEqual(
      applyLspEdits(text, edits(line.edit)),
      '{\r\n\t"retention": {\r\n\t\t// privacy-lint-disable-next-line retention/audit-logs -- <reason>\r\n\t\t"auditLogs": 400\r\n\t}\r\n}',
    );
    assert.strictEqual(applyLspEdits(text, edits(file.edit)), `// privacy-lint-disable-file retention/audit-logs -- <reason>\r\n${text}`);
    assert.deepStrictEqual(docs.command, { title: 'Show documentation for retention/audit-logs', command: 'show.docs', arguments: ['retention/audit-logs'] });
    const unversioned = diagnosticActions(doc, { ...TARGET, versioned: false }, result.diagnostics, [audit], OPTIONS)[0];
    assert.deepStrictEqual(unversioned.edit, { changes: { [TARGET.uri]: [{ range: audit.range, newText: '365' }] } });
  });

  it('a diagnostic not in the lint result (other rule, range or source) gets nothing', () => {
    const audit = lsp.find((d) => d.code === 'retention/audit-logs')!;
    assert.deepStrictEqual(diagnosticActions(doc, TARGET, result.diagnostics, [{ ...audit, code: 'retention/telemetry' }], OPTIONS), []);
    assert.deepStrictEqual(diagnosticActions(doc, TARGET, result.diagnostics, [{ ...audit, source: 'eslint' }], OPTIONS), []);
    assert.deepStrictEqual(diagnosticActions(doc, TARGET, [], [audit], OPTIONS), []);
  });

  it('no disable actions for rules a comment cannot disable', () => {
    const broken = '{ "a": }';
    const syntax = toLspDiagnostics(lint(broken).diagnostics).find((d) => d.code === 'syntax')!;
    const titles = diagnosticActions(parseDocument(broken), TARGET, lint(broken).diagnostics, [syntax], OPTIONS).map((a) => a.title);
    assert.deepStrictEqual(titles, ['Show documentation for syntax']);
  });

  it('disable comments extend the comment already there (and not an expired one)', () => {
    const withComment = '{\n  // privacy-lint-disable-next-line schema/type -- old\n  "x": 1\n}';
    const parsed = parseDocument(withComment);
    const directives = parseDirectives(parsed, '2026-06-01');
    assert.deepStrictEqual(disableForLine(parsed, directives, 'schema/unknown-property', 2), {
      offset: withComment.indexOf(' -- old'),
      length: 0,
      newText: ', schema/unknown-property',
    });
    assert.strictEqual(disableForLine(parsed, directives, 'schema/type', 2), undefined, 'already named');
    const expired = '// privacy-lint-disable-file schema/type -- old; expires 2000-01-01\n{}';
    const expiredDoc = parseDocument(expired);
    assert.deepStrictEqual(disableForFile(expiredDoc, parseDirectives(expiredDoc, '2026-06-01'), 'schema/type'), {
      offset: 0,
      length: 0,
      newText: '// privacy-lint-disable-file schema/type -- <reason>\n',
    });
  });

  it("fix all: minimal edits to the engine's fixAll text, none when nothing changes", () => {
    const action = fixAllAction(doc, TARGET, fixAll(text).text)!;
    assert.strictEqual(action.kind, 'source.fixAll.privacyLint');
    const edits = (action.edit!.documentChanges![0] as unknown as { edits: never[] }).edits;
    assert.strictEqual(applyLspEdits(text, edits), fixAll(text).text);
    assert.strictEqual(fixAllAction(doc, TARGET, text), undefined);
  });
});
