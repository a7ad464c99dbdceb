import { ALL, describeRule, preferred } from '../../helpers/ruleTable';

const ENABLED = '{ "enabled": true, "purgeWithinDays": 30 }';

describeRule({ id: 'deletion/scenario', severity: 'error', editions: ALL }, [
  {
    name: '2020-09 without passive: on deletion (its key), fix inserts an enabled scenario (preferred); not schema/required',
    change: (c) => {
      delete c.deletion.passive;
    },
    expect: [
      {
        path: ['deletion'],
        at: 'missing',
        message: /passive/i,
        fixes: [
          preferred({
            edit: (t) => t.replace('"purgeWithinDays": 30\n    }\n  }', `"purgeWithinDays": 30\n    },\n    "passive": ${ENABLED}\n  }`),
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: '2020-09 without active',
    change: (c) => {
      delete c.deletion.active;
    },
    expect: [
      {
        path: ['deletion'],
        at: 'missing',
        message: /active/i,
        fixes: [
          preferred({
            edit: (t) => t.replace('"purgeWithinDays": 30\n    }\n  }', `"purgeWithinDays": 30\n    },\n    "active": ${ENABLED}\n  }`),
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: '2020-09 with an empty deletion: both missing, two diagnostics on deletion',
    text: (t) => t.replace(/"deletion": \{[\s\S]*?\n {2}\},\n/, '«"deletion"»: {},\n'),
    expect: [
      {
        path: ['deletion'],
        at: { marker: 0 },
        message: /active/i,
        fixes: [preferred({ edit: (t) => t.replace('"deletion": {}', `"deletion": { "active": ${ENABLED} }`) })],
      },
      {
        path: ['deletion'],
        at: { marker: 0 },
        message: /passive/i,
        fixes: [preferred({ edit: (t) => t.replace('"deletion": {}', `"deletion": { "passive": ${ENABLED} }`) })],
      },
    ],
    others: [],
  },
  {
    name: '2018-05 without active',
    from: '2018-05',
    change: (c) => {
      c.deletion = { passive: { enabled: true, purgeWithinDays: 30 } };
    },
    expect: [
      {
        path: ['deletion'],
        at: 'missing',
        message: /active/i,
        fixes: [
          preferred({
            edit: (t) => t.replace('"purgeWithinDays": 30\n    }\n  }', `"purgeWithinDays": 30\n    },\n    "active": ${ENABLED}\n  }`),
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: '2018-05 does not require passive',
    from: '2018-05',
    expect: [],
    others: [],
  },
  {
    name: 'a required scenario disabled: on enabled, fix sets true (preferred)',
    change: (c) => {
      c.deletion.passive.enabled = false;
    },
    expect: [
      {
        path: ['deletion', 'passive', 'enabled'],
        at: 'value',
        message: /passive/i,
        fixes: [
          preferred({
            change: (c) => {
              c.deletion.passive.enabled = true;
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: '2018-05 active disabled',
    from: '2018-05',
    change: (c) => {
      c.deletion.active.enabled = false;
    },
    expect: [
      {
        path: ['deletion', 'active', 'enabled'],
        at: 'value',
        fixes: [
          preferred({
            change: (c) => {
              c.deletion.active.enabled = true;
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'a disabled passive scenario in 2018-05 is not required, so not reported',
    from: '2018-05',
    change: (c) => {
      c.deletion.passive = { enabled: false, purgeWithinDays: 30 };
    },
    expect: [],
    others: [],
  },
  {
    name: "a scenario that is not an object is schema/type's alone",
    change: (c) => {
      c.deletion.passive = true;
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'a scenario without enabled: schema/required on the scenario, not this rule',
    change: (c) => {
      delete c.deletion.active.enabled;
    },
    expect: [],
    others: ['schema/required'],
  },
  {
    name: 'skipped when deletion is missing (schema/required alone)',
    change: (c) => {
      delete c.deletion;
    },
    expect: [],
    others: ['schema/required'],
  },
  {
    name: 'skipped when deletion is not an object',
    change: (c) => {
      c.deletion = [];
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'enabled false after a comment: range and fix on the value only',
    text: (t) => t.replace('"enabled": true', '"enabled": /* 🗑️ */ «false»'),
    expect: [{ path: ['deletion', 'active', 'enabled'], at: { marker: 0 }, fixes: [preferred({ edit: (t) => t.replace('/* 🗑️ */ false', '/* 🗑️ */ true') })] }],
    others: [],
  },
]);
