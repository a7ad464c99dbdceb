import { ALL, describeRule, offered } from '../../helpers/ruleTable';

const storeAt = (i: number, geography: string) => ({
  change: (c: any) => {
    c.stores[i].geography = geography;
  },
});

describeRule({ id: 'residency/store-geography', severity: 'error', editions: ALL }, [
  {
    name: 'Customer Data in another local geography: on stores[i].geography, fix to residency.geography (not preferred)',
    change: (c) => {
      c.stores[0].geography = 'france';
    },
    expect: [{ path: ['stores', 0, 'geography'], at: 'value', message: /germany/, fixes: [offered(storeAt(0, 'germany'))] }],
    others: [],
  },
  {
    name: 'a macro geography does not lie within a local one',
    change: (c) => {
      c.stores[0].geography = 'europe';
    },
    expect: [{ path: ['stores', 0, 'geography'], at: 'value', fixes: [offered(storeAt(0, 'germany'))] }],
    others: [],
  },
  {
    name: 'a local geography lies within its macro geography',
    change: (c) => {
      c.tenant.dataResidencyRequired = false;
      c.residency.geography = 'europe';
      c.stores[0].geography = 'france';
    },
    expect: [],
    others: [],
  },
  {
    name: 'a local geography does not lie within another macro geography',
    change: (c) => {
      c.tenant.dataResidencyRequired = false;
      c.residency.geography = 'europe';
      c.stores[0].geography = 'brazil';
    },
    expect: [{ path: ['stores', 0, 'geography'], at: 'value', fixes: [offered(storeAt(0, 'europe'))] }],
    others: [],
  },
  {
    name: 'audit logs alone are Customer Data',
    change: (c) => {
      c.stores.push({ id: 'audit', kind: 'azureStorage', geography: 'northAmerica', data: ['auditLogs'] });
    },
    expect: [{ path: ['stores', 2, 'geography'], at: 'value', fixes: [offered(storeAt(2, 'germany'))] }],
    others: [],
  },
  {
    name: 'a store holding only telemetry is exempt, whatever its kind',
    change: (c) => {
      c.stores.push({ id: 't2', kind: 'sqlAzure', geography: 'asiaPacific', data: ['telemetry'] });
    },
    expect: [],
    others: ['storage/telemetry-separation'],
  },
  {
    name: 'Customer Data in a telemetry store abroad is reported too',
    change: (c) => {
      c.stores[1].data = ['telemetry', 'personal'];
    },
    expect: [{ path: ['stores', 1, 'geography'], at: 'value', fixes: [offered(storeAt(1, 'germany'))] }],
    others: ['storage/telemetry-separation'],
  },
  {
    name: 'one diagnostic per store outside',
    from: '2018-05',
    change: (c) => {
      c.stores[0].geography = 'asiaPacific';
      c.stores[1].geography = 'northAmerica';
    },
    expect: [
      { path: ['stores', 0, 'geography'], at: 'value', fixes: [offered(storeAt(0, 'europe'))] },
      { path: ['stores', 1, 'geography'], at: 'value', fixes: [offered(storeAt(1, 'europe'))] },
    ],
    others: [],
  },
  {
    name: 'with a migration, a store within the target geography is allowed',
    from: 'migration',
    change: (c) => {
      c.residency.geography = 'northAmerica';
    },
    expect: [],
    others: ['migration/feature-availability'],
  },
  {
    name: 'with a migration, a store within neither is reported; the fix sets residency.geography',
    from: 'migration',
    change: (c) => {
      c.residency.geography = 'northAmerica';
      c.stores.push({ id: 'paris', kind: 'sqlAzure', geography: 'france', data: ['service'] });
    },
    expect: [{ path: ['stores', 2, 'geography'], at: 'value', message: /germany/, fixes: [offered(storeAt(2, 'northAmerica'))] }],
    others: ['migration/feature-availability'],
  },
  {
    name: 'a migration without a valid target targets nothing',
    from: 'migration',
    change: (c) => {
      c.residency.geography = 'northAmerica';
      c.residency.migration.targetGeography = 'mars';
    },
    expect: [{ path: ['stores', 0, 'geography'], at: 'value', fixes: [offered(storeAt(0, 'northAmerica'))] }],
    others: ['geography/unknown', 'migration/feature-availability', 'residency/in-region'],
  },
  {
    name: 'in 2018-05 a migration is ignored: its target does not excuse a store',
    from: '2018-05',
    change: (c) => {
      c.residency.migration = { targetGeography: 'northAmerica' };
      c.stores[0].geography = 'northAmerica';
    },
    expect: [{ path: ['stores', 0, 'geography'], at: 'value', fixes: [offered(storeAt(0, 'europe'))] }],
    others: ['migration/edition'],
  },
  {
    name: 'skipped when residency.geography is invalid',
    change: (c) => {
      c.residency.geography = 'nowhere';
      c.stores[0].geography = 'japan';
    },
    expect: [],
    others: ['geography/unknown'],
  },
  {
    name: 'skipped when residency.geography is missing',
    change: (c) => {
      delete c.residency.geography;
      c.stores[0].geography = 'japan';
    },
    expect: [],
    others: ['schema/required'],
  },
  {
    name: 'a store whose data is all invalid holds no Customer Data the rules can read',
    change: (c) => {
      c.stores[0].geography = 'japan';
      c.stores[0].data = ['customer'];
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: "a store geography of the wrong type is schema/type's alone",
    change: (c) => {
      c.stores[0].geography = ['germany'];
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'range counts UTF-16 code units',
    text: (t) => t.replace('"geography": "germany",\n      "data"', '"geography": /* Straße 😀 */ «"france"»,\n      "data"'),
    expect: [{ path: ['stores', 0, 'geography'], at: { marker: 0 }, fixes: [offered({ edit: (t) => t.replace('"france"', '"germany"') })] }],
    others: [],
  },
]);
