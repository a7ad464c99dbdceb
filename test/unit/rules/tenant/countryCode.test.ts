import { ALL, describeRule, preferred, type RuleCase } from '../../helpers/ruleTable';

const country = (value: string) => ({
  change: (c: any) => {
    c.tenant.signupCountry = value;
  },
});

/** A code that is not assigned: reported, no fix; residency/in-region is skipped. */
const unassigned = (code: string, why: string): RuleCase => ({
  name: `${JSON.stringify(code)} (${why}): reported, no fix`,
  change: (c) => {
    c.tenant.signupCountry = code;
    c.residency.geography = 'asiaPacific';
    c.stores[0].geography = 'asiaPacific';
  },
  expect: [{ path: ['tenant', 'signupCountry'], at: 'value', message: new RegExp(code) }],
  others: [],
});

describeRule({ id: 'tenant/country-code', severity: 'error', editions: ALL }, [
  {
    name: 'lower case "de": on the value, fix upper-cases it (preferred); residency/in-region is skipped',
    change: (c) => {
      c.tenant.signupCountry = 'de';
      c.residency.geography = 'asiaPacific';
      c.stores[0].geography = 'asiaPacific';
    },
    expect: [{ path: ['tenant', 'signupCountry'], at: 'value', fixes: [preferred(country('DE'))] }],
    others: [],
  },
  {
    name: 'mixed case "Fr": fix to "FR"',
    change: (c) => {
      c.tenant.signupCountry = 'Fr';
    },
    expect: [{ path: ['tenant', 'signupCountry'], at: 'value', fixes: [preferred(country('FR'))] }],
    others: [],
  },
  unassigned('XX', 'not assigned'),
  unassigned('XK', 'user-assigned Kosovo'),
  unassigned('UK', 'reserved, not assigned'),
  unassigned('DEU', 'alpha-3'),
  unassigned('', 'empty'),
  {
    name: '"xk": upper-casing gives no assigned code, so no fix',
    change: (c) => {
      c.tenant.signupCountry = 'xk';
    },
    expect: [{ path: ['tenant', 'signupCountry'], at: 'value' }],
    others: [],
  },
  {
    name: 'a bad country with a migration: migration/no-local-geography and migration/target are skipped',
    from: 'migration',
    change: (c) => {
      c.tenant.signupCountry = 'ZZ';
    },
    expect: [{ path: ['tenant', 'signupCountry'], at: 'value' }],
    others: ['migration/feature-availability'],
  },
  {
    name: "a number is schema/type's",
    change: (c) => {
      c.tenant.signupCountry = 276;
    },
    expect: [],
    others: ['schema/type'],
  },
  ...['AQ', 'TW', 'AX', 'CW', 'SS', 'PS', 'BQ'].map((code) => ({
    name: `${code} is assigned`,
    change: (c: any) => {
      c.tenant.signupCountry = code;
      c.tenant.dataResidencyRequired = false;
    },
    expect: [],
    others: [],
  })),
  {
    name: 'range counts UTF-16 code units',
    text: (t) => t.replace('"signupCountry": "DE"', '"signupCountry": /* 🇩🇪 */ «"de"»'),
    expect: [{ path: ['tenant', 'signupCountry'], at: { marker: 0 }, fixes: [preferred({ edit: (t) => t.replace('"de"', '"DE"') })] }],
    others: [],
  },
]);
