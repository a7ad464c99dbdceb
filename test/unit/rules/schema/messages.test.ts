import { describeMessages, finding, offered, preferred } from '../../helpers/messages';

const ROOT_KEYS = '"$schema", "policyEdition", "tenant", "residency", "stores", "retention", "deletion", "processing", "restrictProcessing"';
const DURATION = 'a duration: a whole number of days >= 0, or an ISO 8601 duration such as "P30D", "P4W", "P12M" or "P1Y"';
const KINDS = '"sqlAzure", "reliableCollections", "azureStorage", "telemetry", "other"';

describeMessages('schema/unknown-property', [
  {
    name: 'a close match to a missing key: named, and the rename is preferred',
    change: (c) => {
      c.tenat = c.tenant;
      delete c.tenant;
    },
    expect: [finding(['tenat'], `Unknown property "tenat". Did you mean "tenant"? Allowed here: ${ROOT_KEYS}.`, preferred('Rename to "tenant"'))],
  },
  {
    name: 'two close matches, both missing: both named, the closest first; renames offered, neither preferred',
    change: (c) => {
      c.stores[0] = { kin: 'sqlAzure', geography: 'germany', data: ['personal'] };
    },
    expect: [
      finding(
        ['stores', 0, 'kin'],
        'Unknown property "kin". Did you mean "kind" or "id"? Allowed here: "id", "kind", "geography", "data".',
        offered('Rename to "kind"'),
        offered('Rename to "id"'),
      ),
    ],
  },
  {
    name: 'no close match: only what is allowed there',
    change: (c) => {
      c.tenant.ids = 'x';
    },
    expect: [finding(['tenant', 'ids'], 'Unknown property "ids". Allowed here: "id", "signupCountry", "subscription", "dataResidencyRequired".')],
  },
]);

