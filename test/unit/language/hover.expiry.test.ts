import * as assert from 'assert';
import type { MarkupContent } from 'vscode-languageserver-types';
import { lint, parseDocument } from '../../../server/src/engine';
import { doHover } from '../../../server/src/engine';
import { expiryMarkdown } from '../../../server/src/engine/language/comments';
import { positionOf } from './helpers';

/** A disable comment whose exception ends on 2026-01-31. */
const TEXT = `{
  // privacy-lint-disable-next-line retention/audit-logs -- legal hold; expires 2026-01-31
  "retention": { "auditLogs": 400 }
}`;

function hoverOnComment(today: string, text = TEXT): string {
  const doc = parseDocument(text);
  const hover = doHover(doc, positionOf(doc, 'privacy-lint-disable', 3), '2020-09', lint(text, { today }).diagnostics, today);
  assert.ok(hover, 'a hover on the disable comment');
  const start = text.indexOf('//');
  assert.deepStrictEqual(hover.range, { start: doc.lines.positionAt(start), end: doc.lines.positionAt(text.indexOf('\n', start)) });
  return (hover.contents as MarkupContent).value;
}

describe('language: hover on an expiring disable comment', () => {
  it('before the date: the date, the days left, and that it still suppresses', () => {
    const text = hoverOnComment('2026-01-19');
    assert.match(
      text,
      /^Disables `retention\/audit-logs` on the next line until 2026-01-31\.\n\n\*\*Expires on 2026-01-31\*\*, in 12 days: until then it suppresses/,
    );
    assert.doesNotMatch(text, /Expired/);
  });

  it('the day before: tomorrow', () => {
    assert.match(hoverOnComment('2026-01-30'), /\*\*Expires on 2026-01-31\*\*, tomorrow:/);
  });

  it('on the date: expired today, suppresses nothing, as suppression/expired reports', () => {
    const text = hoverOnComment('2026-01-31');
    assert.match(text, /^Disabled `retention\/audit-logs` on the next line until 2026-01-31\./);
    assert.match(text, /\*\*Expired on 2026-01-31\*\*, today: it suppresses nothing, and `suppression\/expired` reports it\./);
    // The hover agrees with the lint of the same day.
    const rules = lint(TEXT, { today: '2026-01-31' })
      .diagnostics.filter((d) => d.rule !== 'schema/required')
      .map((d) => `${d.rule}${d.suppression ? ' (suppressed)' : ''}`);
    assert.deepStrictEqual(rules, ['suppression/expired', 'retention/audit-logs']);
  });

  it('after the date: how long ago (across a month and a leap day)', () => {
    assert.match(hoverOnComment('2026-02-01'), /\*\*Expired on 2026-01-31\*\*, 1 day ago:/);
    assert.match(hoverOnComment('2028-03-01', TEXT.replace('2026-01-31', '2028-02-28')), /\*\*Expired on 2028-02-28\*\*, 2 days ago:/);
  });

  it('the rule sections still follow, and a comment without an expiry has no expiry text', () => {
    assert.match(hoverOnComment('2026-01-19'), /\*\*retention\/audit-logs\*\*/);
    const plain = TEXT.replace('; expires 2026-01-31', '');
    const text = hoverOnComment('2026-01-19', plain);
    assert.match(text, /^Disables `retention\/audit-logs` on the next line\./);
    assert.doesNotMatch(text, /xpire/);
  });

  it('is pure: the date comes from the caller, and a date that does not exist is named as such', () => {
    assert.strictEqual(expiryMarkdown('2026-01-31', false, '2026-01-01'), expiryMarkdown('2026-01-31', false, '2026-01-01'));
    assert.match(expiryMarkdown('2026-02-30', false, '2026-01-01'), /^\*\*Expires on 2026-02-30\*\* \(2026-02-30 is not a real calendar date\):/);
  });
});
