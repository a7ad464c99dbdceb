import { describeMessages, finding, offered } from '../../helpers/messages';

describeMessages('residency/in-region', [
  {
    name: 'names the geography, the home geography, the country and the edition',
    change: (c) => {
      c.residency.geography = 'northAmerica';
      c.stores[0].geography = 'northAmerica';
    },
    expect: [
      finding(
        ['residency', 'geography'],
        'Data residency is required, but "northAmerica" is not within "germany", the home geography of DE in edition 2020-09, and no migration targets it.',
        offered('Set to "germany"'),
      ),
    ],
  },
  {
    name: 'in 2018-05 the home geography is the macro one',
    from: '2018-05',
    change: (c) => {
      c.residency.geography = 'asiaPacific';
      c.stores[0].geography = 'asiaPacific';
      c.stores[1].geography = 'asiaPacific';
    },
    expect: [
      finding(
        ['residency', 'geography'],
        'Data residency is required, but "asiaPacific" is not within "europe", the home geography of DE in edition 2018-05, and no migration targets it.',
        offered('Set to "europe"'),
      ),
    ],
  },
  {
    name: 'a migration in 2018-05 is ignored: it does not excuse the geography',
    from: '2018-05',
    change: (c) => {
      c.residency.geography = 'asiaPacific';
      c.residency.migration = { targetGeography: 'europe' };
      c.stores[0].geography = 'asiaPacific';
      c.stores[1].geography = 'asiaPacific';
    },
    expect: [
      finding(
        ['residency', 'geography'],
        'Data residency is required, but "asiaPacific" is not within "europe", the home geography of DE in edition 2018-05, and no migration targets it.',
        offered('Set to "europe"'),
      ),
    ],
  },
]);

describeMessages('residency/store-geography', [
  {
    name: 'without a migration: the elected geography',
    change: (c) => {
      c.stores[0].geography = 'france';
    },
    expect: [
      {
        path: ['stores', 0, 'geography'],
        message: 'This store holds Customer Data in "france", outside the elected location: it must lie within "germany".',
        fixes: [{ title: 'Set to "germany"', preferred: false }],
        related: [{ path: ['residency', 'geography'], message: 'The elected location: "germany"' }],
      },
    ],
  },
  {
    name: 'with a migration: the elected geography or the target',
    from: 'migration',
    change: (c) => {
      c.stores[0].geography = 'asiaPacific';
    },
    expect: [
      {
        path: ['stores', 0, 'geography'],
        message:
          'This store holds Customer Data in "asiaPacific", outside the elected location: it must lie within "europe" or the migration target "germany".',
        fixes: [{ title: 'Set to "europe"', preferred: false }],
        related: [
          { path: ['residency', 'geography'], message: 'The elected location: "europe"' },
          { path: ['residency', 'migration', 'targetGeography'], message: 'The migration target: "germany"' },
        ],
      },
    ],
  },
  {
    name: 'a migration in 2018-05 is ignored: its target is not an allowed location',
    from: '2018-05',
    change: (c) => {
      c.residency.migration = { targetGeography: 'asiaPacific' };
      c.stores[0].geography = 'asiaPacific';
    },
    expect: [
      finding(
        ['stores', 0, 'geography'],
        'This store holds Customer Data in "asiaPacific", outside the elected location: it must lie within "europe".',
        offered('Set to "europe"'),
      ),
    ],
  },
]);
