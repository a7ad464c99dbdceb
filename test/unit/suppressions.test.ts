/**
 * Disable comments as the engine reads them (suppressions.ts): which comments are
 * directives, the rule names and where they are, the reason, the expiry date, and which
 * diagnostics they suppress. The edges of each pattern: text after the date, extra spaces,
 * a directive mid-comment, block comments, CRLF.
 */
import * as assert from 'assert';
import { lint, parseDocument, type Diagnostic } from '../../server/src/engine';
import { applySuppressions, isSuppressible, localDate, parseDirectives, type Directive } from '../../server/src/engine/suppressions';

const TODAY = '2026-03-01';

function directives(text: string, today = TODAY): Directive[] {
  return parseDirectives(parseDocument(text), today);
}

/** What a directive says, without its comment object. */
function summary(d: Directive) {
  return { kind: d.kind, rules: d.rules.map((r) => r.id), reason: d.reason, targetLine: d.targetLine, expires: d.expires, expired: d.expired };
}

/** A one-comment document: the comment on the first line, then an object. */
const doc = (comment: string, eol = '\n') => `${comment}${eol}{}`;

describe('suppressions: parseDirectives', () => {
  it('a next-line comment: kind, rules, reason, the line after it; each rule name located', () => {
    const text = doc('// privacy-lint-disable-next-line retention/audit-logs, processing/iso -- approved');
    const [d] = directives(text);
    assert.deepStrictEqual(summary(d), {
      kind: 'next-line',
      rules: ['retention/audit-logs', 'processing/iso'],
      reason: 'approved',
      targetLine: 1,
      expires: undefined,
      expired: false,
    });
    assert.deepStrictEqual(
      d.rules.map((r) => text.slice(r.offset, r.offset + r.length)),
      ['retention/audit-logs', 'processing/iso'],
    );
    assert.deepStrictEqual(
      d.rules.map((r) => r.used),
      [0, 0],
    );
    assert.deepStrictEqual({ offset: d.comment.offset, length: d.comment.length }, { offset: 0, length: text.indexOf('\n') });
  });

  it('a file comment', () => {
    assert.deepStrictEqual(summary(directives(doc('// privacy-lint-disable-file schema/type -- legacy'))[0]), {
      kind: 'file',
      rules: ['schema/type'],
      reason: 'legacy',
      targetLine: 1,
      expires: undefined,
      expired: false,
    });
  });

  it('rule names separated by commas, spaces or both', () => {
    assert.deepStrictEqual(
      directives(doc('// privacy-lint-disable-file a,b  c ,d -- r'))[0].rules.map((r) => r.id),
      ['a', 'b', 'c', 'd'],
    );
  });

  it('no space after // and extra spaces before the name are fine', () => {
    assert.deepStrictEqual(
      directives(doc('//privacy-lint-disable-file a -- r'))
        .map(summary)
        .map((s) => s.rules),
      [['a']],
    );
    assert.deepStrictEqual(
      directives(doc('//   privacy-lint-disable-file a -- r'))
        .map(summary)
        .map((s) => s.rules),
      [['a']],
    );
  });

  it('a directive name mid-comment is not a directive', () => {
    assert.deepStrictEqual(directives(doc('// see privacy-lint-disable-file a -- r')), []);
    assert.deepStrictEqual(directives(doc('/* note: privacy-lint-disable-next-line a */')), []);
  });

  it('the name must end at a space or the end of the comment', () => {
    assert.deepStrictEqual(directives(doc('// privacy-lint-disable-filex a -- r')), []);
    assert.deepStrictEqual(directives(doc('// privacy-lint-disable-next-line-x a -- r')), []);
    assert.deepStrictEqual(directives(doc('// privacy-lint-disable-file')).map(summary), [
      { kind: 'file', rules: [], reason: undefined, targetLine: 1, expires: undefined, expired: false },
    ]);
  });

  it('other directive-like names are not directives', () => {
    assert.deepStrictEqual(directives(doc('// privacy-lint-disable a -- r')), []);
    assert.deepStrictEqual(directives(doc('// privacy-lint-enable-file a -- r')), []);
  });

  it('a block comment: the rules and reason end before */, located in the text', () => {
    const text = '{\n  /* privacy-lint-disable-next-line schema/type, processing/iso -- from the old system */\n  "x": 1\n}';
    const [d] = directives(text);
    assert.deepStrictEqual(summary(d), {
      kind: 'next-line',
      rules: ['schema/type', 'processing/iso'],
      reason: 'from the old system',
      targetLine: 2,
      expires: undefined,
      expired: false,
    });
    assert.deepStrictEqual(
      d.rules.map((r) => [r.offset, r.length]),
      [
        [text.indexOf('schema/type'), 'schema/type'.length],
        [text.indexOf('processing/iso'), 'processing/iso'.length],
      ],
    );
    assert.strictEqual(d.comment.offset, text.indexOf('/*'));
    assert.strictEqual(d.comment.length, text.indexOf('*/') + 2 - text.indexOf('/*'));
  });

  it('a block comment with no reason: the last rule name stops before */', () => {
    const [d] = directives('/* privacy-lint-disable-file schema/type */{}');
    assert.deepStrictEqual(summary(d).rules, ['schema/type']);
    assert.strictEqual(d.reason, undefined);
  });

  it('a block comment over several lines targets the line after its end', () => {
    const [d] = directives('{\n  /* privacy-lint-disable-next-line schema/type\n     -- reviewed */\n  "x": 1\n}');
    assert.strictEqual(d.targetLine, 3);
    assert.strictEqual(d.reason, 'reviewed');
  });

  it('the target line with CRLF line ends', () => {
    assert.strictEqual(directives('{\r\n  // privacy-lint-disable-next-line schema/type -- r\r\n  "x": 1\r\n}')[0].targetLine, 2);
  });

  it('a reason: the text after the first --, trimmed; none when empty', () => {
    assert.strictEqual(directives(doc('// privacy-lint-disable-file a --   two -- dashes  '))[0].reason, 'two -- dashes');
    assert.strictEqual(directives(doc('// privacy-lint-disable-file a --'))[0].reason, undefined);
    assert.strictEqual(directives(doc('// privacy-lint-disable-file a --   '))[0].reason, undefined);
    assert.strictEqual(directives(doc('// privacy-lint-disable-file a'))[0].reason, undefined);
    assert.deepStrictEqual(
      directives(doc('// privacy-lint-disable-file a--b'))[0].rules.map((r) => r.id),
      ['a'],
    );
  });

  describe('expiry: a reason ending with "; expires YYYY-MM-DD"', () => {
    const expiry = (reason: string) => {
      const d = directives(doc(`// privacy-lint-disable-file a -- ${reason}`))[0];
      return { expires: d.expires, expired: d.expired };
    };
    const cases: [string, string | undefined][] = [
      ['legal hold; expires 2026-12-31', '2026-12-31'],
      ['legal hold;expires 2026-12-31', '2026-12-31'],
      ['legal hold;   expires    2026-12-31   ', '2026-12-31'],
      ['; expires 2026-12-31', '2026-12-31'],
      ['legal hold; expires 2026-12-31 pending review', undefined],
      ['legal hold; expires 2026-12-31.', undefined],
      ['legal hold; expires2026-12-31', undefined],
      ['legal hold expires 2026-12-31', undefined],
      ['legal hold; expires 2026-1-31', undefined],
      ['legal hold; expires on 2026-12-31', undefined],
      ['legal hold; Expires 2026-12-31', undefined],
    ];
    for (const [reason, expires] of cases) {
      it(`${JSON.stringify(reason)}: ${expires ?? 'no expiry'}`, () => assert.deepStrictEqual(expiry(reason), { expires, expired: false }));
    }

    it('no reason, no expiry (a date in the rule list is a rule name)', () => {
      const d = directives(doc('// privacy-lint-disable-file a; expires 2000-01-01'))[0];
      assert.deepStrictEqual({ expires: d.expires, expired: d.expired }, { expires: undefined, expired: false });
    });

    it('expired from its date on, not before', () => {
      const text = doc('// privacy-lint-disable-file a -- hold; expires 2026-03-01');
      assert.strictEqual(directives(text, '2026-02-28')[0].expired, false);
      assert.strictEqual(directives(text, '2026-03-01')[0].expired, true);
      assert.strictEqual(directives(text, '2026-03-02')[0].expired, true);
    });
  });
});

