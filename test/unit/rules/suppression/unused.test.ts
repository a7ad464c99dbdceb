import { ALL, describeRule, offered, preferred, runCase } from '../../helpers/ruleTable';

const AUDIT = { id: 'retention/audit-logs', severity: 'error', editions: ALL } as const;
const ISO = { id: 'processing/iso', severity: 'error', editions: ALL } as const;

/** The 2020-09 baseline with audit logs kept `days` and `comment` on the line before. */
const above =
  (comment: string, days = 400) =>
  (t: string) =>
    t.replace('    "auditLogs": 365', `    ${comment}\n    "auditLogs": ${days}`);
const dropLine = (line: string) => ({ edit: (t: string) => t.replace(`    ${line}\n`, '') });

describeRule({ id: 'suppression/unused', severity: 'warning', editions: ALL }, [
  {
    name: 'a rule that reports nothing on the next line: path [], on the rule name; fix removes the comment line (preferred)',
    text: above('// privacy-lint-disable-next-line «retention/audit-logs» -- legacy', 365),
    expect: [
      {
        path: [],
        at: { marker: 0 },
        message: /retention\/audit-logs/,
        fixes: [preferred(dropLine('// privacy-lint-disable-next-line retention/audit-logs -- legacy'))],
      },
    ],
    others: [],
  },
  {
    name: 'one of two rules unused: fix removes only that rule (the last)',
    text: above('// privacy-lint-disable-next-line retention/audit-logs, «processing/iso» -- approved'),
    expect: [
      {
        path: [],
        at: { marker: 0 },
        fixes: [preferred({ edit: (t) => t.replace('retention/audit-logs, processing/iso --', 'retention/audit-logs --') })],
      },
    ],
    others: ['retention/audit-logs'],
  },
  {
    name: 'one of two rules unused: fix removes only that rule (the first)',
    text: above('// privacy-lint-disable-next-line «processing/iso», retention/audit-logs -- approved'),
    expect: [
      {
        path: [],
        at: { marker: 0 },
        fixes: [preferred({ edit: (t) => t.replace('processing/iso, retention/audit-logs --', 'retention/audit-logs --') })],
      },
    ],
    others: ['retention/audit-logs'],
  },
  {
    name: 'every rule unused: one diagnostic per rule, each fix removes the comment',
    text: above('// privacy-lint-disable-next-line «processing/iso», «deletion/scenario» -- approved', 365),
    expect: [
      { path: [], at: { marker: 0 }, fixes: [preferred(dropLine('// privacy-lint-disable-next-line processing/iso, deletion/scenario -- approved'))] },
      { path: [], at: { marker: 1 }, fixes: [preferred(dropLine('// privacy-lint-disable-next-line processing/iso, deletion/scenario -- approved'))] },
    ],
    others: [],
  },
  {
    name: 'a file comment that suppresses nothing',
    text: (t) => t.replace('{\n', '{\n  // privacy-lint-disable-file «migration/cost» -- no migrations here\n'),
    expect: [
      {
        path: [],
        at: { marker: 0 },
        fixes: [preferred({ edit: (t) => t.replace('  // privacy-lint-disable-file migration/cost -- no migrations here\n', '') })],
      },
    ],
    others: [],
  },
  {
    name: 'a file comment that suppresses something anywhere is used',
    text: (t) => t.replace('"auditLogs": 365', '"auditLogs": 400 // privacy-lint-disable-file retention/audit-logs -- approved'),
    expect: [],
    others: ['retention/audit-logs'],
  },
  {
    name: 'a next-line comment aimed at the wrong line is unused',
    text: (t) =>
      t
        .replace('    "telemetry": 30,', '    // privacy-lint-disable-next-line «retention/audit-logs» -- approved\n    "telemetry": 30,')
        .replace('"auditLogs": 365', '"auditLogs": 400'),
    expect: [
      {
        path: [],
        at: { marker: 0 },
        fixes: [preferred({ edit: (t) => t.replace('    // privacy-lint-disable-next-line retention/audit-logs -- approved\n', '') })],
      },
    ],
    others: ['retention/audit-logs'],
  },
  {
    name: 'a trailing comment: the fix removes the comment and keeps the code on its line',
    text: (t) => t.replace('"telemetry": 30,', '"telemetry": 30, // privacy-lint-disable-next-line «processing/iso» -- approved'),
    // Only the comment goes; whether the space before it stays is a matter of layout.
    expect: [{ path: [], at: { marker: 0 }, fixes: [preferred({ keeps: ['"telemetry": 30,'], drops: ['privacy-lint'], parsed: () => undefined })] }],
    others: [],
  },
  {
    name: 'an unknown rule id suppresses nothing, and is reported as not a rule, with the rule it may mean and both fixes',
    text: above('// privacy-lint-disable-next-line «retention/auditlogs» -- typo'),
    expect: [
      {
        path: [],
        at: { marker: 0 },
        message: /^"retention\/auditlogs" is not a rule; did you mean "retention\/audit-logs"\?$/,
        fixes: [
          preferred(dropLine('// privacy-lint-disable-next-line retention/auditlogs -- typo')),
          offered({ edit: (t: string) => t.replace('retention/auditlogs --', 'retention/audit-logs --') }, /Change to "retention\/audit-logs"/),
        ],
      },
    ],
    others: ['retention/audit-logs'],
  },
  {
    name: 'an unknown rule id far from every rule: not a rule, no suggestion, only the removal',
    text: above('// privacy-lint-disable-next-line retention/audit-logs, «no-such-thing» -- legacy'),
    expect: [
      {
        path: [],
        at: { marker: 0 },
        message: /^"no-such-thing" is not a rule, so it suppresses nothing\.$/,
        fixes: [preferred({ edit: (t: string) => t.replace(', no-such-thing', '') })],
      },
    ],
    others: ['retention/audit-logs'],
  },
  {
    name: 'a rule id given through extraRuleIds (an organization policy) is a rule: only "reports nothing"',
    text: above('// privacy-lint-disable-next-line retention/audit-logs, «contoso/eu-only» -- legacy'),
    options: { extraRuleIds: ['contoso/eu-only'] },
    expect: [
      {
        path: [],
        at: { marker: 0 },
        message: /^"contoso\/eu-only" is disabled here but reports nothing on the next line\.$/,
        fixes: [preferred({ edit: (t: string) => t.replace(', contoso/eu-only', '') })],
      },
    ],
    others: ['retention/audit-logs'],
  },
  {
    name: '"syntax" cannot be suppressed, so naming it suppresses nothing',
    text: (t) =>
      t.replace(
        '"signupCountry": "DE",\n    "subscription"',
        '"signupCountry": "DE"\n    // privacy-lint-disable-next-line «syntax» -- known\n    "subscription"',
      ),
    expect: [{ path: [], at: { marker: 0 }, fixes: [preferred(dropLine('// privacy-lint-disable-next-line syntax -- known'))] }],
    others: ['syntax'],
  },
  {
    name: 'CRLF: the fix removes the whole comment line with its CRLF',
    text: (t) => above('// privacy-lint-disable-next-line «processing/iso» -- approved', 365)(t).replace(/\n/g, '\r\n'),
    expect: [
      {
        path: [],
        at: { marker: 0 },
        fixes: [preferred({ edit: (t) => t.replace('    // privacy-lint-disable-next-line processing/iso -- approved\r\n', '') })],
      },
    ],
    others: [],
  },
  { name: 'silent without disable comments', expect: [], others: [] },
]);

