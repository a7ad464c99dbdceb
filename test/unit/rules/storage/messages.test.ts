import { describeMessages, finding } from '../../helpers/messages';

describeMessages('storage/approved-kind', [
  {
    name: 'a store of kind other in 2018-05',
    from: '2018-05',
    change: (c) => {
      c.stores[0].kind = 'other';
    },
    expect: [
      finding(
        ['stores', 0, 'kind'],
        'Customer Data may only be stored in "sqlAzure", "reliableCollections" or "azureStorage" under edition 2018-05, not in a store of kind "other".',
      ),
    ],
  },
]);

describeMessages('storage/telemetry-separation', [
  {
    name: 'Customer Data in a telemetry store; telemetry in another kind',
    change: (c) => {
      c.stores[1].data = ['telemetry', 'personal'];
      c.stores[0].data = ['personal', 'telemetry'];
    },
    expect: [
      {
        path: ['stores', 0, 'data', 1],
        message: 'Telemetry must be kept in a store of kind "telemetry", not in a store of kind "sqlAzure".',
        fixes: [{ title: 'Remove "telemetry"', preferred: true }],
      },
      {
        path: ['stores', 1, 'data', 1],
        message: 'Customer Data ("personal") must not be kept in a telemetry store.',
        fixes: [{ title: 'Remove "personal"', preferred: true }],
      },
    ],
  },
]);
