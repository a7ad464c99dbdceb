import { describeRule, offered } from '../../helpers/ruleTable';

const MIGRATION = ['residency', 'migration'];

describeRule({ id: 'migration/eligibility', severity: 'error', editions: ['2020-09'] }, [
  {
    name: 'acceptsMinimalDataLoss false: on the value, fix sets true (not preferred)',
    from: 'migration',
    change: (c) => {
      c.residency.migration.acceptsMinimalDataLoss = false;
    },
    expect: [
      {
        path: [...MIGRATION, 'acceptsMinimalDataLoss'],
        at: 'value',
        message: /data loss/i,
        fixes: [
          offered({
            change: (c) => {
              c.residency.migration.acceptsMinimalDataLoss = true;
            },
          }),
        ],
      },
    ],
    others: ['migration/feature-availability'],
  },
  {
    name: 'acceptsReconfiguration false: on the value',
    from: 'migration',
    change: (c) => {
      c.residency.migration.acceptsReconfiguration = false;
    },
    expect: [
      {
        path: [...MIGRATION, 'acceptsReconfiguration'],
        at: 'value',
        message: /reconfiguration/i,
        fixes: [
          offered({
            change: (c) => {
              c.residency.migration.acceptsReconfiguration = true;
            },
          }),
        ],
      },
    ],
    others: ['migration/feature-availability'],
  },
  {
    name: 'acceptances missing: on the migration (its key), fix inserts true; not schema/required',
    from: 'migration',
    change: (c) => {
      delete c.residency.migration.acceptsMinimalDataLoss;
      delete c.residency.migration.acceptsReconfiguration;
    },
    expect: [
      {
        path: MIGRATION,
        at: 'missing',
        message: /acceptsMinimalDataLoss/,
        fixes: [
          offered({
            change: (c) => {
              c.residency.migration.acceptsMinimalDataLoss = true;
            },
          }),
        ],
      },
      {
        path: MIGRATION,
        at: 'missing',
        message: /acceptsReconfiguration/,
        fixes: [
          offered({
            change: (c) => {
              c.residency.migration.acceptsReconfiguration = true;
            },
          }),
        ],
      },
    ],
    others: ['migration/feature-availability'],
  },
  {
    name: 'dataResidencyRequired false: on residency.migration, fix sets it true',
    from: 'migration',
    change: (c) => {
      c.tenant.dataResidencyRequired = false;
    },
    expect: [
      {
        path: MIGRATION,
        at: 'value',
        message: /dataResidencyRequired/,
        fixes: [
          offered({
            change: (c) => {
              c.tenant.dataResidencyRequired = true;
            },
          }),
        ],
      },
    ],
    others: ['migration/feature-availability'],
  },
  {
    name: 'dataResidencyRequired absent (default false): on residency.migration, fix inserts it',
    from: 'migration',
    change: (c) => {
      delete c.tenant.dataResidencyRequired;
    },
    expect: [
      {
        path: MIGRATION,
        at: 'value',
        fixes: [
          offered({
            change: (c) => {
              c.tenant.dataResidencyRequired = true;
            },
          }),
        ],
      },
    ],
    others: ['migration/feature-availability'],
  },
  {
    name: 'subscription "ended": on residency.migration, no fix',
    from: 'migration',
    change: (c) => {
      c.tenant.subscription = 'ended';
    },
    expect: [{ path: MIGRATION, at: 'value', message: /subscription|ended/ }],
    others: ['migration/feature-availability'],
  },
  {
    name: 'all four at once: four diagnostics',
    from: 'migration',
    change: (c) => {
      c.tenant.subscription = 'ended';
      c.tenant.dataResidencyRequired = false;
      c.residency.migration.acceptsMinimalDataLoss = false;
      delete c.residency.migration.acceptsReconfiguration;
    },
    expect: [
      {
        path: MIGRATION,
        at: 'missing',
        message: /acceptsReconfiguration/,
        fixes: [
          offered({
            change: (c) => {
              c.residency.migration.acceptsReconfiguration = true;
            },
          }),
        ],
      },
      {
        path: [...MIGRATION, 'acceptsMinimalDataLoss'],
        at: 'value',
        fixes: [
          offered({
            change: (c) => {
              c.residency.migration.acceptsMinimalDataLoss = true;
            },
          }),
        ],
      },
      {
        path: MIGRATION,
        at: 'value',
        message: /dataResidencyRequired/,
        fixes: [
          offered({
            change: (c) => {
              c.tenant.dataResidencyRequired = true;
            },
          }),
        ],
      },
      { path: MIGRATION, at: 'value', message: /ended/ },
    ],
    others: ['migration/feature-availability'],
  },
  {
    name: 'subscription "active" or absent is fine',
    from: 'migration',
    change: (c) => {
      delete c.tenant.subscription;
    },
    expect: [],
    others: ['migration/feature-availability'],
  },
  {
    name: "invalid values are schema/type's alone",
    from: 'migration',
    change: (c) => {
      c.residency.migration.acceptsMinimalDataLoss = 'yes';
      c.residency.migration.acceptsReconfiguration = 1;
      c.tenant.dataResidencyRequired = 'true';
      c.tenant.subscription = 'Ended';
    },
    expect: [],
    others: ['migration/feature-availability', 'schema/type'],
  },
  {
    name: 'in 2018-05 migration/edition reports it alone',
    from: '2018-05',
    change: (c) => {
      c.tenant.dataResidencyRequired = false;
      c.tenant.subscription = 'ended';
      c.residency.migration = { acceptsMinimalDataLoss: false };
    },
    expect: [],
    others: ['migration/edition'],
  },
  { name: 'silent on an eligible migration', from: 'migration', expect: [], others: ['migration/feature-availability'] },
  {
    name: 'the missing-acceptance fix inserts into a one-line migration inline',
    text: (t) =>
      t.replace(
        '"residency": {\n    "geography": "germany"\n  }',
        '"residency": {\n    "geography": "europe",\n    «"migration"»: { "targetGeography": "germany", "requestPeriodEnds": "2026-06-30", "deadline": "2028-06-30", "acceptsReconfiguration": true }\n  }',
      ),
    expect: [
      {
        path: MIGRATION,
        at: { marker: 0 },
        fixes: [offered({ edit: (t) => t.replace('"acceptsReconfiguration": true }', '"acceptsReconfiguration": true, "acceptsMinimalDataLoss": true }') })],
      },
    ],
    others: ['migration/feature-availability'],
  },
]);
