import { describeRule, preferred } from '../../helpers/ruleTable';

const target = (geography: string) => ({
  change: (c: any) => {
    c.residency.migration.targetGeography = geography;
  },
});

describeRule({ id: 'migration/target', severity: 'error', editions: ['2020-09'] }, [
  {
    name: 'a target that is not the home geography: on targetGeography, fix to the home geography (preferred)',
    from: 'migration',
    change: (c) => {
      c.residency.migration.targetGeography = 'france';
    },
    expect: [{ path: ['residency', 'migration', 'targetGeography'], at: 'value', message: /germany/, fixes: [preferred(target('germany'), /germany/)] }],
    // With the target elsewhere, nothing excuses "europe" for a tenant at home in "germany".
    others: ['migration/feature-availability', 'residency/in-region'],
  },
  {
    name: 'a macro target is not the home geography of a country with a local one',
    from: 'migration',
    change: (c) => {
      c.residency.geography = 'northAmerica';
      c.residency.migration.targetGeography = 'europe';
      c.tenant.dataResidencyRequired = true;
    },
    expect: [{ path: ['residency', 'migration', 'targetGeography'], at: 'value', fixes: [preferred(target('germany'))] }],
  },
  {
    name: 'a Japanese tenant migrating to "korea": fix to "japan"',
    from: 'migration',
    change: (c) => {
      c.tenant.signupCountry = 'JP';
      c.residency.geography = 'asiaPacific';
      c.residency.migration.targetGeography = 'korea';
      for (const store of c.stores) store.geography = 'asiaPacific';
    },
    expect: [{ path: ['residency', 'migration', 'targetGeography'], at: 'value', fixes: [preferred(target('japan'))] }],
    others: ['migration/feature-availability', 'residency/in-region'],
  },
  {
    name: 'silent when the target is the home geography',
    from: 'migration',
    expect: [],
    others: ['migration/feature-availability'],
  },
  {
    name: 'silent (migration/no-local-geography instead) when the country has no local geography',
    from: 'migration',
    change: (c) => {
      c.tenant.signupCountry = 'US';
      c.residency.geography = 'northAmerica';
      c.residency.migration.targetGeography = 'canada';
      for (const store of c.stores) store.geography = 'northAmerica';
    },
    expect: [],
    others: ['migration/feature-availability', 'migration/no-local-geography'],
  },
  {
    name: 'skipped when the target is unknown',
    from: 'migration',
    change: (c) => {
      c.residency.migration.targetGeography = 'atlantis';
    },
    expect: [],
    others: ['geography/unknown', 'migration/feature-availability', 'residency/in-region'],
  },
  {
    name: 'skipped when the target is missing',
    from: 'migration',
    change: (c) => {
      delete c.residency.migration.targetGeography;
    },
    expect: [],
    others: ['migration/feature-availability', 'residency/in-region', 'schema/required'],
  },
  {
    name: 'skipped when signupCountry is invalid',
    from: 'migration',
    change: (c) => {
      c.tenant.signupCountry = 'Germany';
      c.residency.migration.targetGeography = 'france';
    },
    expect: [],
    others: ['migration/feature-availability', 'tenant/country-code'],
  },
  {
    name: 'in 2018-05 migration/edition reports it alone',
    from: '2018-05',
    change: (c) => {
      c.residency.migration = { targetGeography: 'northAmerica' };
    },
    expect: [],
    others: ['migration/edition'],
  },
  {
    name: 'range counts UTF-16 code units',
    from: 'migration',
    text: (t) => t.replace('"targetGeography": "germany"', '"targetGeography": /* ✈️ 😀 */ «"norway"»'),
    expect: [
      { path: ['residency', 'migration', 'targetGeography'], at: { marker: 0 }, fixes: [preferred({ edit: (t) => t.replace('"norway"', '"germany"') })] },
    ],
    others: ['migration/feature-availability', 'residency/in-region'],
  },
]);
