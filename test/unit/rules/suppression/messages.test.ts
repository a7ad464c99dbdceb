import { describeMessages } from '../../helpers/messages';

/** The 2020-09 baseline with audit logs kept `days` days and `comment` on the line before. */
const above =
  (comment: string, days = 400) =>
  (t: string) =>
    t.replace('    "auditLogs": 365', `    ${comment}\n    "auditLogs": ${days}`);

describeMessages('suppression/reason', [
  {
    name: 'no reason: says where to write one',
    text: above('«// privacy-lint-disable-next-line retention/audit-logs»'),
    expect: [
      {
        path: [],
        marker: 0,
        message: 'This disable comment gives no reason; add one after "--", e.g. "-- approved by the privacy board, ticket 123".',
      },
    ],
  },
]);

describeMessages('suppression/unused', [
  {
    name: 'next line, the only rule: the fix removes the comment',
    text: above('// privacy-lint-disable-next-line «processing/iso» -- approved', 365),
    expect: [
      {
        path: [],
        marker: 0,
        message: '"processing/iso" is disabled here but reports nothing on the next line.',
        fixes: [{ title: 'Remove the disable comment', preferred: true }],
      },
    ],
  },
  {
    name: 'file, one of two rules: the fix removes that rule',
    text: (t) =>
      t
        .replace('{\n', '{\n  // privacy-lint-disable-file retention/audit-logs, «migration/cost» -- approved\n')
        .replace('"auditLogs": 365', '"auditLogs": 400'),
    expect: [
      {
        path: [],
        marker: 0,
        message: '"migration/cost" is disabled here but reports nothing in this file.',
        fixes: [{ title: 'Remove "migration/cost" from the comment', preferred: true }],
      },
    ],
  },
  {
    name: 'a rule that cannot be disabled: says which ones cannot',
    text: above('// privacy-lint-disable-next-line «syntax» -- approved', 365),
    expect: [
      {
        path: [],
        marker: 0,
        message: '"syntax" cannot be disabled: disable comments do not apply to `syntax` or the suppression rules.',
        fixes: [{ title: 'Remove the disable comment', preferred: true }],
      },
    ],
  },
]);

describeMessages('suppression/expired', [
  {
    name: 'says the date and the rules it no longer suppresses',
    options: { today: '2026-02-01' },
    text: above('«// privacy-lint-disable-next-line retention/audit-logs, processing/iso -- legal hold; expires 2026-01-31»'),
    expect: [
      {
        path: [],
        marker: 0,
        message: 'This disable comment expired on 2026-01-31; it no longer suppresses retention/audit-logs, processing/iso.',
      },
    ],
  },
]);
