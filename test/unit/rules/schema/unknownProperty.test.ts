import { ALL, describeRule, offered, preferred } from '../../helpers/ruleTable';

const rename = (from: string, to: string) => ({ edit: (t: string) => t.replace(`"${from}":`, `"${to}":`) });

describeRule({ id: 'schema/unknown-property', severity: 'warning', editions: ALL }, [
  {
    name: 'a misspelt tenant key: on the key, rename to the one known key within distance 2 (preferred)',
    change: (c) => {
      c.tenant = { id: 'contoso', singupCountry: 'DE', subscription: 'active', dataResidencyRequired: true };
    },
    expect: [
      {
        path: ['tenant', 'singupCountry'],
        at: 'key',
        message: /singupCountry/,
        fixes: [preferred(rename('singupCountry', 'signupCountry'), /signupCountry/)],
      },
    ],
    others: ['schema/required'],
  },
  {
    name: 'an unknown root key far from every known key: no fix',
    change: (c) => {
      c.comment = 'reviewed by legal';
    },
    expect: [{ path: ['comment'], at: 'key' }],
    others: [],
  },
  {
    name: 'nothing inside an unknown property is checked',
    change: (c) => {
      c.extra = { geography: 'mars', retention: { auditLogs: -4 }, tenant: 7 };
    },
    expect: [{ path: ['extra'], at: 'key' }],
    others: [],
  },
  {
    name: 'an unknown key in a store element: path with the index',
    change: (c) => {
      c.stores[1].region = 'west';
    },
    expect: [{ path: ['stores', 1, 'region'], at: 'key' }],
    others: [],
  },
  {
    name: 'two known keys within distance 2: both offered, neither preferred',
    change: (c) => {
      c.stores[0] = { kid: 'x', geography: 'germany', data: ['personal'] };
    },
    expect: [
      {
        path: ['stores', 0, 'kid'],
        at: 'key',
        fixes: [offered(rename('kid', 'id')), offered(rename('kid', 'kind'))],
      },
    ],
    others: ['schema/required'],
  },
  {
    name: 'a misspelt scenario key in 2018-05',
    from: '2018-05',
    change: (c) => {
      c.deletion.pasive = { enabled: true, purgeWithinDays: 30 };
    },
    expect: [{ path: ['deletion', 'pasive'], at: 'key', fixes: [preferred(rename('pasive', 'passive'))] }],
    others: [],
  },
  {
    name: 'a misspelt key in a migration',
    from: 'migration',
    change: (c) => {
      c.residency.migration.aditionalCost = c.residency.migration.additionalCost;
      delete c.residency.migration.additionalCost;
    },
    expect: [{ path: ['residency', 'migration', 'aditionalCost'], at: 'key', fixes: [preferred(rename('aditionalCost', 'additionalCost'))] }],
    others: ['migration/feature-availability'],
  },
  {
    name: "in 2018-05 a migration is migration/edition's alone: its unknown keys are not reported",
    from: '2018-05',
    change: (c) => {
      c.residency.migration = { target: 'europe', whatever: 1 };
    },
    expect: [],
    others: ['migration/edition'],
  },
  {
    name: 'the range is the key with its quotes, in UTF-16 code units after a comment with an emoji',
    text: (t) => t.replace('"id": "contoso",', '/* 😀 */ «"ïd"»: "contoso", "id": "contoso",'),
    expect: [{ path: ['tenant', 'ïd'], at: { marker: 0 } }],
    others: [],
  },
  {
    name: 'a known key of another place is unknown here',
    change: (c) => {
      c.tenant.geography = 'germany';
    },
    expect: [{ path: ['tenant', 'geography'], at: 'key' }],
    others: [],
  },
  {
    name: 'severity can be configured',
    change: (c) => {
      c.comment = 'x';
    },
    options: { rules: { 'schema/unknown-property': 'error' } },
    expect: [{ path: ['comment'], at: 'key', severity: 'error' }],
  },
  { name: 'silent on the 2020-09 baseline', expect: [] },
  { name: 'silent on the 2018-05 baseline', from: '2018-05', expect: [] },
  {
    name: '$schema is a known property',
    change: (c) => {
      c.$schema = 'https://example.com/x.json';
    },
    expect: [],
  },
]);
