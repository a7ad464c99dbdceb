import { describeRule, preferred, type RuleCase } from '../../helpers/ruleTable';

const MIGRATION = ['residency', 'migration'];
const deadline = (date: string) => ({
  change: (c: any) => {
    c.residency.migration.deadline = date;
  },
});

/** requestPeriodEnds `ends`, deadline `given`: reported with fix `latest`, or silent. */
const period = (ends: string, given: string, latest: string | undefined): RuleCase => ({
  name: `request period ends ${ends}, deadline ${given}: ${latest ? `too late, latest ${latest}` : 'fine'}`,
  from: 'migration',
  change: (c) => {
    c.residency.migration.requestPeriodEnds = ends;
    c.residency.migration.deadline = given;
  },
  expect: latest ? [{ path: [...MIGRATION, 'deadline'], at: 'value', message: new RegExp(latest), fixes: [preferred(deadline(latest))] }] : [],
  others: ['migration/feature-availability'],
});

describeRule({ id: 'migration/deadline', severity: 'error', editions: ['2020-09'] }, [
  period('2026-06-30', '2028-07-01', '2028-06-30'),
  period('2026-06-30', '2028-06-30', undefined),
  period('2027-02-28', '2029-03-01', '2029-02-28'),
  period('2027-02-28', '2029-02-28', undefined),
  period('2024-02-29', '2026-03-01', '2026-02-28'),
  period('2024-02-29', '2026-02-28', undefined),
  period('2025-08-31', '2027-09-01', '2027-08-31'),
  period('2026-01-31', '2028-02-01', '2028-01-31'),
  period('2025-12-15', '2027-12-16', '2027-12-15'),
  period('2025-12-15', '2030-01-01', '2027-12-15'),
  period('2026-06-30', '2026-07-01', undefined),
  {
    name: 'deadline missing: on the migration (its key), fix inserts the latest allowed date (preferred); not schema/required',
    from: 'migration',
    change: (c) => {
      delete c.residency.migration.deadline;
    },
    expect: [{ path: MIGRATION, at: 'missing', message: /deadline/, fixes: [preferred(deadline('2028-06-30'))] }],
    others: ['migration/feature-availability'],
  },
  {
    name: 'deadline missing and requestPeriodEnds invalid: the absence is still reported, with no fix',
    from: 'migration',
    change: (c) => {
      delete c.residency.migration.deadline;
      c.residency.migration.requestPeriodEnds = '2026-13-01';
    },
    expect: [{ path: MIGRATION, at: 'missing' }],
    others: ['migration/feature-availability', 'schema/type'],
  },
  {
    name: 'skipped when the deadline is not a date',
    from: 'migration',
    change: (c) => {
      c.residency.migration.deadline = 'ASAP';
    },
    expect: [],
    others: ['migration/feature-availability', 'schema/type'],
  },
  {
    name: 'skipped when requestPeriodEnds is missing',
    from: 'migration',
    change: (c) => {
      delete c.residency.migration.requestPeriodEnds;
      c.residency.migration.deadline = '2099-01-01';
    },
    expect: [],
    others: ['migration/feature-availability', 'schema/required'],
  },
  {
    name: 'in 2018-05 migration/edition reports it alone',
    from: '2018-05',
    change: (c) => {
      c.residency.migration = { requestPeriodEnds: '2026-06-30', deadline: '2099-01-01' };
    },
    expect: [],
    others: ['migration/edition'],
  },
  {
    name: 'the inserted deadline keeps the line layout and comments (CRLF)',
    text:
      '{\r\n  "tenant": { "id": "t", "signupCountry": "DE", "dataResidencyRequired": true },\r\n  "residency": {\r\n    "geography": "europe",\r\n' +
      '    «"migration"»: {\r\n      "targetGeography": "germany",\r\n      "requestPeriodEnds": "2027-02-28", // end of the request period\r\n' +
      '      "acceptsMinimalDataLoss": true,\r\n      "acceptsReconfiguration": true\r\n    }\r\n  },\r\n  "stores": [],\r\n' +
      '  "retention": { "auditLogs": 365 },\r\n  "deletion": { "active": { "enabled": true, "purgeWithinDays": 30 }, "passive": { "enabled": true, "purgeWithinDays": 30 } },\r\n' +
      '  "processing": { "isoCertified": true, "purposes": [] }\r\n}\r\n',
    expect: [
      {
        path: MIGRATION,
        at: { marker: 0 },
        fixes: [
          preferred({
            edit: (t) => t.replace('"acceptsReconfiguration": true\r\n', '"acceptsReconfiguration": true,\r\n      "deadline": "2029-02-28"\r\n'),
          }),
        ],
      },
    ],
    others: ['migration/feature-availability'],
  },
]);
