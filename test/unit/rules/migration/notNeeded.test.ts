import { describeRule, offered } from '../../helpers/ruleTable';

describeRule({ id: 'migration/not-needed', severity: 'warning', editions: ['2020-09'] }, [
  {
    name: 'residency.geography already equals the target: warning on targetGeography, fix removes the migration',
    from: 'migration',
    change: (c) => {
      c.residency.geography = 'germany';
    },
    expect: [
      {
        path: ['residency', 'migration', 'targetGeography'],
        at: 'value',
        fixes: [
          offered({
            change: (c) => {
              delete c.residency.migration;
            },
          }),
        ],
      },
    ],
    others: ['migration/feature-availability'],
  },
  {
    name: 'a target that only lies within the elected geography is still a move: silent',
    from: 'migration',
    expect: [],
    others: ['migration/feature-availability'],
  },
  {
    name: 'the elected geography lies within the target but is not equal: silent',
    from: 'migration',
    change: (c) => {
      c.tenant.signupCountry = 'IT';
      c.residency.geography = 'germany';
      c.residency.migration.targetGeography = 'europe';
    },
    expect: [],
    others: ['migration/feature-availability', 'migration/no-local-geography'],
  },
  {
    name: 'reported even when the target is wrong for the country',
    from: 'migration',
    change: (c) => {
      c.residency.geography = 'france';
      c.residency.migration.targetGeography = 'france';
      c.stores[0].geography = 'france';
    },
    expect: [
      {
        path: ['residency', 'migration', 'targetGeography'],
        at: 'value',
        fixes: [
          offered({
            change: (c) => {
              delete c.residency.migration;
            },
          }),
        ],
      },
    ],
    others: ['migration/feature-availability', 'migration/target', 'residency/in-region'],
  },
  {
    name: 'skipped when residency.geography is unknown',
    from: 'migration',
    change: (c) => {
      c.residency.geography = 'Germany';
    },
    expect: [],
    others: ['geography/unknown', 'migration/feature-availability'],
  },
  {
    name: 'in 2018-05 migration/edition reports it alone',
    from: '2018-05',
    change: (c) => {
      c.residency.migration = { targetGeography: 'europe' };
    },
    expect: [],
    others: ['migration/edition'],
  },
  {
    name: 'the fix removes the migration with its comments inside, keeping the comments around it',
    text: (t) =>
      t.replace(
        '"residency": {\n    "geography": "germany"\n  }',
        '"residency": {\n    "geography": "germany", // elected\n    "migration": {\n      // to the new datacenter\n      "targetGeography": «"germany"»,\n      "requestPeriodEnds": "2026-06-30",\n      "deadline": "2028-06-30",\n      "acceptsMinimalDataLoss": true,\n      "acceptsReconfiguration": true\n    }\n  }',
      ),
    expect: [
      {
        path: ['residency', 'migration', 'targetGeography'],
        at: { marker: 0 },
        // "// elected" belongs to the geography line, which stays: keep it.
        fixes: [
          offered({
            keeps: ['// elected'],
            parsed: (v) => {
              delete v.residency.migration;
            },
          }),
        ],
      },
    ],
    others: ['migration/feature-availability'],
  },
]);
