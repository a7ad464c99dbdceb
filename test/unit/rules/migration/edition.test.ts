import { describeRule, offered } from '../../helpers/ruleTable';

const MIGRATION = {
  targetGeography: 'germany',
  requestPeriodEnds: '2026-06-30',
  deadline: '2028-06-30',
  acceptsMinimalDataLoss: true,
  acceptsReconfiguration: true,
};

describeRule({ id: 'migration/edition', severity: 'error', editions: ['2018-05'] }, [
  {
    name: 'a migration in 2018-05: on residency.migration, fix sets policyEdition to "2020-09" (not preferred)',
    from: '2018-05',
    change: (c) => {
      c.residency.migration = { ...MIGRATION };
    },
    expect: [
      {
        path: ['residency', 'migration'],
        at: 'value',
        message: /2020-09/,
        fixes: [
          offered({
            change: (c) => {
              c.policyEdition = '2020-09';
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'reported alone, whatever the migration holds (no schema/*, geography/unknown or other migration rule)',
    from: '2018-05',
    change: (c) => {
      c.residency.migration = {
        targetGeography: 'mars',
        requestPeriodEnds: 'soon',
        deadline: '2099-13-01',
        acceptsMinimalDataLoss: 'no',
        additionalCost: -100,
        surprise: true,
      };
    },
    expect: [
      {
        path: ['residency', 'migration'],
        at: 'value',
        fixes: [
          offered({
            change: (c) => {
              c.policyEdition = '2020-09';
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'reported alone when the migration is not even an object',
    from: '2018-05',
    change: (c) => {
      c.residency.migration = 'germany';
    },
    expect: [
      {
        path: ['residency', 'migration'],
        at: 'value',
        fixes: [
          offered({
            change: (c) => {
              c.policyEdition = '2020-09';
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'a migration that would excuse a store or the residency does not in 2018-05',
    from: '2018-05',
    change: (c) => {
      c.residency.geography = 'northAmerica';
      c.residency.migration = { ...MIGRATION, targetGeography: 'europe' };
    },
    expect: [
      {
        path: ['residency', 'migration'],
        at: 'value',
        fixes: [
          offered({
            change: (c) => {
              c.policyEdition = '2020-09';
            },
          }),
        ],
      },
    ],
    others: ['residency/in-region', 'residency/store-geography'],
  },
  {
    name: '2018-05 from the default edition: the fix inserts policyEdition',
    from: 'default',
    options: { defaultEdition: '2018-05' },
    change: (c) => {
      c.residency = { geography: 'europe', migration: { ...MIGRATION } };
      c.tenant.dataResidencyRequired = false;
      for (const store of c.stores) store.geography = 'europe';
    },
    expect: [
      {
        path: ['residency', 'migration'],
        at: 'value',
        fixes: [offered({ edit: (t) => t.replace(/\n\}$/, ',\n  "policyEdition": "2020-09"\n}') })],
      },
    ],
    checkedAs: '2018-05',
    others: [],
  },
  {
    name: 'silent in 2020-09',
    from: 'migration',
    expect: [],
    others: ['migration/feature-availability'],
  },
  { name: 'silent in 2018-05 without a migration', from: '2018-05', expect: [], others: [] },
  {
    name: 'a migration inside an unknown property is not a migration',
    from: '2018-05',
    change: (c) => {
      c.residence = { migration: { ...MIGRATION } };
    },
    expect: [],
    others: ['schema/unknown-property'],
  },
]);
