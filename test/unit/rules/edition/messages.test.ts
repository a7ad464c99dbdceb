import { describeMessages, finding, offered, preferred } from '../../helpers/messages';

describeMessages('edition/unknown', [
  {
    name: 'one close edition: preferred',
    change: (c) => {
      c.policyEdition = '2020-9';
    },
    expect: [
      finding(
        ['policyEdition'],
        'Unknown policy edition "2020-9"; known editions: "2018-05", "2020-09". The file is checked as "2020-09".',
        preferred('Change to "2020-09"'),
      ),
    ],
  },
  {
    name: 'two close editions: both offered, neither preferred',
    change: (c) => {
      c.policyEdition = '2019-09';
    },
    expect: [
      finding(
        ['policyEdition'],
        'Unknown policy edition "2019-09"; known editions: "2018-05", "2020-09". The file is checked as "2020-09".',
        offered('Change to "2018-05"'),
        offered('Change to "2020-09"'),
      ),
    ],
  },
  {
    name: 'no close edition: no fix',
    change: (c) => {
      c.policyEdition = 'latest';
    },
    expect: [finding(['policyEdition'], 'Unknown policy edition "latest"; known editions: "2018-05", "2020-09". The file is checked as "2020-09".')],
  },
]);
