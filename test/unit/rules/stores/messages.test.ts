import { describeMessages, finding } from '../../helpers/messages';

describeMessages('stores/duplicate-id', [
  {
    name: 'names the id and the store that has it first',
    change: (c) => {
      c.stores[1].id = 'main-sql';
      c.stores.push({ id: 'main-sql', kind: 'azureStorage', geography: 'germany', data: ['service'] });
    },
    expect: [
      finding(['stores', 1, 'id'], 'Store id "main-sql" is already used by stores[0]; store ids must be unique.'),
      finding(['stores', 2, 'id'], 'Store id "main-sql" is already used by stores[0]; store ids must be unique.'),
    ],
  },
  {
    name: "the first store's index, whichever it is",
    change: (c) => {
      c.stores.push({ id: 'logs', kind: 'telemetry', geography: 'europe', data: ['telemetry'] });
    },
    expect: [
      {
        path: ['stores', 2, 'id'],
        message: 'Store id "logs" is already used by stores[1]; store ids must be unique.',
        related: [{ path: ['stores', 1, 'id'], message: 'First use of the store id "logs"' }],
      },
    ],
  },
]);
