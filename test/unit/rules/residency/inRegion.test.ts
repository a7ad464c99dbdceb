import type { Edition } from '../../../../server/src/engine';
import { ALL, describeRule, offered, type RuleCase } from '../../helpers/ruleTable';

const residency = (geography: string) => ({
  change: (c: any) => {
    c.residency.geography = geography;
  },
});

/** A tenant from `country` with data residency, data elected (and stored) in `elected`. */
const tenantIn = (edition: Edition, country: string, elected: string, home: string | undefined): RuleCase => ({
  name: `${edition}: ${country} elected to ${elected} ${home ? `is reported (home ${home})` : 'is fine'}`,
  from: edition,
  change: (c) => {
    c.tenant.signupCountry = country;
    c.residency.geography = elected;
    for (const store of c.stores) store.geography = elected;
  },
  expect: home ? [{ path: ['residency', 'geography'], at: 'value', message: new RegExp(home), fixes: [offered(residency(home))] }] : [],
  others: [],
});

describeRule({ id: 'residency/in-region', severity: 'error', editions: ALL }, [
  {
    name: 'DE in 2020-09 elected to "europe": on residency.geography, fix to "germany" (not preferred)',
    change: (c) => {
      c.residency.geography = 'europe';
    },
    expect: [{ path: ['residency', 'geography'], at: 'value', message: /germany/, fixes: [offered(residency('germany'))] }],
    others: [],
  },
  tenantIn('2018-05', 'DE', 'northAmerica', 'europe'),
  tenantIn('2018-05', 'DE', 'europe', undefined),
  tenantIn('2020-09', 'DE', 'germany', undefined),
  tenantIn('2020-09', 'FR', 'germany', 'france'),
  tenantIn('2020-09', 'US', 'northAmerica', undefined),
  tenantIn('2020-09', 'US', 'canada', undefined),
  tenantIn('2020-09', 'US', 'europe', 'northAmerica'),
  tenantIn('2020-09', 'MX', 'europe', 'northAmerica'),
  tenantIn('2020-09', 'BR', 'northAmerica', 'brazil'),
  tenantIn('2018-05', 'BR', 'northAmerica', undefined),
  tenantIn('2020-09', 'TR', 'asiaPacific', 'europe'),
  tenantIn('2020-09', 'IL', 'europe', undefined),
  tenantIn('2020-09', 'AE', 'europe', 'uae'),
  tenantIn('2018-05', 'AE', 'europe', undefined),
  tenantIn('2020-09', 'EG', 'europe', undefined),
  tenantIn('2020-09', 'ZA', 'europe', 'southAfrica'),
  tenantIn('2020-09', 'CN', 'europe', 'asiaPacific'),
  tenantIn('2020-09', 'AQ', 'asiaPacific', undefined),
  tenantIn('2020-09', 'IN', 'india', undefined),
  tenantIn('2018-05', 'JP', 'asiaPacific', undefined),
  tenantIn('2020-09', 'GB', 'europe', 'unitedKingdom'),
  {
    name: 'silent when dataResidencyRequired is false',
    change: (c) => {
      c.tenant.dataResidencyRequired = false;
      c.residency.geography = 'asiaPacific';
      c.stores[0].geography = 'asiaPacific';
    },
    expect: [],
    others: [],
  },
  {
    name: 'silent when dataResidencyRequired is absent (default false)',
    change: (c) => {
      delete c.tenant.dataResidencyRequired;
      c.residency.geography = 'asiaPacific';
      c.stores[0].geography = 'asiaPacific';
    },
    expect: [],
    others: [],
  },
  {
    name: 'silent when a migration targets the home geography',
    from: 'migration',
    expect: [],
    others: ['migration/feature-availability'],
  },
  {
    name: 'a migration to another geography does not excuse it',
    from: 'migration',
    change: (c) => {
      c.residency.migration.targetGeography = 'france';
    },
    expect: [{ path: ['residency', 'geography'], at: 'value', fixes: [offered(residency('germany'))] }],
    others: ['migration/feature-availability', 'migration/target'],
  },
  {
    name: 'in 2018-05 a migration is ignored',
    from: '2018-05',
    change: (c) => {
      c.residency.geography = 'northAmerica';
      c.residency.migration = { targetGeography: 'europe' };
      for (const store of c.stores) store.geography = 'northAmerica';
    },
    expect: [{ path: ['residency', 'geography'], at: 'value', fixes: [offered(residency('europe'))] }],
    others: ['migration/edition'],
  },
  {
    name: 'skipped when signupCountry is not a country',
    change: (c) => {
      c.tenant.signupCountry = 'EU';
      c.residency.geography = 'asiaPacific';
      c.stores[0].geography = 'asiaPacific';
    },
    expect: [],
    others: ['tenant/country-code'],
  },
  {
    name: 'skipped when residency.geography is unknown',
    change: (c) => {
      c.residency.geography = 'mars';
    },
    expect: [],
    others: ['geography/unknown'],
  },
  {
    name: 'skipped when dataResidencyRequired is not a boolean',
    change: (c) => {
      c.tenant.dataResidencyRequired = 'true';
      c.residency.geography = 'asiaPacific';
      c.stores[0].geography = 'asiaPacific';
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'severity can be turned off',
    change: (c) => {
      c.residency.geography = 'europe';
    },
    options: { rules: { 'residency/in-region': 'off' } },
    expect: [],
    others: [],
  },
]);
