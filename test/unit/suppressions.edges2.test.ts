/**
 * Disable comments at the edges the mutation run found unpinned (suppressions.ts): placeholder
 * reasons around an expiry and angle brackets, punctuation at the end of a placeholder, two
 * comments on one line for the same next line, a rule named twice in one comment, two
 * comments for the same rule, and which comment's reason justifies a diagnostic both suppress.
 */
import * as assert from 'assert';
import { lint, parseDocument, type Diagnostic } from '../../server/src/engine';
import { applySuppressions, isPlaceholderReason, parseDirectives } from '../../server/src/engine/suppressions';
import { configText } from './helpers/config';

const TODAY = '2026-03-01';
const PLACEHOLDER = (reason: string) =>
  `This disable comment's reason ${JSON.stringify(reason)} is a placeholder, not a reason; write why the exception is needed after "--".`;
const AUDIT_MESSAGE = 'Audit logs are kept 400 days; the policy allows at most one year (365 days).';

/** The 2020-09 baseline with audit logs kept 400 days and `comment` on the line before. */
const above = (comment: string) => configText('2020-09').replace('    "auditLogs": 365', `    ${comment}\n    "auditLogs": 400`);

/** The diagnostics of a text as [rule, path, the text they cover, message, suppression justification]. */
function seen(text: string) {
  return lint(text, { today: TODAY }).diagnostics.map((d) => [
    d.rule,
    d.path,
    text.slice(d.offset, d.offset + d.length),
    d.message,
    d.suppression?.justification,
  ]);
}

describe('suppressions: placeholder reasons at their edges', () => {
  const cases: [string, boolean][] = [
    ['; expires 2099-01-01', true], // nothing but the expiry
    ['TODO ; expires 2099-01-01', true], // a space before the expiry's ";"
    ['TODO; expires 2099-01-01', true],
    ['TBD...', true], // several punctuation marks at the end
    ['TODO!!', true],
    ['todo:', true],
    ['<reason>', true],
    ['< ticket number >', true],
    ['see <ticket 12>', false], // angle brackets that are not the whole reason
    ['<reason> approved by the privacy board', false],
    ['<a> and <b>', false],
    ['...?', false], // punctuation is dropped at the end only: "?" alone would be one
    ['approved; expires 2099-01-01', false],
  ];
  for (const [reason, placeholder] of cases) {
    it(`${JSON.stringify(reason)}: ${placeholder ? 'a placeholder' : 'a reason'}`, () => assert.strictEqual(isPlaceholderReason(reason), placeholder));
  }

  it('through lint: a reason that is only an expiry is reported on the comment, and still suppresses until then', () => {
    const comment = '// privacy-lint-disable-next-line retention/audit-logs -- ; expires 2099-01-01';
    assert.deepStrictEqual(seen(above(comment)), [
      ['suppression/reason', [], comment, PLACEHOLDER('; expires 2099-01-01'), undefined],
      ['retention/audit-logs', ['retention', 'auditLogs'], '400', AUDIT_MESSAGE, '; expires 2099-01-01'],
    ]);
  });

  it('through lint: "TODO" before the expiry, with a space before ";"', () => {
    const comment = '// privacy-lint-disable-next-line retention/audit-logs -- TODO ; expires 2099-01-01';
    assert.deepStrictEqual(
      seen(above(comment)).filter(([rule]) => rule === 'suppression/reason'),
      [['suppression/reason', [], comment, PLACEHOLDER('TODO ; expires 2099-01-01'), undefined]],
    );
  });
});

