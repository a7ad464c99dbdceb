import { describeMessages, finding, offered, preferred } from '../../helpers/messages';

const M = ['residency', 'migration'];

describeMessages('migration/edition', [
  {
    name: 'a migration in 2018-05: fix sets the edition (not preferred)',
    from: '2018-05',
    change: (c) => {
      c.residency.migration = { targetGeography: 'germany' };
    },
    expect: [
      finding(
        M,
        'A migration is configured, but migrations to a local datacenter geography exist only in edition 2020-09.',
        offered('Set "policyEdition" to "2020-09"'),
      ),
    ],
  },
]);

describeMessages('migration/no-local-geography', [
  {
    name: 'names the country and its code',
    from: 'migration',
    change: (c) => {
      c.tenant.signupCountry = 'US';
    },
    expect: [finding(M, 'United States (US) has no local datacenter geography, so there is no geography to migrate to.', offered('Remove the migration'))],
  },
]);

describeMessages('migration/target', [
  {
    name: 'names the country, its geography and the wrong target',
    from: 'migration',
    change: (c) => {
      c.residency.migration.targetGeography = 'france';
    },
    expect: [
      {
        path: [...M, 'targetGeography'],
        message: 'A migration may only target the geography of the signup country DE: "germany", not "france".',
        fixes: [{ title: 'Set to "germany"', preferred: true }],
        related: [{ path: ['tenant', 'signupCountry'], message: 'The signup country: DE, whose home geography is "germany"' }],
      },
    ],
  },
]);

describeMessages('migration/not-needed', [
  {
    name: 'names the elected geography',
    from: 'migration',
    change: (c) => {
      c.residency.geography = 'germany';
    },
    expect: [
      finding([...M, 'targetGeography'], 'Customer Data is already elected to "germany"; a migration there is not needed.', offered('Remove the migration')),
    ],
  },
]);

describeMessages('migration/eligibility', [
  {
    name: 'each acceptance missing, residency not required, subscription ended',
    from: 'migration',
    change: (c) => {
      delete c.residency.migration.acceptsMinimalDataLoss;
      delete c.residency.migration.acceptsReconfiguration;
      c.tenant.dataResidencyRequired = false;
      c.tenant.subscription = 'ended';
    },
    expect: [
      {
        path: M,
        message: 'The migration does not say it accepts minimal data loss (`acceptsMinimalDataLoss`); only customers who accept it are eligible.',
        fixes: [{ title: 'Insert "acceptsMinimalDataLoss": true', preferred: false }],
      },
      {
        path: M,
        message: 'The migration does not say it accepts reconfiguration (`acceptsReconfiguration`); only customers who accept it are eligible.',
        fixes: [{ title: 'Insert "acceptsReconfiguration": true', preferred: false }],
      },
      {
        path: M,
        message: 'Only customers with data residency requirements are eligible for a migration; `tenant.dataResidencyRequired` must be true.',
        fixes: [{ title: 'Set "dataResidencyRequired" to true', preferred: false }],
      },
      {
        path: M,
        message: "The tenant's subscription has ended; only existing customers with an active subscription are eligible for a migration.",
      },
    ],
  },
  {
    name: "no tenant: only the acceptances (the absence is schema/required's)",
    from: 'migration',
    change: (c) => {
      delete c.tenant;
      c.residency.migration.acceptsReconfiguration = false;
    },
    expect: [
      finding(
        [...M, 'acceptsReconfiguration'],
        'Only customers who accept reconfiguration are eligible for a migration; `acceptsReconfiguration` must be true.',
        offered('Set to true'),
      ),
    ],
  },
  {
    name: 'each acceptance false',
    from: 'migration',
    change: (c) => {
      c.residency.migration.acceptsMinimalDataLoss = false;
      c.residency.migration.acceptsReconfiguration = false;
    },
    expect: [
      {
        path: [...M, 'acceptsMinimalDataLoss'],
        message: 'Only customers who accept minimal data loss are eligible for a migration; `acceptsMinimalDataLoss` must be true.',
        fixes: [{ title: 'Set to true', preferred: false }],
      },
      {
        path: [...M, 'acceptsReconfiguration'],
        message: 'Only customers who accept reconfiguration are eligible for a migration; `acceptsReconfiguration` must be true.',
        fixes: [{ title: 'Set to true', preferred: false }],
      },
    ],
  },
]);

describeMessages('migration/deadline', [
  {
    name: 'missing: says the latest allowed date; fix inserts it',
    from: 'migration',
    change: (c) => {
      delete c.residency.migration.deadline;
    },
    expect: [
      finding(
        M,
        'The migration has no committed `deadline`; the latest allowed is 2028-06-30 (24 months after the request period ends).',
        preferred('Insert "deadline": "2028-06-30"'),
      ),
    ],
  },
  {
    name: 'missing, with no valid request period: no date, no fix',
    from: 'migration',
    change: (c) => {
      delete c.residency.migration.deadline;
      delete c.residency.migration.requestPeriodEnds;
    },
    expect: [finding(M, 'The migration has no committed `deadline`.')],
  },
  {
    name: 'too late: both dates and the request period',
    from: 'migration',
    change: (c) => {
      c.residency.migration.deadline = '2028-07-01';
    },
    expect: [
      finding(
        [...M, 'deadline'],
        'The deadline 2028-07-01 is later than 2028-06-30, 24 months after the request period ends (2026-06-30).',
        preferred('Set to "2028-06-30"'),
      ),
    ],
  },
]);

describeMessages('migration/cost', [
  {
    name: 'says the cost',
    from: 'migration',
    change: (c) => {
      c.residency.migration.additionalCost = 250;
    },
    expect: [finding([...M, 'additionalCost'], 'A migration costs the customer nothing; `additionalCost` must be 0, not 250.', preferred('Set to 0'))],
  },
]);

describeMessages('migration/feature-availability', [
  {
    name: 'an information on the migration',
    from: 'migration',
    expect: [finding(M, 'While the migration runs, some features may not be accessible; downtime depends on the volume of data and the features in use.')],
  },
]);
