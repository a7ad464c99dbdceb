import { ALL, describeRule, runCase } from '../../helpers/ruleTable';

/** The 2020-09 baseline with audit logs kept 400 days and `comment` on the line before. */
const above = (comment: string) => (t: string) => t.replace('    "auditLogs": 365', `    ${comment}\n    "auditLogs": 400`);

const AUDIT = { id: 'retention/audit-logs', severity: 'error', editions: ALL } as const;

describeRule({ id: 'suppression/reason', severity: 'warning', editions: ALL }, [
  {
    name: 'a next-line comment with no reason: path [], on the comment, no fix',
    text: above('«// privacy-lint-disable-next-line retention/audit-logs»'),
    expect: [{ path: [], at: { marker: 0 }, message: /reason|--/ }],
    others: ['retention/audit-logs'],
  },
  {
    name: 'a file comment with no reason',
    text: (t) => t.replace('{\n', '{\n  «// privacy-lint-disable-file retention/audit-logs»\n').replace('"auditLogs": 365', '"auditLogs": 400'),
    expect: [{ path: [], at: { marker: 0 } }],
    others: ['retention/audit-logs'],
  },
  {
    name: 'a comment with a reason is fine',
    text: above('// privacy-lint-disable-next-line retention/audit-logs -- approved by the privacy board, ticket 123'),
    expect: [],
    others: ['retention/audit-logs'],
  },
  {
    name: 'a "--" with nothing after it gives no reason',
    text: above('«// privacy-lint-disable-next-line retention/audit-logs --   »'),
    expect: [{ path: [], at: { marker: 0 } }],
    others: ['retention/audit-logs'],
  },
  {
    name: 'one diagnostic per comment without a reason',
    text: (t) =>
      above('«// privacy-lint-disable-next-line retention/audit-logs»')(t)
        .replace('{\n', '{\n  «// privacy-lint-disable-file processing/iso»\n')
        .replace('"isoCertified": true', '"isoCertified": false'),
    expect: [
      { path: [], at: { marker: 0 } },
      { path: [], at: { marker: 1 } },
    ],
    others: ['processing/iso', 'retention/audit-logs'],
  },
  {
    name: 'a comment that is not a directive is not judged',
    text: (t) => t.replace('{\n', '{\n  // privacy-lint-disable is explained in the README\n  // we disable nothing here\n'),
    expect: [],
    others: [],
  },
  {
    name: 'the range counts UTF-16 code units (a trailing comment after an emoji string)',
    text: (t) =>
      t
        .replace('"id": "contoso",', '"id": "contoso", "ïd😀": 1, «// privacy-lint-disable-next-line retention/audit-logs»')
        .replace('"auditLogs": 365', '"auditLogs": 400'),
    expect: [{ path: [], at: { marker: 0 } }],
    others: ['retention/audit-logs', 'schema/unknown-property', 'suppression/unused'],
  },
  {
    name: 'a missing reason is not suppressed by another comment (suppression rules judge the comments themselves)',
    text: (t) =>
      above('«// privacy-lint-disable-next-line retention/audit-logs»')(t).replace(
        '{\n',
        '{\n  // privacy-lint-disable-file suppression/reason -- we do not write reasons\n',
      ),
    expect: [{ path: [], at: { marker: 0 } }],
    others: ['retention/audit-logs', 'suppression/unused'],
  },
]);

describeRule({ id: 'suppression/reason', severity: 'warning', editions: ALL }, [
  {
    name: 'the placeholder the quick fix inserts, "<reason>", is reported as a placeholder (the comment still suppresses)',
    text: above('«// privacy-lint-disable-next-line retention/audit-logs -- <reason>»'),
    expect: [{ path: [], at: { marker: 0 }, message: /^This disable comment's reason "<reason>" is a placeholder, not a reason/ }],
    others: ['retention/audit-logs'],
  },
  ...['TODO', 'tbd', 'reason', 'FIXME.', '<why>', '...', '<reason>; expires 2099-01-01'].map((placeholder) => ({
    name: `the placeholder ${JSON.stringify(placeholder)} is reported`,
    text: above(`«// privacy-lint-disable-next-line retention/audit-logs -- ${placeholder}»`),
    expect: [{ path: [], at: { marker: 0 }, message: /is a placeholder, not a reason/ }],
    others: ['retention/audit-logs'],
  })),
  {
    name: 'a reason that mentions a placeholder word among others is a reason',
    text: above('// privacy-lint-disable-next-line retention/audit-logs -- TODO: shorten once the audit closes, PRIV-142'),
    expect: [],
    others: ['retention/audit-logs'],
  },
  ...['2026-02-30', '9999-99-99', '2026-2-3', '2025-13-01'].map((date) => ({
    name: `an expiry that is not a real date (${date}) is reported; the comment still suppresses and never expires`,
    text: above(`«// privacy-lint-disable-next-line retention/audit-logs -- legal hold; expires ${date}»`),
    options: { today: '2030-01-01' },
    expect: [{ path: [], at: { marker: 0 }, message: new RegExp(`^The expiry "${date}" is not a real calendar date "YYYY-MM-DD"`) }],
    others: ['retention/audit-logs'],
  })),
  {
    name: 'a real expiry date is not reported (before it)',
    text: above('// privacy-lint-disable-next-line retention/audit-logs -- legal hold; expires 2028-02-29'),
    options: { today: '2027-01-01' },
    expect: [],
    others: ['retention/audit-logs'],
  },
  {
    name: '"; expires never" is words of the reason, not a date',
    text: above('// privacy-lint-disable-next-line retention/audit-logs -- legal hold; expires never'),
    expect: [],
    others: ['retention/audit-logs'],
  },
]);

describe('suppression/reason: a comment without a reason still suppresses', () => {
  it('the audit-logs diagnostic on the next line carries an in-source suppression with an empty justification', () => {
    runCase(AUDIT, {
      name: 'suppressed',
      text: (t) => t.replace('    "auditLogs": 365', '    // privacy-lint-disable-next-line retention/audit-logs\n    "auditLogs": «400»'),
      expect: [
        {
          path: ['retention', 'auditLogs'],
          at: { marker: 0 },
          suppressed: '',
          fixes: [{ preferred: true, result: { edit: (t) => t.replace('"auditLogs": 400', '"auditLogs": 365') } }],
        },
      ],
    });
  });
});
