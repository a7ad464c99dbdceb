import { ALL, describeRule, preferred } from '../../helpers/ruleTable';

const thirty = (scenario: string) =>
  preferred({
    change: (c) => {
      c.deletion[scenario].purgeWithinDays = 30;
    },
  });

describeRule({ id: 'deletion/purge-window', severity: 'error', editions: ALL }, [
  {
    name: 'active purgeWithinDays 31: on the value, fix sets 30 (preferred)',
    change: (c) => {
      c.deletion.active.purgeWithinDays = 31;
    },
    expect: [{ path: ['deletion', 'active', 'purgeWithinDays'], at: 'value', message: /30/, fixes: [thirty('active')] }],
    others: [],
  },
  {
    name: 'passive purgeWithinDays 90',
    change: (c) => {
      c.deletion.passive.purgeWithinDays = 90;
    },
    expect: [{ path: ['deletion', 'passive', 'purgeWithinDays'], at: 'value', fixes: [thirty('passive')] }],
    others: [],
  },
  {
    name: 'both scenarios over 30',
    change: (c) => {
      c.deletion.active.purgeWithinDays = 45;
      c.deletion.passive.purgeWithinDays = 60;
    },
    expect: [
      { path: ['deletion', 'active', 'purgeWithinDays'], at: 'value', fixes: [thirty('active')] },
      { path: ['deletion', 'passive', 'purgeWithinDays'], at: 'value', fixes: [thirty('passive')] },
    ],
    others: [],
  },
  {
    name: '2018-05: an optional passive scenario, when given, is checked too',
    from: '2018-05',
    change: (c) => {
      c.deletion.passive = { enabled: true, purgeWithinDays: 31 };
    },
    expect: [{ path: ['deletion', 'passive', 'purgeWithinDays'], at: 'value', fixes: [thirty('passive')] }],
    others: [],
  },
  {
    name: '2018-05 active over 30',
    from: '2018-05',
    change: (c) => {
      c.deletion.active.purgeWithinDays = 365;
    },
    expect: [{ path: ['deletion', 'active', 'purgeWithinDays'], at: 'value', fixes: [thirty('active')] }],
    others: [],
  },
  ...[0, 1, 30].map((days) => ({
    name: `${days} days is fine`,
    change: (c: any) => {
      c.deletion.active.purgeWithinDays = days;
    },
    expect: [],
    others: [],
  })),
  {
    name: "a fraction is schema/type's alone",
    change: (c) => {
      c.deletion.active.purgeWithinDays = 45.5;
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: "a string is schema/type's alone",
    change: (c) => {
      c.deletion.active.purgeWithinDays = '45';
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'skipped when the scenario is not an object',
    change: (c) => {
      c.deletion.active = [45];
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'a scenario with enabled false is still checked',
    change: (c) => {
      c.deletion.passive = { enabled: false, purgeWithinDays: 40 };
    },
    expect: [{ path: ['deletion', 'passive', 'purgeWithinDays'], at: 'value', fixes: [thirty('passive')] }],
    others: ['deletion/scenario'],
  },
  {
    name: 'nothing inside an unknown scenario is checked',
    change: (c) => {
      c.deletion.archive = { enabled: true, purgeWithinDays: 400 };
    },
    expect: [],
    others: ['schema/unknown-property'],
  },
]);
