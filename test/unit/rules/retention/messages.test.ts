import { describeMessages } from '../../helpers/messages';

describeMessages('retention/audit-logs', [
  {
    name: 'missing: names the key and the limit; fix inserts 365',
    change: (c) => { delete c.retention.auditLogs; },
    expect: [{
      path: ['retention'],
      message: 'Retention of auditLogs is not set; audit logs are kept at most one year (365 days).',
      fixes: [{ title: 'Insert "auditLogs": 365', preferred: true }],
    }],
  },
  {
    name: 'a number over the limit: says how long, fix sets a number',
    change: (c) => { c.retention.auditLogs = 400; },
    expect: [{
      path: ['retention', 'auditLogs'],
      message: 'Audit logs are kept 400 days; the policy allows at most one year (365 days).',
      fixes: [{ title: 'Set to 365', preferred: true }],
    }],
  },
  {
    name: 'a duration over the limit: in days, fix sets a duration',
    change: (c) => { c.retention.auditLogs = 'P2Y'; },
    expect: [{
      path: ['retention', 'auditLogs'],
      message: 'Audit logs are kept 730 days; the policy allows at most one year (365 days).',
      fixes: [{ title: 'Set to "P1Y"', preferred: true }],
    }],
  },
]);

describeMessages('retention/telemetry', [
  {
    name: 'missing in 2018-05: fix inserts 30',
    from: '2018-05',
    change: (c) => { delete c.retention.telemetry; },
    expect: [{
      path: ['retention'],
      message: 'Retention of telemetry is not set; telemetry is kept at most 30 days in edition 2018-05.',
      fixes: [{ title: 'Insert "telemetry": 30', preferred: true }],
    }],
  },
  {
    name: 'a duration over the limit',
    from: '2018-05',
    change: (c) => { c.retention.telemetry = 'P60D'; },
    expect: [{
      path: ['retention', 'telemetry'],
      message: 'Telemetry is kept 60 days; the policy allows at most 30 days in edition 2018-05.',
      fixes: [{ title: 'Set to "P30D"', preferred: true }],
    }],
  },
  {
    name: 'a number over the limit',
    from: '2018-05',
    change: (c) => { c.retention.telemetry = 31; },
    expect: [{
      path: ['retention', 'telemetry'],
      message: 'Telemetry is kept 31 days; the policy allows at most 30 days in edition 2018-05.',
      fixes: [{ title: 'Set to 30', preferred: true }],
    }],
  },
]);
