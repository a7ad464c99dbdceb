import { ALL, describeRule, offered, preferred } from '../../helpers/ruleTable';

const edition = (value: string) => ({
  change: (c: any) => {
    c.policyEdition = value;
  },
});

describeRule({ id: 'edition/unknown', severity: 'error', editions: ALL }, [
  {
    name: '"2020-9": on the value, fix to "2020-09" (preferred), checked as 2020-09',
    change: (c) => {
      c.policyEdition = '2020-9';
    },
    expect: [{ path: ['policyEdition'], at: 'value', message: /2018-05.*2020-09/, fixes: [preferred(edition('2020-09'))] }],
    checkedAs: '2020-09',
    others: [],
  },
  {
    name: 'a 2018-05 file with "2018-5" is checked as 2020-09, whatever the default edition',
    from: '2018-05',
    change: (c) => {
      c.policyEdition = '2018-5';
    },
    options: { defaultEdition: '2018-05' },
    expect: [{ path: ['policyEdition'], at: 'value', fixes: [preferred(edition('2018-05'))] }],
    checkedAs: '2020-09',
    // The 2018-05 baseline under 2020-09: no passive scenario; "europe" is not within "germany".
    others: ['deletion/scenario', 'residency/in-region'],
  },
  {
    name: 'an unknown edition with no known edition within distance 2: no fix',
    change: (c) => {
      c.policyEdition = 'latest';
    },
    expect: [{ path: ['policyEdition'], at: 'value' }],
    checkedAs: '2020-09',
    others: [],
  },
  {
    name: 'an empty string is reported by edition/unknown, not schema/type',
    change: (c) => {
      c.policyEdition = '';
    },
    expect: [{ path: ['policyEdition'], at: 'value' }],
    checkedAs: '2020-09',
    others: [],
  },
  {
    name: '"2020-05" is within distance 2 of both editions: both offered, neither preferred',
    change: (c) => {
      c.policyEdition = '2020-05';
    },
    expect: [{ path: ['policyEdition'], at: 'value', fixes: [offered(edition('2018-05')), offered(edition('2020-09'))] }],
    checkedAs: '2020-09',
    others: [],
  },
  {
    name: "a wrong type is schema/type's, not edition/unknown's",
    change: (c) => {
      c.policyEdition = 2020;
    },
    expect: [],
    others: ['schema/type'],
  },
  { name: 'silent on "2020-09"', expect: [], checkedAs: '2020-09' },
  { name: 'silent on "2018-05"', from: '2018-05', expect: [], checkedAs: '2018-05' },
  { name: 'silent without policyEdition', from: 'default', expect: [], checkedAs: '2020-09' },
  {
    name: 'in JSONC with CRLF: range on the right line',
    text: '{\r\n  // edition\r\n  "policyEdition": «"2020-9"»\r\n}',
    expect: [{ path: ['policyEdition'], at: { marker: 0 }, fixes: [preferred({ text: '{\r\n  // edition\r\n  "policyEdition": "2020-09"\r\n}' })] }],
    checkedAs: '2020-09',
  },
]);
