/**
 * suppression/unused: the fix that removes a whole disable comment takes its line when the
 * comment stands alone on it (with the line's own break: LF, CRLF or CR, and its indentation,
 * spaces or tabs), and only the comment when anything else is on that line; it never joins
 * two lines. And the fix that removes one rule of several.
 */
import * as assert from 'assert';
import { lint } from '../../../../server/src/engine';
import { describeMessages } from '../../helpers/messages';

const UNUSED = (rule: string, where = 'in this file') => `"${rule}" is disabled here but reports nothing ${where}.`;
const REMOVE_COMMENT = 'Remove the disable comment';

/** One unused file directive for migration/cost, in `before` + comment + `after`, and the text the fix must leave. */
const wholeComment = (name: string, before: string, comment: string, after: string, fixed: string) => ({
  name,
  text: `${before}${comment.replace('migration/cost', '«migration/cost»')}${after}`,
  expect: [{ path: [], message: UNUSED('migration/cost'), fixes: [{ title: REMOVE_COMMENT, preferred: true, text: fixed }], marker: 0 }],
});

const C = '// privacy-lint-disable-file migration/cost -- r';

describeMessages('suppression/unused', [
  wholeComment('alone on the first line (LF): the line goes', '', C, '\n{}\n', '{}\n'),
  wholeComment('alone on the first line (CRLF): the line and both characters of its break go', '', C, '\r\n{}\r\n', '{}\r\n'),
  wholeComment('alone on the first line (CR): the line goes', '', C, '\r{}\r', '{}\r'),
  wholeComment('indented with spaces, trailing spaces: the line goes', '{\n', `    ${C}   `, '\n}', '{\n}'),
  wholeComment('indented with tabs (CRLF): the line goes', '{\r\n', `\t\t${C}\t`, '\r\n}', '{\r\n}'),
  wholeComment('on the last line, no line break after it: the line goes, the break before stays', '{}\n', C, '', '{}\n'),
  wholeComment('indented on the last line, no line break after it: the indentation goes too', '{}\n', `  ${C}`, '', '{}\n'),
  wholeComment('on a later line (CR only): the line and its CR go', '{\r', `  ${C}`, '\r  "a": 1\r}', '{\r  "a": 1\r}'),
  wholeComment(
    'a block comment alone, spaces and a tab after it: the line goes',
    '{\n  ',
    '/* privacy-lint-disable-file migration/cost -- r */',
    ' \t \n  "a": 1\n}',
    '{\n  "a": 1\n}',
  ),
  wholeComment(
    'a block comment, spaces, then a value: only the comment goes',
    '{\n  ',
    '/* privacy-lint-disable-file migration/cost -- r */',
    '  "a": 1\n}',
    '{\n    "a": 1\n}',
  ),
  wholeComment(
    'a block comment alone on the last line, spaces after it, no line break: the line goes',
    '{}\n',
    '/* privacy-lint-disable-file migration/cost -- r */',
    '  ',
    '{}\n',
  ),
  wholeComment('after a value on its line: only the comment goes, the line break stays', '{\n  "a": 1, ', C, '\n  "b": 2\n}', '{\n  "a": 1, \n  "b": 2\n}'),
  wholeComment('after a value, CRLF: only the comment goes', '{\r\n  "a": 1, ', C, '\r\n  "b": 2\r\n}', '{\r\n  "a": 1, \r\n  "b": 2\r\n}'),
  wholeComment(
    'a block comment before a value on its line: only the comment goes',
    '{\n  ',
    '/* privacy-lint-disable-file migration/cost -- r */',
    ' "a": 1\n}',
    '{\n   "a": 1\n}',
  ),
  wholeComment(
    'a block comment alone on its line: the line goes',
    '{\n  ',
    '/* privacy-lint-disable-file migration/cost -- r */',
    '\n  "a": 1\n}',
    '{\n  "a": 1\n}',
  ),
  {
    name: 'one of three rules, the middle one: it and the comma before it go',
    text: '{\n  // privacy-lint-disable-file schema/unknown-property, «migration/cost», schema/required -- r\n  "x": 1\n}',
    expect: [
      {
        path: [],
        marker: 0,
        message: UNUSED('migration/cost'),
        fixes: [
          {
            title: 'Remove "migration/cost" from the comment',
            preferred: true,
            text: '{\n  // privacy-lint-disable-file schema/unknown-property, schema/required -- r\n  "x": 1\n}',
          },
        ],
      },
    ],
  },
]);

describe('suppression/unused: the fix stays inside the text', () => {
  for (const text of ['{}\n// privacy-lint-disable-file migration/cost -- r', '{}\n/* privacy-lint-disable-file migration/cost -- r */  ']) {
    it(JSON.stringify(text), () => {
      const [d] = lint(text).diagnostics.filter((x) => x.rule === 'suppression/unused');
      const edits = d.fixes[0].edits;
      assert.deepStrictEqual(
        edits.map((e) => [e.offset, e.offset + e.length, e.newText]),
        [[3, text.length, '']],
      );
    });
  }
});
