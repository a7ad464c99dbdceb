/**
 * suppression/reason: a placeholder reason or an invalid expiry is quoted whole up to 60
 * characters, and shortened past that to its first 57 and "...".
 */
import * as assert from 'assert';
import { lint } from '../../../../server/src/engine';
import { configText } from '../../helpers/config';

const above = (comment: string) => configText('2020-09').replace('    "auditLogs": 365', `    ${comment}\n    "auditLogs": 400`);

function reasons(reason: string) {
  const comment = `// privacy-lint-disable-next-line retention/audit-logs -- ${reason}`;
  const text = above(comment);
  return lint(text, { today: '2026-03-01' })
    .diagnostics.filter((d) => d.rule === 'suppression/reason')
    .map((d) => ({ path: d.path, at: text.slice(d.offset, d.offset + d.length) === comment, message: d.message, fixes: d.fixes.length }));
}

const PLACEHOLDER = (shown: string) => `This disable comment's reason "${shown}" is a placeholder, not a reason; write why the exception is needed after "--".`;

describe('suppression/reason: long values are shortened in the message', () => {
  it('a placeholder of 60 characters: quoted whole', () => {
    const reason = `<${'y'.repeat(58)}>`;
    assert.strictEqual(reason.length, 60);
    assert.deepStrictEqual(reasons(reason), [{ path: [], at: true, message: PLACEHOLDER(reason), fixes: 0 }]);
  });

  it('a placeholder of 61 characters: its first 57, then "..."', () => {
    const reason = `<${'x'.repeat(59)}>`;
    assert.deepStrictEqual(reasons(reason), [{ path: [], at: true, message: PLACEHOLDER(`<${'x'.repeat(56)}...`), fixes: 0 }]);
  });

  it('an invalid expiry of 61 characters: its first 57, then "..."', () => {
    const expiry = `2026-02-30${'1'.repeat(51)}`;
    assert.strictEqual(expiry.length, 61);
    assert.deepStrictEqual(reasons(`legal hold; expires ${expiry}`), [
      {
        path: [],
        at: true,
        fixes: 0,
        message: `The expiry "${expiry.slice(0, 57)}..." is not a real calendar date "YYYY-MM-DD"; until it is, this comment never expires.`,
      },
    ]);
  });
});
