import { ALL, describeRule, offered, preferred } from '../../helpers/ruleTable';

const set = (from: string, to: string) => ({ edit: (t: string) => t.replace(from, to) });

describeRule({ id: 'schema/type', severity: 'error', editions: ALL }, [
  // Enum values: fix to the one allowed value within distance 2, case ignored (preferred).
  {
    name: 'a store kind in the wrong case: fix to the allowed value (preferred)',
    change: (c) => {
      c.stores[0].kind = 'SqlAzure';
    },
    expect: [
      {
        path: ['stores', 0, 'kind'],
        at: 'value',
        message: /sqlAzure/,
        fixes: [
          preferred({
            change: (c) => {
              c.stores[0].kind = 'sqlAzure';
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'subscription "Ended": fix to "ended"',
    change: (c) => {
      c.tenant.subscription = 'Ended';
    },
    expect: [
      {
        path: ['tenant', 'subscription'],
        at: 'value',
        fixes: [
          preferred({
            change: (c) => {
              c.tenant.subscription = 'ended';
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'subscription "activ" (one edit): fix to "active"',
    change: (c) => {
      c.tenant.subscription = 'activ';
    },
    expect: [
      {
        path: ['tenant', 'subscription'],
        at: 'value',
        fixes: [
          preferred({
            change: (c) => {
              c.tenant.subscription = 'active';
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'an enum value far from every allowed value: no fix',
    change: (c) => {
      c.stores[0].kind = 'blob';
    },
    expect: [{ path: ['stores', 0, 'kind'], at: 'value' }],
    others: [],
  },
  {
    name: 'a data category in the wrong case, on the element',
    change: (c) => {
      c.stores[0].data = ['Personal', 'service'];
    },
    expect: [
      {
        path: ['stores', 0, 'data', 0],
        at: 'value',
        fixes: [
          preferred({
            change: (c) => {
              c.stores[0].data[0] = 'personal';
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'a restrict step in the wrong case: schema/type alone, restrict/steps is skipped',
    change: (c) => {
      c.restrictProcessing.steps = ['export', 'Delete'];
    },
    expect: [
      {
        path: ['restrictProcessing', 'steps', 1],
        at: 'value',
        fixes: [
          preferred({
            change: (c) => {
              c.restrictProcessing.steps[1] = 'delete';
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'an export scope value one edit away: schema/type alone, restrict/export-scope is skipped',
    change: (c) => {
      c.restrictProcessing.exportIncludes = ['accounts', 'servicedata'];
    },
    expect: [
      {
        path: ['restrictProcessing', 'exportIncludes', 1],
        at: 'value',
        fixes: [
          preferred({
            change: (c) => {
              c.restrictProcessing.exportIncludes[1] = 'serviceData';
            },
          }),
        ],
      },
    ],
    others: [],
  },
  // Wrong JSON types.
  {
    name: 'policyEdition 123: schema/type, and the file is checked in the default edition (2020-09)',
    from: '2018-05',
    change: (c) => {
      c.policyEdition = 123;
    },
    expect: [{ path: ['policyEdition'], at: 'value' }],
    checkedAs: '2020-09',
    // The 2018-05 baseline checked as 2020-09: no passive scenario; "europe" is not within "germany".
    others: ['deletion/scenario', 'residency/in-region'],
  },
  {
    name: 'policyEdition 123 with default edition 2018-05 from the settings: checked as 2018-05',
    from: '2018-05',
    change: (c) => {
      c.policyEdition = 123;
    },
    options: { defaultEdition: '2018-05' },
    expect: [{ path: ['policyEdition'], at: 'value' }],
    checkedAs: '2018-05',
    others: [],
  },
  {
    name: 'policyEdition null: schema/type, not edition/unknown',
    change: (c) => {
      c.policyEdition = null;
    },
    expect: [{ path: ['policyEdition'], at: 'value' }],
    checkedAs: '2020-09',
    others: [],
  },
  {
    name: 'a non-string $schema',
    change: (c) => {
      c.$schema = 5;
    },
    expect: [{ path: ['$schema'], at: 'value' }],
    others: [],
  },
  {
    name: 'tenant.id of the wrong type',
    change: (c) => {
      c.tenant.id = 5;
    },
    expect: [{ path: ['tenant', 'id'], at: 'value' }],
    others: [],
  },
  {
    name: 'an empty tenant id',
    change: (c) => {
      c.tenant.id = '';
    },
    expect: [{ path: ['tenant', 'id'], at: 'value' }],
    others: [],
  },
  {
    name: 'an empty store id',
    change: (c) => {
      c.stores[1].id = '';
    },
    expect: [{ path: ['stores', 1, 'id'], at: 'value' }],
    others: [],
  },
  {
    name: 'tenant null: schema/type alone, nothing about what it would hold',
    change: (c) => {
      c.tenant = null;
    },
    expect: [{ path: ['tenant'], at: 'value' }],
    others: [],
  },
  {
    name: 'restrictProcessing null in 2020-09: schema/type alone, the restrict rules are skipped',
    change: (c) => {
      c.restrictProcessing = null;
    },
    expect: [{ path: ['restrictProcessing'], at: 'value' }],
    others: [],
  },
  {
    name: 'stores as an object',
    change: (c) => {
      c.stores = {};
    },
    expect: [{ path: ['stores'], at: 'value' }],
    others: [],
  },
  {
    name: 'the document is an array',
    text: '«[]»',
    expect: [{ path: [], at: { marker: 0 } }],
    others: [],
  },
  {
    name: 'signupCountry a number: schema/type, not tenant/country-code; residency/in-region skipped',
    change: (c) => {
      c.tenant.signupCountry = 49;
      c.residency.geography = 'asiaPacific';
      c.stores[0].geography = 'asiaPacific';
    },
    expect: [{ path: ['tenant', 'signupCountry'], at: 'value' }],
    others: [],
  },
  {
    name: 'a geography of the wrong type: schema/type, not geography/unknown nor residency/store-geography',
    change: (c) => {
      c.stores[0].geography = 5;
    },
    expect: [{ path: ['stores', 0, 'geography'], at: 'value' }],
    others: [],
  },
  {
    name: 'dataResidencyRequired "yes"',
    change: (c) => {
      c.tenant.dataResidencyRequired = 'yes';
      c.residency.geography = 'northAmerica';
      c.stores[0].geography = 'northAmerica';
    },
    expect: [{ path: ['tenant', 'dataResidencyRequired'], at: 'value' }],
    others: [],
  },
  {
    name: 'isoCertified "true": schema/type, not processing/iso',
    change: (c) => {
      c.processing.isoCertified = 'true';
    },
    expect: [{ path: ['processing', 'isoCertified'], at: 'value' }],
    others: [],
  },
  {
    name: 'enabled "no": schema/type, not deletion/scenario',
    change: (c) => {
      c.deletion.passive.enabled = 'no';
    },
    expect: [{ path: ['deletion', 'passive', 'enabled'], at: 'value' }],
    others: [],
  },
  {
    name: 'a purpose that is not a string, on the element',
    change: (c) => {
      c.processing.purposes = ['support', 5];
    },
    expect: [{ path: ['processing', 'purposes', 1], at: 'value' }],
    others: [],
  },
  // Numbers.
  {
    name: 'purgeWithinDays with a fraction: schema/type, not deletion/purge-window',
    change: (c) => {
      c.deletion.active.purgeWithinDays = 30.5;
    },
    expect: [{ path: ['deletion', 'active', 'purgeWithinDays'], at: 'value' }],
    others: [],
  },
  {
    name: 'a negative purgeWithinDays',
    change: (c) => {
      c.deletion.active.purgeWithinDays = -1;
    },
    expect: [{ path: ['deletion', 'active', 'purgeWithinDays'], at: 'value' }],
    others: [],
  },
  {
    name: 'a negative additionalCost: schema/type, not migration/cost',
    from: 'migration',
    change: (c) => {
      c.residency.migration.additionalCost = -5;
    },
    expect: [{ path: ['residency', 'migration', 'additionalCost'], at: 'value' }],
    others: ['migration/feature-availability'],
  },
  {
    name: 'an additionalCost string',
    from: 'migration',
    change: (c) => {
      c.residency.migration.additionalCost = 'none';
    },
    expect: [{ path: ['residency', 'migration', 'additionalCost'], at: 'value' }],
    others: ['migration/feature-availability'],
  },
  // Durations and dates.
  ...['1 year', 'P1Y2W', 'PT24H', 'P', 'P1.5Y', 'P1D1M', '-P1D'].map((bad) => ({
    name: `auditLogs ${JSON.stringify(bad)} is not a duration: schema/type, not retention/audit-logs`,
    change: (c: any) => {
      c.retention.auditLogs = bad;
    },
    expect: [{ path: ['retention', 'auditLogs'], at: 'value' as const }],
    others: [],
  })),
  ...[12.5, -1, true].map((bad) => ({
    name: `telemetry retention ${JSON.stringify(bad)} in 2018-05: schema/type, not retention/telemetry`,
    from: '2018-05' as const,
    change: (c: any) => {
      c.retention.telemetry = bad;
    },
    expect: [{ path: ['retention', 'telemetry'], at: 'value' as const }],
    others: [],
  })),
  {
    name: 'telemetry retention in 2020-09 is still type-checked (optional, not ignored)',
    change: (c) => {
      c.retention.telemetry = 'thirty days';
    },
    expect: [{ path: ['retention', 'telemetry'], at: 'value' }],
    others: [],
  },
  {
    name: 'requestPeriodEnds that is not a calendar date: schema/type, migration/deadline skipped',
    from: 'migration',
    change: (c) => {
      c.residency.migration.requestPeriodEnds = '2026-02-30';
      c.residency.migration.deadline = '2099-01-01';
    },
    expect: [{ path: ['residency', 'migration', 'requestPeriodEnds'], at: 'value' }],
    others: ['migration/feature-availability'],
  },
  {
    name: 'a deadline not in YYYY-MM-DD form: schema/type, not migration/deadline',
    from: 'migration',
    change: (c) => {
      c.residency.migration.deadline = '2028-6-30';
    },
    expect: [{ path: ['residency', 'migration', 'deadline'], at: 'value' }],
    others: ['migration/feature-availability'],
  },
  {
    name: 'a deadline on 29 February of a year that is not a leap year',
    from: 'migration',
    change: (c) => {
      c.residency.migration.deadline = '2027-02-29';
    },
    expect: [{ path: ['residency', 'migration', 'deadline'], at: 'value' }],
    others: ['migration/feature-availability'],
  },
  {
    name: '29 February of a leap year is a date',
    from: 'migration',
    change: (c) => {
      c.residency.migration.deadline = '2028-02-29';
    },
    expect: [],
    others: ['migration/feature-availability'],
  },
  // Arrays of data categories.
  {
    name: 'an empty data array',
    change: (c) => {
      c.stores[0].data = [];
    },
    expect: [{ path: ['stores', 0, 'data'], at: 'value' }],
    others: [],
  },
  {
    name: 'a repeated data category: on the later element',
    change: (c) => {
      c.stores[0].data = ['personal', 'service', 'personal'];
    },
    expect: [
      {
        path: ['stores', 0, 'data', 2],
        at: 'value',
        // The SPEC lists no fix here; the engine offers removing the repeat (not preferred).
        fixes: [
          offered({
            change: (c) => {
              c.stores[0].data = ['personal', 'service'];
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'valid values of every kind are silent',
    from: 'migration',
    change: (c) => {
      c.retention.auditLogs = 'P1Y';
      c.retention.telemetry = 'P4W';
      c.residency.migration.additionalCost = 0;
      c.stores[0].data = ['auditLogs'];
      c.processing.purposes = [];
      c.stores.push({ id: 'x', kind: 'reliableCollections', geography: 'europe', data: ['service'] });
    },
    expect: [],
    others: ['migration/feature-availability'],
  },
  {
    name: 'the range counts UTF-16 code units',
    text: (t) => t.replace('"kind": "sqlAzure"', '"kind": /* ☃😀 */ «"sqlazure"»'),
    expect: [{ path: ['stores', 0, 'kind'], at: { marker: 0 }, fixes: [preferred(set('"sqlazure"', '"sqlAzure"'))] }],
    others: [],
  },
]);
