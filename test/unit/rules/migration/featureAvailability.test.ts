import { describeRule } from '../../helpers/ruleTable';

const MIGRATION = ['residency', 'migration'];

describeRule({ id: 'migration/feature-availability', severity: 'information', editions: ['2020-09'] }, [
  {
    name: 'a clean migration: information on residency.migration, no fix',
    from: 'migration',
    expect: [{ path: MIGRATION, at: 'value', message: /feature/i }],
    others: [],
  },
  {
    name: 'whatever its contents: an empty migration',
    from: 'migration',
    change: (c) => {
      c.residency.migration = {};
    },
    expect: [{ path: MIGRATION, at: 'value' }],
    others: ['migration/deadline', 'migration/eligibility', 'residency/in-region', 'schema/required'],
  },
  {
    name: 'whatever its contents: bad values everywhere',
    from: 'migration',
    change: (c) => {
      c.residency.migration.targetGeography = 'mars';
      c.residency.migration.additionalCost = 5;
      c.residency.migration.deadline = '2040-01-01';
    },
    expect: [{ path: MIGRATION, at: 'value' }],
    others: ['geography/unknown', 'migration/cost', 'migration/deadline', 'residency/in-region'],
  },
  {
    name: "a migration that is not an object is schema/type's alone",
    from: 'migration',
    change: (c) => {
      c.residency.migration = 'germany';
    },
    expect: [],
    others: ['residency/in-region', 'schema/type'],
  },
  {
    name: 'severity can be configured',
    from: 'migration',
    options: { rules: { 'migration/feature-availability': 'hint' } },
    expect: [{ path: MIGRATION, at: 'value', severity: 'hint' }],
    others: [],
  },
  {
    name: 'off in the settings',
    from: 'migration',
    options: { rules: { 'migration/feature-availability': 'off' } },
    expect: [],
    others: [],
  },
  { name: 'silent without a migration', expect: [], others: [] },
  {
    name: 'silent in 2018-05 (migration/edition instead)',
    from: '2018-05',
    change: (c) => {
      c.residency.migration = { targetGeography: 'europe' };
    },
    expect: [],
    others: ['migration/edition'],
  },
  {
    name: 'the range is the whole migration object, across lines',
    text: (t) =>
      t.replace(
        '"residency": {\n    "geography": "germany"\n  }',
        '"residency": {\n    "geography": "europe",\n    "migration": «{\n      "targetGeography": "germany", "requestPeriodEnds": "2026-06-30", "deadline": "2028-06-30",\n      "acceptsMinimalDataLoss": true, "acceptsReconfiguration": true\n    }»\n  }',
      ),
    expect: [{ path: MIGRATION, at: { marker: 0 } }],
    others: [],
  },
]);
