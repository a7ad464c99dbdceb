import { describeMessages, finding, preferred } from '../../helpers/messages';

describeMessages('deletion/scenario', [
  {
    name: 'passive missing in 2020-09',
    change: (c) => {
      delete c.deletion.passive;
    },
    expect: [
      finding(
        ['deletion'],
        "The passive deletion (the tenant's subscription ends) scenario is missing; edition 2020-09 requires it.",
        preferred('Insert "passive" scenario'),
      ),
    ],
  },
  {
    name: 'active disabled in 2018-05',
    from: '2018-05',
    change: (c) => {
      c.deletion.active.enabled = false;
    },
    expect: [
      finding(
        ['deletion', 'active', 'enabled'],
        'The active deletion (a user or administrator deletes data or a user) scenario is disabled; edition 2018-05 requires it enabled.',
        preferred('Set to true'),
      ),
    ],
  },
]);

describeMessages('deletion/purge-window', [
  {
    name: 'over 30 days, in each scenario',
    change: (c) => {
      c.deletion.active.purgeWithinDays = 31;
      c.deletion.passive.purgeWithinDays = 90;
    },
    expect: [
      finding(['deletion', 'active', 'purgeWithinDays'], 'Personal data must be removed within 30 days after deletion, not 31.', preferred('Set to 30')),
      finding(['deletion', 'passive', 'purgeWithinDays'], 'Personal data must be removed within 30 days after deletion, not 90.', preferred('Set to 30')),
    ],
  },
  {
    name: 'a stricter limit of an organization policy: says so, and the fix sets that limit',
    change: (c) => {
      c.deletion.active.purgeWithinDays = 20;
      c.deletion.passive.purgeWithinDays = 14;
    },
    options: { ruleOptions: { 'deletion/purge-window': { maxDays: 14 } } },
    expect: [
      {
        path: ['deletion', 'active', 'purgeWithinDays'],
        message: 'Personal data must be removed within 14 days after deletion (organization policy), not 20.',
        fixes: [{ title: 'Set to 14', preferred: true }],
      },
    ],
  },
]);
