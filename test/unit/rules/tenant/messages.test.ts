import { describeMessages } from '../../helpers/messages';

describeMessages('tenant/country-code', [
  {
    name: 'lower case of an assigned code: names the country, upper-casing is preferred',
    change: (c) => { c.tenant.signupCountry = 'de'; },
    expect: [{
      path: ['tenant', 'signupCountry'],
      message: '"de" is not an assigned ISO 3166-1 alpha-2 country code; use two upper-case letters such as "DE" or "US". Did you mean "DE" (Germany)?',
      fixes: [{ title: 'Change to "DE" (Germany)', preferred: true }],
    }],
  },
  {
    name: 'an unassigned code: no suggestion',
    change: (c) => { c.tenant.signupCountry = 'XX'; },
    expect: [{ path: ['tenant', 'signupCountry'], message: '"XX" is not an assigned ISO 3166-1 alpha-2 country code; use two upper-case letters such as "DE" or "US".' }],
  },
  {
    name: 'lower case of an unassigned code: no suggestion',
    change: (c) => { c.tenant.signupCountry = 'xx'; },
    expect: [{ path: ['tenant', 'signupCountry'], message: '"xx" is not an assigned ISO 3166-1 alpha-2 country code; use two upper-case letters such as "DE" or "US".' }],
  },
]);