describe('suppressions (SPEC section 4)', () => {
  it('a next-line comment suppresses the named rule on the next line, with its reason as justification', () => {
    runCase(AUDIT, {
      name: 'next-line',
      text: above('// privacy-lint-disable-next-line retention/audit-logs -- approved by the privacy board'),
      expect: [
        {
          path: ['retention', 'auditLogs'],
          at: 'value',
          suppressed: 'approved by the privacy board',
          fixes: [preferred({ edit: (t) => t.replace('"auditLogs": 400', '"auditLogs": 365') })],
        },
      ],
      others: [],
    });
  });

  it('a next-line comment does not suppress other rules on that line', () => {
    runCase(AUDIT, {
      name: 'other rule',
      text: above('// privacy-lint-disable-next-line processing/iso -- approved'),
      expect: [{ path: ['retention', 'auditLogs'], at: 'value', fixes: [preferred({ edit: (t) => t.replace('"auditLogs": 400', '"auditLogs": 365') })] }],
      others: ['suppression/unused'],
    });
  });

  it('a file comment anywhere suppresses the rule on every line', () => {
    runCase(ISO, {
      name: 'file',
      text: (t) =>
        t
          .replace('"isoCertified": true', '"isoCertified": «false»')
          .replace(/\n\}$/, '\n}\n// privacy-lint-disable-file processing/iso, retention/audit-logs -- certification pending; expires never'),
      expect: [{ path: ['processing', 'isoCertified'], at: { marker: 0 }, suppressed: 'certification pending; expires never' }],
      others: ['suppression/unused'],
    });
  });

  it('a file comment suppresses each diagnostic of the rule', () => {
    runCase(
      { id: 'deletion/purge-window', severity: 'error', editions: ALL },
      {
        name: 'file, two',
        text: (t) =>
          t
            .replace('"purgeWithinDays": 30', '"purgeWithinDays": «31»')
            .replace('"purgeWithinDays": 30', '"purgeWithinDays": «90»')
            .replace('{\n', '{\n  // privacy-lint-disable-file deletion/purge-window -- legal hold\n'),
        expect: [
          {
            path: ['deletion', 'active', 'purgeWithinDays'],
            at: { marker: 0 },
            suppressed: 'legal hold',
            fixes: [preferred({ edit: (t) => t.replace('31', '30') })],
          },
          {
            path: ['deletion', 'passive', 'purgeWithinDays'],
            at: { marker: 1 },
            suppressed: 'legal hold',
            fixes: [preferred({ edit: (t) => t.replace('90', '30') })],
          },
        ],
        others: [],
      },
    );
  });

  it('a next-line comment suppresses a diagnostic that starts on the next line, whatever its end', () => {
    runCase(
      { id: 'migration/feature-availability', severity: 'information', editions: ['2020-09'] },
      {
        name: 'multi-line',
        from: 'migration',
        text: (t) =>
          t.replace('    "migration": {', '    // privacy-lint-disable-next-line migration/feature-availability -- planned downtime\n    "migration": {'),
        expect: [{ path: ['residency', 'migration'], at: 'value', suppressed: 'planned downtime' }],
        others: [],
      },
    );
  });
});