describeMessages('schema/type', [
  {
    name: 'wrong JSON types: what is expected, and what the value is',
    change: (c) => {
      c.$schema = 1;
      c.tenant.dataResidencyRequired = 'yes';
      c.residency.geography = null;
      c.stores[0].kind = 3;
      c.stores[0].geography = {};
      c.retention.telemetry = true;
      c.retention.auditLogs = false;
      c.processing = [];
      c.deletion.active.purgeWithinDays = '30';
      c.deletion.passive.enabled = 1.5;
    },
    expect: [
      finding(['$schema'], '`$schema` must be a string, not an integer.'),
      finding(['tenant', 'dataResidencyRequired'], '`tenant.dataResidencyRequired` must be `true` or `false`, not a string.'),
      finding(['residency', 'geography'], '`residency.geography` must be a geography id such as "europe", not `null`.'),
      { path: ['stores', 0, 'kind'], message: `\`stores[0].kind\` must be one of ${KINDS}, not an integer.` },
      finding(['stores', 0, 'geography'], '`stores[0].geography` must be a geography id such as "europe", not an object.'),
      { path: ['retention', 'telemetry'], message: `\`retention.telemetry\` must be ${DURATION}, not \`true\`.` },
      { path: ['retention', 'auditLogs'], message: `\`retention.auditLogs\` must be ${DURATION}, not \`false\`.` },
      finding(['deletion', 'active', 'purgeWithinDays'], '`deletion.active.purgeWithinDays` must be a whole number >= 0, not a string.'),
      finding(['deletion', 'passive', 'enabled'], '`deletion.passive.enabled` must be `true` or `false`, not a number.'),
      finding(['processing'], '`processing` must be an object, not an array.'),
    ],
  },
  {
    name: 'other expected types',
    from: 'migration',
    change: (c) => {
      c.policyEdition = 2020;
      c.tenant.signupCountry = 49;
      c.tenant.id = [];
      c.residency.migration.requestPeriodEnds = 20260630;
      c.residency.migration.additionalCost = 'none';
      c.stores = {};
      c.restrictProcessing.steps = 'export';
    },
    expect: [
      finding(['policyEdition'], '`policyEdition` must be "2018-05" or "2020-09", not an integer.'),
      finding(['tenant', 'id'], '`tenant.id` must be a non-empty string, not an array.'),
      finding(['tenant', 'signupCountry'], '`tenant.signupCountry` must be an ISO 3166-1 alpha-2 country code such as "DE", not an integer.'),
      finding(['residency', 'migration', 'requestPeriodEnds'], '`residency.migration.requestPeriodEnds` must be a date "YYYY-MM-DD", not an integer.'),
      finding(['residency', 'migration', 'additionalCost'], '`residency.migration.additionalCost` must be a number >= 0, not a string.'),
      finding(['stores'], '`stores` must be an array, not an object.'),
      finding(['restrictProcessing', 'steps'], '`restrictProcessing.steps` must be an array, not a string.'),
    ],
  },
  {
    name: 'values not allowed: empty, a near enum value, a repeated category, bad numbers, date and duration',
    from: 'migration',
    change: (c) => {
      c.tenant.id = '';
      c.stores[0].kind = 'sqlazure';
      c.stores[1].data = ['telemetry', 'telemetry'];
      c.stores.push({ id: 'x', kind: 'other', geography: 'germany', data: [] });
      c.residency.migration.requestPeriodEnds = '2026-02-30';
      c.residency.migration.additionalCost = -1;
      c.deletion.active.purgeWithinDays = 1.5;
      c.deletion.passive.purgeWithinDays = -1;
      c.retention.auditLogs = 'P1X';
      c.retention.telemetry = -30;
    },
    expect: [
      finding(['tenant', 'id'], '`tenant.id` must not be empty.'),
      finding(
        ['residency', 'migration', 'requestPeriodEnds'],
        '`residency.migration.requestPeriodEnds` is "2026-02-30", which is not a real calendar date "YYYY-MM-DD".',
      ),
      finding(['residency', 'migration', 'additionalCost'], '`residency.migration.additionalCost` must be >= 0, not -1.'),
      {
        path: ['stores', 0, 'kind'],
        message: `\`stores[0].kind\` is "sqlazure"; allowed: ${KINDS}.`,
        fixes: [{ title: 'Change to "sqlAzure"', preferred: true }],
      },
      finding(
        ['stores', 1, 'data', 1],
        '`stores[1].data` lists "telemetry" more than once; each category may appear once.',
        offered('Remove the repeated element'),
      ),
      finding(['stores', 2, 'data'], '`stores[2].data` must not be empty.'),
      { path: ['retention', 'telemetry'], message: `\`retention.telemetry\` is -30, which is not ${DURATION}.` },
      { path: ['retention', 'auditLogs'], message: `\`retention.auditLogs\` is "P1X", which is not ${DURATION}.` },
      finding(['deletion', 'active', 'purgeWithinDays'], '`deletion.active.purgeWithinDays` must be a whole number, not 1.5.'),
      finding(['deletion', 'passive', 'purgeWithinDays'], '`deletion.passive.purgeWithinDays` must be >= 0, not -1.'),
    ],
  },
  {
    name: 'an enum value in the wrong case: the allowed one, case ignored',
    change: (c) => {
      c.stores[0].kind = 'SQLAZURE';
    },
    expect: [finding(['stores', 0, 'kind'], `\`stores[0].kind\` is "SQLAZURE"; allowed: ${KINDS}.`, preferred('Change to "sqlAzure"'))],
  },
  {
    name: 'the document itself of the wrong type',
    text: '[]',
    expect: [finding([], 'The document must be an object, not an array.')],
  },
  {
    name: 'an element of an array: its index in the label',
    change: (c) => {
      c.stores[0].data = ['servic', 'personal'];
    },
    expect: [
      finding(
        ['stores', 0, 'data', 0],
        '`stores[0].data` is "servic"; allowed: "personal", "service", "auditLogs", "telemetry".'.replace('`stores[0].data`', '`stores[0].data[0]`'),
        preferred('Change to "service"'),
      ),
    ],
  },
]);

describeMessages('schema/required', [
  {
    name: 'on the root: "The document"; elsewhere the object\'s key; with the property\'s description',
    change: (c) => {
      delete c.stores;
      delete c.tenant.id;
      delete c.residency.geography;
    },
    expect: [
      finding([], 'The document is missing the required property "stores": Where data is kept. May be empty.'),
      finding(['tenant'], '"tenant" is missing the required property "id": The tenant id.'),
      finding(['residency'], '"residency" is missing the required property "geography": The administrator\'s elected location for Customer Data at rest.'),
    ],
  },
  {
    name: 'in an array element: its index',
    change: (c) => {
      delete c.stores[1].kind;
    },
    expect: [finding(['stores', 1], '1 is missing the required property "kind": The kind of storage.')],
  },
]);

describeMessages('schema/duplicate-key', [
  {
    name: 'names the key; removing it is offered, not preferred',
    text: '{\n  "tenant": {}, "tenant": {}\n}',
    expect: [finding(['tenant'], 'Duplicate key "tenant": only the last occurrence counts. Give each key once.', offered('Remove this "tenant"'))],
  },
]);
