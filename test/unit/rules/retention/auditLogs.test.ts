import * as assert from 'assert';
import { fixAll } from '../../../../server/src/engine';
import { configText } from '../../helpers/config';
import { ALL, describeRule, preferred, type RuleCase } from '../../helpers/ruleTable';

const PATH = ['retention', 'auditLogs'];
const setTo = (value: number | string) => ({
  change: (c: any) => {
    c.retention.auditLogs = value;
  },
});

const kept = (value: number | string, fixed: number | string | undefined, from: '2020-09' | '2018-05' = '2020-09'): RuleCase => ({
  name: `${from}: ${JSON.stringify(value)} ${fixed === undefined ? 'is within a year' : `is over 365 days: fix to ${JSON.stringify(fixed)}`}`,
  from,
  change: (c) => {
    c.retention.auditLogs = value;
  },
  expect: fixed === undefined ? [] : [{ path: PATH, at: 'value', message: /365/, fixes: [preferred(setTo(fixed))] }],
  others: [],
});

describeRule({ id: 'retention/audit-logs', severity: 'error', editions: ALL }, [
  kept(366, 365),
  kept(400, 365, '2018-05'),
  kept(365, undefined),
  kept(0, undefined),
  kept('P2Y', 'P1Y'),
  kept('P1Y1D', 'P1Y', '2018-05'),
  kept('P13M', 'P1Y'),
  kept('P53W', 'P1Y'),
  kept('P366D', 'P1Y'),
  kept('P1Y', undefined),
  kept('P12M', undefined),
  kept('P52W', undefined),
  kept('P365D', undefined),
  kept('P12M5D', undefined),
  kept('P12M6D', 'P1Y'),
  kept('P1Y6M', 'P1Y'),
  {
    name: 'missing: on retention (its key), fix inserts 365 (preferred); not schema/required',
    change: (c) => {
      delete c.retention.auditLogs;
    },
    expect: [{ path: ['retention'], at: 'missing', fixes: [preferred(setTo(365))] }],
    others: [],
  },
  {
    name: 'missing in 2018-05',
    from: '2018-05',
    change: (c) => {
      delete c.retention.auditLogs;
    },
    expect: [{ path: ['retention'], at: 'missing', fixes: [preferred(setTo(365))] }],
    others: [],
  },
  {
    name: 'missing: the inserted line follows a trailing comment of the last property',
    text: (t) => t.replace('"retention": {\n    "telemetry": 30,\n    "auditLogs": 365\n  }', '«"retention"»: {\n    "telemetry": 30 // a month\n  }'),
    expect: [
      {
        path: ['retention'],
        at: { marker: 0 },
        fixes: [preferred({ edit: (t) => t.replace('"telemetry": 30 // a month\n', '"telemetry": 30, // a month\n    "auditLogs": 365\n') })],
      },
    ],
    others: [],
  },
  {
    name: 'CRLF and a tab-indented file: range and inserted line keep the layout',
    text: '{\r\n\t"tenant": { "id": "t", "signupCountry": "US" },\r\n\t"residency": { "geography": "northAmerica" },\r\n\t"stores": [],\r\n\t«"retention"»: {\r\n\t\t"telemetry": 30\r\n\t},\r\n\t"deletion": { "active": { "enabled": true, "purgeWithinDays": 30 }, "passive": { "enabled": true, "purgeWithinDays": 30 } },\r\n\t"processing": { "isoCertified": true, "purposes": [] }\r\n}',
    expect: [
      {
        path: ['retention'],
        at: { marker: 0 },
        fixes: [preferred({ edit: (t) => t.replace('"telemetry": 30\r\n', '"telemetry": 30,\r\n\t\t"auditLogs": 365\r\n') })],
      },
    ],
    others: [],
  },
  {
    name: 'the value after a comment with an emoji: UTF-16 range, fix replaces only the value',
    text: (t) => t.replace('"auditLogs": 365', '"auditLogs": /* 📜 logs */ «"P2Y"»'),
    expect: [{ path: PATH, at: { marker: 0 }, fixes: [preferred({ edit: (t) => t.replace('"P2Y"', '"P1Y"') })] }],
    others: [],
  },
  {
    name: 'skipped when retention is missing (schema/required alone)',
    change: (c) => {
      delete c.retention;
    },
    expect: [],
    others: ['schema/required'],
  },
  {
    name: 'skipped when the value is not a duration',
    change: (c) => {
      c.retention.auditLogs = 'forever';
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'skipped when the value is a negative number',
    change: (c) => {
      c.retention.auditLogs = -400;
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'the last of a repeated key counts',
    text: (t) => t.replace('"auditLogs": 365', '"auditLogs": 365, "auditLogs": «730»'),
    expect: [{ path: PATH, at: { marker: 0 }, fixes: [preferred({ edit: (t) => t.replace('730', '365') })] }],
    others: ['schema/duplicate-key'],
  },
  {
    name: 'severity configured as warning',
    options: { rules: { 'retention/audit-logs': 'warning' } },
    change: (c) => {
      c.retention.auditLogs = 1000;
    },
    expect: [{ path: PATH, at: 'value', severity: 'warning', fixes: [preferred(setTo(365))] }],
    others: [],
  },
  {
    name: 'off in the settings',
    options: { rules: { 'retention/audit-logs': 'off' } },
    change: (c) => {
      c.retention.auditLogs = 1000;
    },
    expect: [],
    others: [],
  },
]);

describe('retention/audit-logs with fix all (SPEC: --fix and "fix all" apply preferred fixes)', () => {
  it('a too long retention is set to 365 and the file comes out clean', () => {
    const text = configText('2020-09', (c) => {
      c.retention.auditLogs = 800;
    });
    const fixed = fixAll(text);
    assert.strictEqual(fixed.text, configText('2020-09'));
    assert.deepStrictEqual(
      fixed.result.diagnostics.map((d) => d.rule),
      [],
    );
  });

  it('a missing retention is inserted and the file comes out clean', () => {
    const text = configText('2020-09', (c) => {
      delete c.retention.auditLogs;
    });
    const fixed = fixAll(text);
    assert.deepStrictEqual(
      fixed.result.diagnostics.map((d) => `${d.rule} ${d.message}`),
      [],
    );
    assert.strictEqual(fixed.text, configText('2020-09'));
  });
});
