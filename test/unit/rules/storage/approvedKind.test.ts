import { describeRule } from '../../helpers/ruleTable';

describeRule({ id: 'storage/approved-kind', severity: 'error', editions: ['2018-05'] }, [
  {
    name: 'Customer Data in a store of kind "other": on stores[i].kind, no fix',
    from: '2018-05',
    change: (c) => {
      c.stores[0].kind = 'other';
    },
    expect: [{ path: ['stores', 0, 'kind'], at: 'value', message: /sqlAzure/ }],
    others: [],
  },
  {
    name: 'audit logs alone in "other" are Customer Data',
    from: '2018-05',
    change: (c) => {
      c.stores[1].kind = 'other';
    },
    expect: [{ path: ['stores', 1, 'kind'], at: 'value' }],
    others: [],
  },
  {
    name: 'one per store',
    from: '2018-05',
    change: (c) => {
      c.stores[0].kind = 'other';
      c.stores[1].kind = 'other';
    },
    expect: [
      { path: ['stores', 0, 'kind'], at: 'value' },
      { path: ['stores', 1, 'kind'], at: 'value' },
    ],
    others: [],
  },
  {
    name: 'an "other" store with only telemetry: not this rule (telemetry-separation reports it)',
    from: '2018-05',
    change: (c) => {
      c.stores[2].kind = 'other';
    },
    expect: [],
    others: ['storage/telemetry-separation'],
  },
  ...['sqlAzure', 'reliableCollections', 'azureStorage'].map((kind) => ({
    name: `the approved kind ${kind} is fine`,
    from: '2018-05' as const,
    change: (c: any) => {
      c.stores[0].kind = kind;
    },
    expect: [],
    others: [],
  })),
  {
    name: 'silent in 2020-09',
    change: (c) => {
      c.stores[0].kind = 'other';
    },
    expect: [],
    others: [],
  },
  {
    name: 'kind "Other" is schema/type\'s alone',
    from: '2018-05',
    change: (c) => {
      c.stores[0].kind = 'Other';
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'skipped when the data is invalid',
    from: '2018-05',
    change: (c) => {
      c.stores[0].kind = 'other';
      c.stores[0].data = 'personal';
    },
    expect: [],
    others: ['schema/type'],
  },
]);
