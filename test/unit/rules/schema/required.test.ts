import { ALL, describeRule, type RuleCase } from '../../helpers/ruleTable';

/** A required top-level object removed: only its absence is reported, on the root's `{`. */
const missingAtRoot = (key: string, from: '2020-09' | '2018-05'): RuleCase => ({
  name: `a missing ${key} (${from}): only schema/required, on the root's opening brace`,
  from,
  change: (c) => {
    delete c[key];
  },
  expect: [{ path: [], at: 'missing', message: new RegExp(`"${key}"`) }],
  others: [],
});

describeRule({ id: 'schema/required', severity: 'error', editions: ALL }, [
  ...['tenant', 'residency', 'stores', 'retention', 'deletion', 'processing'].map((k) => missingAtRoot(k, '2020-09')),
  ...['tenant', 'retention', 'deletion', 'processing', 'restrictProcessing'].map((k) => missingAtRoot(k, '2018-05')),
  {
    name: 'restrictProcessing is optional in 2020-09',
    change: (c) => {
      delete c.restrictProcessing;
    },
    expect: [],
    others: [],
  },
  {
    name: 'a missing tenant.id: on the key "tenant"',
    change: (c) => {
      delete c.tenant.id;
    },
    expect: [{ path: ['tenant'], at: 'missing', message: /"id"/ }],
    others: [],
  },
  {
    name: 'a missing signupCountry: residency/in-region is skipped',
    change: (c) => {
      delete c.tenant.signupCountry;
      c.residency.geography = 'asiaPacific';
      c.stores[0].geography = 'asiaPacific';
    },
    expect: [{ path: ['tenant'], at: 'missing', message: /signupCountry/ }],
    others: [],
  },
  {
    name: 'optional tenant properties (subscription, dataResidencyRequired) may be left out',
    change: (c) => {
      delete c.tenant.subscription;
      delete c.tenant.dataResidencyRequired;
    },
    expect: [],
    others: [],
  },
  {
    name: 'a missing residency.geography: residency/store-geography is skipped',
    change: (c) => {
      delete c.residency.geography;
      c.stores[0].geography = 'asiaPacific';
    },
    expect: [{ path: ['residency'], at: 'missing' }],
    others: [],
  },
  {
    name: 'missing store properties: on the store element (its opening brace), one per property',
    change: (c) => {
      c.stores[1] = { id: 'logs' };
    },
    expect: [
      { path: ['stores', 1], at: 'missing', message: /"kind"/ },
      { path: ['stores', 1], at: 'missing', message: /"geography"/ },
      { path: ['stores', 1], at: 'missing', message: /"data"/ },
    ],
    others: [],
  },
  {
    name: 'a store without id: stores/duplicate-id has nothing to compare',
    change: (c) => {
      delete c.stores[0].id;
    },
    expect: [{ path: ['stores', 0], at: 'missing', message: /"id"/ }],
    others: [],
  },
  {
    name: 'an empty stores array is allowed',
    change: (c) => {
      c.stores = [];
    },
    expect: [],
    others: [],
  },
  {
    name: 'a scenario without purgeWithinDays and enabled: on the scenario key',
    change: (c) => {
      c.deletion.active = {};
    },
    expect: [
      { path: ['deletion', 'active'], at: 'missing', message: /"enabled"/ },
      { path: ['deletion', 'active'], at: 'missing', message: /"purgeWithinDays"/ },
    ],
    others: [],
  },
  {
    name: 'missing purposes',
    change: (c) => {
      delete c.processing.purposes;
    },
    expect: [{ path: ['processing'], at: 'missing', message: /purposes/ }],
    others: [],
  },
  {
    name: 'restrictProcessing present in 2020-09 but empty: steps and exportIncludes required',
    change: (c) => {
      c.restrictProcessing = {};
    },
    expect: [
      { path: ['restrictProcessing'], at: 'missing', message: /"steps"/ },
      { path: ['restrictProcessing'], at: 'missing', message: /"exportIncludes"/ },
    ],
    others: [],
  },
  {
    name: 'a migration without targetGeography and requestPeriodEnds: the migration targets nothing',
    from: 'migration',
    change: (c) => {
      delete c.residency.migration.targetGeography;
      delete c.residency.migration.requestPeriodEnds;
    },
    expect: [
      { path: ['residency', 'migration'], at: 'missing', message: /"targetGeography"/ },
      { path: ['residency', 'migration'], at: 'missing', message: /"requestPeriodEnds"/ },
    ],
    // "europe" is not within "germany" and no migration targets it now.
    others: ['migration/feature-availability', 'residency/in-region'],
  },
  // Absences that other rules own are not schema/required's.
  {
    name: "a missing auditLogs is retention/audit-logs's",
    change: (c) => {
      delete c.retention.auditLogs;
    },
    expect: [],
    others: ['retention/audit-logs'],
  },
  {
    name: "a missing telemetry retention in 2018-05 is retention/telemetry's",
    from: '2018-05',
    change: (c) => {
      delete c.retention.telemetry;
    },
    expect: [],
    others: ['retention/telemetry'],
  },
  {
    name: "a missing deletion scenario is deletion/scenario's",
    change: (c) => {
      delete c.deletion.passive;
    },
    expect: [],
    others: ['deletion/scenario'],
  },
  {
    name: "a missing isoCertified is processing/iso's",
    change: (c) => {
      delete c.processing.isoCertified;
    },
    expect: [],
    others: ['processing/iso'],
  },
  {
    name: "a missing deadline and acceptances are the migration rules'",
    from: 'migration',
    change: (c) => {
      delete c.residency.migration.deadline;
      delete c.residency.migration.acceptsMinimalDataLoss;
      delete c.residency.migration.acceptsReconfiguration;
    },
    expect: [],
    others: ['migration/deadline', 'migration/eligibility', 'migration/feature-availability'],
  },
  {
    name: "in 2018-05 an empty migration is migration/edition's alone",
    from: '2018-05',
    change: (c) => {
      c.residency.migration = {};
    },
    expect: [],
    others: ['migration/edition'],
  },
  {
    name: 'inside an invalid object nothing is required',
    change: (c) => {
      c.processing = [];
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: "a missing property of the root in JSONC: range is the root's opening brace, after a leading comment",
    text: (t) =>
      '// config\n' +
      t.replace(
        '  "processing": {\n    "isoCertified": true,\n    "purposes": [\n      "serviceDelivery",\n      "support",\n      "security"\n    ]\n  },\n',
        '',
      ),
    expect: [{ path: [], at: { substring: '{' }, message: /processing/ }],
    others: [],
  },
  {
    name: 'empty document object: every required top-level property, each on the root brace',
    text: '«{»}',
    expect: ['tenant', 'residency', 'stores', 'retention', 'deletion', 'processing'].map((k) => ({
      path: [],
      at: { marker: 0 },
      message: new RegExp(`"${k}"`),
    })),
    others: [],
  },
]);
