import { describeMessages, finding, preferred } from '../../helpers/messages';

describeMessages('tenant/country-code', [
  {
    name: 'lower case of an assigned code: names the country, upper-casing is preferred',
    change: (c) => {
      c.tenant.signupCountry = 'de';
    },
    expect: [
      finding(
        ['tenant', 'signupCountry'],
        '"de" is not an assigned ISO 3166-1 alpha-2 country code; use two upper-case letters such as "DE" or "US". Did you mean "DE" (Germany)?',
        preferred('Change to "DE" (Germany)'),
      ),
    ],
  },
  {
    name: 'an unassigned code: no suggestion',
    change: (c) => {
      c.tenant.signupCountry = 'XX';
    },
    expect: [finding(['tenant', 'signupCountry'], '"XX" is not an assigned ISO 3166-1 alpha-2 country code; use two upper-case letters such as "DE" or "US".')],
  },
  {
    name: 'lower case of an unassigned code: no suggestion',
    change: (c) => {
      c.tenant.signupCountry = 'xx';
    },
    expect: [finding(['tenant', 'signupCountry'], '"xx" is not an assigned ISO 3166-1 alpha-2 country code; use two upper-case letters such as "DE" or "US".')],
  },
]);
