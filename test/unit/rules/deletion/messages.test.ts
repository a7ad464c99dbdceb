import { describeMessages } from '../../helpers/messages';

describeMessages('deletion/scenario', [
  {
    name: 'passive missing in 2020-09',
    change: (c) => { delete c.deletion.passive; },
    expect: [{
      path: ['deletion'],
      message: 'The passive deletion (the tenant\'s subscription ends) scenario is missing; edition 2020-09 requires it.',
      fixes: [{ title: 'Insert "passive" scenario', preferred: true }],
    }],
  },
  {
    name: 'active disabled in 2018-05',
    from: '2018-05',
    change: (c) => { c.deletion.active.enabled = false; },
    expect: [{
      path: ['deletion', 'active', 'enabled'],
      message: 'The active deletion (a user or administrator deletes data or a user) scenario is disabled; edition 2018-05 requires it enabled.',
      fixes: [{ title: 'Set to true', preferred: true }],
    }],
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
      { path: ['deletion', 'active', 'purgeWithinDays'], message: 'Personal data must be removed within 30 days after deletion, not 31.', fixes: [{ title: 'Set to 30', preferred: true }] },
      { path: ['deletion', 'passive', 'purgeWithinDays'], message: 'Personal data must be removed within 30 days after deletion, not 90.', fixes: [{ title: 'Set to 30', preferred: true }] },
    ],
  },
  {
    name: 'a stricter limit of an organization policy: says so, and the fix sets that limit',
    change: (c) => { c.deletion.active.purgeWithinDays = 20; c.deletion.passive.purgeWithinDays = 14; },
    options: { ruleOptions: { 'deletion/purge-window': { maxDays: 14 } } },
    expect: [
      { path: ['deletion', 'active', 'purgeWithinDays'], message: 'Personal data must be removed within 14 days after deletion (organization policy), not 20.', fixes: [{ title: 'Set to 14', preferred: true }] },
    ],
  },
]);