describe('suppressions: applySuppressions', () => {
  const diagnostic = (rule: string, line: number): Diagnostic => ({
    offset: 0,
    length: 1,
    rule,
    severity: 'error',
    message: 'm',
    path: [],
    range: { start: { line, character: 0 }, end: { line, character: 1 } },
    fixes: [],
  });
  const text = [
    '// privacy-lint-disable-file schema/type -- everywhere',
    '{',
    '  // privacy-lint-disable-next-line processing/iso, schema/type',
    '  "x": 1,',
    '  // privacy-lint-disable-next-line processing/iso -- old; expires 2026-01-01',
    '  "y": 2',
    '}',
  ].join('\n');

  it('a next-line rule on its line, a file rule anywhere; the first directive gives the justification', () => {
    const ds = directives(text);
    const iso3 = diagnostic('processing/iso', 3);
    const iso5 = diagnostic('processing/iso', 5);
    const type3 = diagnostic('schema/type', 3);
    const type6 = diagnostic('schema/type', 6);
    const other3 = diagnostic('migration/cost', 3);
    applySuppressions(ds, [iso3, iso5, type3, type6, other3]);
    assert.deepStrictEqual(iso3.suppression, { kind: 'inSource', justification: '' }, 'no reason: empty justification');
    assert.strictEqual(iso5.suppression, undefined, 'the directive for line 5 has expired');
    assert.deepStrictEqual(type3.suppression, { kind: 'inSource', justification: 'everywhere' });
    assert.deepStrictEqual(type6.suppression, { kind: 'inSource', justification: 'everywhere' });
    assert.strictEqual(other3.suppression, undefined, 'not named');
    assert.deepStrictEqual(
      ds.map((d) => d.rules.map((r) => r.used)),
      [[2], [1, 1], [0]],
    );
  });

  it("nothing is suppressed on the comment's own line or two lines below", () => {
    const ds = directives(text);
    const before = diagnostic('processing/iso', 2);
    const after = diagnostic('processing/iso', 4);
    applySuppressions(ds, [before, after]);
    assert.deepStrictEqual([before.suppression, after.suppression], [undefined, undefined]);
    assert.deepStrictEqual(
      ds[1].rules.map((r) => r.used),
      [0, 0],
    );
  });

  it('syntax and the suppression rules cannot be suppressed', () => {
    const ds = directives('// privacy-lint-disable-file syntax, suppression/reason -- no\n{}');
    const syntax = diagnostic('syntax', 1);
    const reason = diagnostic('suppression/reason', 1);
    applySuppressions(ds, [syntax, reason]);
    assert.deepStrictEqual([syntax.suppression, reason.suppression], [undefined, undefined]);
    assert.deepStrictEqual(
      ds[0].rules.map((r) => r.used),
      [0, 0],
    );
    assert.deepStrictEqual(['syntax', 'suppression/unused', 'suppression/x', 'schema/type', 'syntax/x'].map(isSuppressible), [false, false, false, true, true]);
  });

  it('through lint: a block comment suppresses the next line, with its reason as justification', () => {
    const result = lint('{\n  /* privacy-lint-disable-next-line schema/unknown-property -- kept for the importer */\n  "x": 1\n}');
    const unknown = result.diagnostics.filter((d) => d.rule === 'schema/unknown-property');
    assert.deepStrictEqual(
      unknown.map((d) => [d.path, d.suppression]),
      [[['x'], { kind: 'inSource', justification: 'kept for the importer' }]],
    );
    assert.deepStrictEqual(
      result.diagnostics.filter((d) => d.rule.startsWith('suppression/')),
      [],
    );
  });
});

describe('suppressions: localDate', () => {
  it('the local date, zero-padded', () => {
    assert.strictEqual(localDate(new Date(2026, 0, 5, 12)), '2026-01-05');
    assert.strictEqual(localDate(new Date(2026, 10, 25, 0, 1)), '2026-11-25');
  });
  it('no date: no disable comment has expired (the engine reads no clock)', () => {
    const doc = parseDocument('// privacy-lint-disable-file schema/type -- old; expires 2000-01-01\n{}');
    assert.deepStrictEqual(
      parseDirectives(doc, undefined).map((d) => [d.expires, d.expired]),
      [['2000-01-01', false]],
    );
    assert.deepStrictEqual(
      parseDirectives(doc, '2000-01-01').map((d) => [d.expires, d.expired]),
      [['2000-01-01', true]],
    );
  });
});