describe('suppressions: several comments and names for one rule', () => {
  it('two block comments on one line, both for the next line: each suppresses, neither is unused; the first gives the justification', () => {
    const first = '/* privacy-lint-disable-next-line retention/audit-logs -- first */';
    const second = '/* privacy-lint-disable-next-line retention/audit-logs -- second */';
    assert.deepStrictEqual(seen(above(`${first} ${second}`)), [['retention/audit-logs', ['retention', 'auditLogs'], '400', AUDIT_MESSAGE, 'first']]);
    const ds = parseDirectives(parseDocument(above(`${first} ${second}`)), TODAY);
    const diagnostic = lint(configText('2020-09').replace('"auditLogs": 365', '"auditLogs": 400'), { today: TODAY }).diagnostics[0];
    assert.strictEqual(diagnostic.rule, 'retention/audit-logs');
    applySuppressions(ds, [{ ...diagnostic, range: { ...diagnostic.range, start: { line: ds[0].targetLine, character: 0 } }, suppression: undefined }]);
    assert.deepStrictEqual(
      ds.map((d) => d.rules.map((r) => r.used)),
      [[1], [1]],
    );
  });

  it('a rule named twice in one comment: the first name counts, the second is reported unused', () => {
    const comment = '// privacy-lint-disable-next-line retention/audit-logs, retention/audit-logs -- twice';
    const text = above(comment);
    const second = text.indexOf('retention/audit-logs', text.indexOf('retention/audit-logs') + 1);
    const result = lint(text, { today: TODAY }).diagnostics;
    assert.deepStrictEqual(
      result.map((d) => [d.rule, d.offset, d.length, d.message, d.suppression?.justification]),
      [
        [
          'suppression/unused',
          second,
          'retention/audit-logs'.length,
          '"retention/audit-logs" is disabled here but reports nothing on the next line.',
          undefined,
        ],
        ['retention/audit-logs', text.indexOf('400'), 3, AUDIT_MESSAGE, 'twice'],
      ],
    );
    const ds = parseDirectives(parseDocument(text), TODAY);
    const audit = result[1];
    applySuppressions(ds, [{ ...audit, suppression: undefined }]);
    assert.deepStrictEqual(
      ds[0].rules.map((r) => r.used),
      [1, 0],
    );
  });

  it('one name in a comment, suppressing twice on its line: counted twice', () => {
    const ds = parseDirectives(parseDocument('// privacy-lint-disable-next-line a -- r\n{}'), TODAY);
    const d = (): Diagnostic => ({
      offset: 0,
      length: 1,
      rule: 'a',
      severity: 'error',
      message: 'm',
      path: [],
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } },
      fixes: [],
    });
    const both = [d(), d()];
    applySuppressions(ds, both);
    assert.deepStrictEqual(
      ds[0].rules.map((r) => r.used),
      [2],
    );
    assert.deepStrictEqual(
      both.map((x) => x.suppression),
      [
        { kind: 'inSource', justification: 'r' },
        { kind: 'inSource', justification: 'r' },
      ],
    );
  });

  it('two file comments for the same rule: both count as used; the first gives the justification', () => {
    const text = configText('2020-09', (c) => {
      c.retention.auditLogs = 400;
    }).replace('{\n', '{\n  // privacy-lint-disable-file retention/audit-logs -- first\n  // privacy-lint-disable-file retention/audit-logs -- second\n');
    assert.deepStrictEqual(seen(text), [['retention/audit-logs', ['retention', 'auditLogs'], '400', AUDIT_MESSAGE, 'first']]);
    const ds = parseDirectives(parseDocument(text), TODAY);
    applySuppressions(ds, [{ ...lint(text, { today: TODAY }).diagnostics[0], suppression: undefined }]);
    assert.deepStrictEqual(
      ds.map((d) => d.rules.map((r) => r.used)),
      [[1], [1]],
    );
  });

  it('a next-line comment before a file comment for the same rule: the next-line comment comes first and justifies', () => {
    const text = above('// privacy-lint-disable-next-line retention/audit-logs -- on this line').replace(
      /\n\}\s*$/,
      '\n  // privacy-lint-disable-file retention/audit-logs -- in the file\n}\n',
    );
    assert.deepStrictEqual(seen(text), [['retention/audit-logs', ['retention', 'auditLogs'], '400', AUDIT_MESSAGE, 'on this line']]);
  });

  it('a file comment before a next-line comment for the same rule: the file comment justifies', () => {
    const text = above('// privacy-lint-disable-next-line retention/audit-logs -- on this line').replace(
      '{\n',
      '{\n  // privacy-lint-disable-file retention/audit-logs -- in the file\n',
    );
    assert.deepStrictEqual(seen(text), [['retention/audit-logs', ['retention', 'auditLogs'], '400', AUDIT_MESSAGE, 'in the file']]);
  });
});
