import { describeMessages } from '../../helpers/messages';

describeMessages('edition/unknown', [
  {
    name: 'one close edition: preferred',
    change: (c) => { c.policyEdition = '2020-9'; },
    expect: [{
      path: ['policyEdition'],
      message: 'Unknown policy edition "2020-9"; known editions: "2018-05", "2020-09". The file is checked as "2020-09".',
      fixes: [{ title: 'Change to "2020-09"', preferred: true }],
    }],
  },
  {
    name: 'two close editions: both offered, neither preferred',
    change: (c) => { c.policyEdition = '2019-09'; },
    expect: [{
      path: ['policyEdition'],
      message: 'Unknown policy edition "2019-09"; known editions: "2018-05", "2020-09". The file is checked as "2020-09".',
      fixes: [{ title: 'Change to "2018-05"', preferred: false }, { title: 'Change to "2020-09"', preferred: false }],
    }],
  },
  {
    name: 'no close edition: no fix',
    change: (c) => { c.policyEdition = 'latest'; },
    expect: [{ path: ['policyEdition'], message: 'Unknown policy edition "latest"; known editions: "2018-05", "2020-09". The file is checked as "2020-09".' }],
  },
]);
