import { describeRule, preferred, type RuleCase } from '../../helpers/ruleTable';

const PATH = ['retention', 'telemetry'];
const setTo = (value: number | string) => ({
  change: (c: any) => {
    c.retention.telemetry = value;
  },
});

/** A telemetry retention in 2018-05: reported with a fix to `fixed`, or silent. */
const kept = (value: number | string, fixed: number | string | undefined): RuleCase => ({
  name: `${JSON.stringify(value)} ${fixed === undefined ? 'is within 30 days' : `is over 30 days: fix to ${JSON.stringify(fixed)}`}`,
  from: '2018-05',
  change: (c) => {
    c.retention.telemetry = value;
  },
  expect: fixed === undefined ? [] : [{ path: PATH, at: 'value', fixes: [preferred(setTo(fixed))] }],
  others: [],
});

describeRule({ id: 'retention/telemetry', severity: 'error', editions: ['2018-05'] }, [
  kept(31, 30),
  kept(365, 30),
  kept(30, undefined),
  kept(0, undefined),
  kept('P31D', 'P30D'),
  kept('P5W', 'P30D'),
  kept('P1Y', 'P30D'),
  kept('P2M', 'P30D'),
  kept('P1M1D', 'P30D'),
  kept('P1M', undefined),
  kept('P4W', undefined),
  kept('P30D', undefined),
  kept('P0D', undefined),
  {
    name: 'missing in 2018-05: on retention (its key), fix inserts 30 (preferred); not schema/required',
    from: '2018-05',
    change: (c) => {
      delete c.retention.telemetry;
    },
    expect: [{ path: ['retention'], at: 'missing', message: /30/, fixes: [preferred(setTo(30))] }],
    others: [],
  },
  {
    name: 'missing from an empty retention object: the fix inserts inside the braces',
    from: '2018-05',
    text: (t) => t.replace('"retention": {\n    "telemetry": "P30D",\n    "auditLogs": "P1Y"\n  }', '«"retention"»: {}'),
    expect: [{ path: ['retention'], at: { marker: 0 }, fixes: [preferred({ edit: (t) => t.replace('"retention": {}', '"retention": { "telemetry": 30 }') })] }],
    others: ['retention/audit-logs'],
  },
  {
    name: 'silent in 2020-09, however long',
    change: (c) => {
      c.retention.telemetry = 'P10Y';
    },
    expect: [],
    others: [],
  },
  {
    name: 'silent in 2020-09 when missing',
    change: (c) => {
      delete c.retention.telemetry;
    },
    expect: [],
    others: [],
  },
  {
    name: 'skipped when retention is missing (schema/required alone)',
    from: '2018-05',
    change: (c) => {
      delete c.retention;
    },
    expect: [],
    others: ['schema/required'],
  },
  {
    name: 'skipped when retention is not an object',
    from: '2018-05',
    change: (c) => {
      c.retention = 30;
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'skipped when the value is not a duration',
    from: '2018-05',
    change: (c) => {
      c.retention.telemetry = '45 days';
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'severity can be lowered',
    from: '2018-05',
    options: { rules: { 'retention/telemetry': 'warning' } },
    change: (c) => {
      c.retention.telemetry = 90;
    },
    expect: [{ path: PATH, at: 'value', severity: 'warning', fixes: [preferred(setTo(30))] }],
    others: [],
  },
  {
    name: 'applies in a file checked as 2018-05 by default edition',
    from: 'default',
    options: { defaultEdition: '2018-05' },
    change: (c) => {
      c.tenant.dataResidencyRequired = false;
      c.residency.geography = 'europe';
      for (const store of c.stores) store.geography = 'europe';
      c.retention.telemetry = 60;
    },
    expect: [{ path: PATH, at: 'value', fixes: [preferred(setTo(30))] }],
    checkedAs: '2018-05',
    others: [],
  },
]);
