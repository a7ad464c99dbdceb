import { describeRule, offered, type RuleCase } from '../../helpers/ruleTable';

const removeMigration = offered({
  change: (c) => {
    delete c.residency.migration;
  },
});

/** A tenant from `country` (no local geography), data in `elected`, with a migration to `target`. */
const migrating =
  (country: string, elected: string, target: string, extra?: (c: any) => void): RuleCase['change'] =>
  (c) => {
    c.tenant.signupCountry = country;
    c.residency.geography = elected;
    c.residency.migration.targetGeography = target;
    for (const store of c.stores) store.geography = elected;
    extra?.(c);
  };

describeRule({ id: 'migration/no-local-geography', severity: 'error', editions: ['2020-09'] }, [
  {
    name: 'US has no local geography: on residency.migration, fix removes it (not preferred); no migration/target',
    from: 'migration',
    change: migrating('US', 'northAmerica', 'canada'),
    expect: [{ path: ['residency', 'migration'], at: 'value', message: /US/, fixes: [removeMigration] }],
    others: ['migration/feature-availability'],
  },
  {
    name: 'the other migration rules still report',
    from: 'migration',
    change: migrating('IT', 'europe', 'europe', (c) => {
      c.residency.migration.deadline = '2030-01-01';
      c.residency.migration.additionalCost = 10;
      c.residency.migration.acceptsReconfiguration = false;
    }),
    expect: [{ path: ['residency', 'migration'], at: 'value', fixes: [removeMigration] }],
    others: ['migration/cost', 'migration/deadline', 'migration/eligibility', 'migration/feature-availability', 'migration/not-needed'],
  },
  {
    name: 'a migration with no valid contents is still a migration',
    from: 'migration',
    change: (c) => {
      c.tenant.signupCountry = 'CN';
      c.residency = { geography: 'asiaPacific', migration: {} };
      for (const store of c.stores) store.geography = 'asiaPacific';
    },
    expect: [{ path: ['residency', 'migration'], at: 'value', fixes: [removeMigration] }],
    others: ['migration/deadline', 'migration/eligibility', 'migration/feature-availability', 'schema/required'],
  },
  {
    name: 'silent for a country with a local geography',
    from: 'migration',
    expect: [],
    others: ['migration/feature-availability'],
  },
  ...['AU', 'BR', 'CA', 'FR', 'IN', 'JP', 'KR', 'NO', 'ZA', 'CH', 'AE', 'GB'].map((country) => ({
    name: `silent for ${country}, which has a local geography`,
    from: 'migration' as const,
    change: (c: any) => {
      c.tenant.signupCountry = country;
      c.tenant.dataResidencyRequired = true;
      c.residency.migration.targetGeography = 'germany';
    },
    expect: [],
  })),
  {
    name: 'skipped when signupCountry is invalid',
    from: 'migration',
    change: migrating('us', 'northAmerica', 'canada'),
    expect: [],
    others: ['migration/feature-availability', 'tenant/country-code'],
  },
  {
    name: 'skipped when signupCountry is missing',
    from: 'migration',
    change: migrating('US', 'northAmerica', 'canada', (c) => {
      delete c.tenant.signupCountry;
    }),
    expect: [],
    others: ['migration/feature-availability', 'schema/required'],
  },
  {
    name: 'in 2018-05 migration/edition reports it alone',
    from: '2018-05',
    change: (c) => {
      c.tenant.signupCountry = 'US';
      c.tenant.dataResidencyRequired = false;
      c.residency.migration = { targetGeography: 'canada' };
    },
    expect: [],
    others: ['migration/edition'],
  },
  {
    name: 'the fix keeps the rest of residency and its comments',
    text: (t) =>
      t
        .replace('"signupCountry": "DE"', '"signupCountry": "US"')
        .replace(
          '"residency": {\n    "geography": "germany"\n  }',
          '"residency": {\n    // elected\n    "geography": "northAmerica",\n    "migration": «{ "targetGeography": "canada" }»\n  }',
        )
        .replace(/"geography": "germany"/g, '"geography": "northAmerica"'),
    expect: [
      {
        path: ['residency', 'migration'],
        at: { marker: 0 },
        fixes: [offered({ edit: (t) => t.replace(',\n    "migration": { "targetGeography": "canada" }', '') })],
      },
    ],
    others: ['migration/deadline', 'migration/eligibility', 'migration/feature-availability', 'schema/required'],
  },
]);
