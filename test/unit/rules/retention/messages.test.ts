import { describeMessages, finding, preferred } from '../../helpers/messages';

describeMessages('retention/audit-logs', [
  {
    name: 'missing: names the key and the limit; fix inserts 365',
    change: (c) => {
      delete c.retention.auditLogs;
    },
    expect: [
      finding(['retention'], 'Retention of auditLogs is not set; audit logs are kept at most one year (365 days).', preferred('Insert "auditLogs": 365')),
    ],
  },
  {
    name: 'a number over the limit: says how long, fix sets a number',
    change: (c) => {
      c.retention.auditLogs = 400;
    },
    expect: [finding(['retention', 'auditLogs'], 'Audit logs are kept 400 days; the policy allows at most one year (365 days).', preferred('Set to 365'))],
  },
  {
    name: 'a duration over the limit: in days, fix sets a duration',
    change: (c) => {
      c.retention.auditLogs = 'P2Y';
    },
    expect: [finding(['retention', 'auditLogs'], 'Audit logs are kept 730 days; the policy allows at most one year (365 days).', preferred('Set to "P1Y"'))],
  },
]);

describeMessages('retention/telemetry', [
  {
    name: 'missing in 2018-05: fix inserts 30',
    from: '2018-05',
    change: (c) => {
      delete c.retention.telemetry;
    },
    expect: [
      finding(['retention'], 'Retention of telemetry is not set; telemetry is kept at most 30 days in edition 2018-05.', preferred('Insert "telemetry": 30')),
    ],
  },
  {
    name: 'a duration over the limit',
    from: '2018-05',
    change: (c) => {
      c.retention.telemetry = 'P60D';
    },
    expect: [
      finding(['retention', 'telemetry'], 'Telemetry is kept 60 days; the policy allows at most 30 days in edition 2018-05.', preferred('Set to "P30D"')),
    ],
  },
  {
    name: 'a number over the limit',
    from: '2018-05',
    change: (c) => {
      c.retention.telemetry = 31;
    },
    expect: [finding(['retention', 'telemetry'], 'Telemetry is kept 31 days; the policy allows at most 30 days in edition 2018-05.', preferred('Set to 30'))],
  },
]);
