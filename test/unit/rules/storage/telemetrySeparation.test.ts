import { ALL, describeRule, preferred } from '../../helpers/ruleTable';

describeRule({ id: 'storage/telemetry-separation', severity: 'error', editions: ALL }, [
  {
    name: 'Customer Data in a telemetry store: on that element, fix removes it (preferred)',
    change: (c) => {
      c.stores[1].data = ['telemetry', 'personal'];
      c.stores[1].geography = 'germany';
    },
    expect: [
      {
        path: ['stores', 1, 'data', 1],
        at: 'value',
        message: /personal/,
        fixes: [
          preferred({
            change: (c) => {
              c.stores[1].data = ['telemetry'];
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'each Customer Data element in a telemetry store',
    change: (c) => {
      c.stores[1].data = ['auditLogs', 'telemetry', 'service'];
      c.stores[1].geography = 'germany';
    },
    expect: [
      {
        path: ['stores', 1, 'data', 0],
        at: 'value',
        fixes: [
          preferred({
            change: (c) => {
              c.stores[1].data = ['telemetry', 'service'];
            },
          }),
        ],
      },
      {
        path: ['stores', 1, 'data', 2],
        at: 'value',
        fixes: [
          preferred({
            change: (c) => {
              c.stores[1].data = ['auditLogs', 'telemetry'];
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'telemetry in a store of another kind',
    change: (c) => {
      c.stores[0].data = ['personal', 'telemetry', 'service'];
    },
    expect: [
      {
        path: ['stores', 0, 'data', 1],
        at: 'value',
        message: /telemetry/,
        fixes: [
          preferred({
            change: (c) => {
              c.stores[0].data = ['personal', 'service'];
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'telemetry in a store of kind "other" (2018-05)',
    from: '2018-05',
    change: (c) => {
      c.stores[2].kind = 'other';
    },
    expect: [
      {
        path: ['stores', 2, 'data', 0],
        at: 'value',
        // Removing the only element leaves an empty array (which schema/type reports next).
        // The element's line goes with it.
        fixes: [preferred({ edit: (t) => t.replace('"data": [\n        "telemetry"\n      ]', '"data": [\n      ]') })],
      },
    ],
    others: [],
  },
  {
    name: 'removing an inline element keeps the rest of the line',
    text: (t) =>
      t
        .replace('"geography": "northAmerica"', '"geography": "germany"')
        .replace('"data": [\n        "telemetry"\n      ]', '"data": ["telemetry", «"service"» /* oops */]'),
    expect: [
      {
        path: ['stores', 1, 'data', 1],
        at: { marker: 0 },
        fixes: [preferred({ edit: (t) => t.replace('["telemetry", "service" /* oops */]', '["telemetry" /* oops */]') })],
      },
    ],
    others: [],
  },
  {
    name: 'skipped when the kind is invalid',
    change: (c) => {
      c.stores[1].kind = 'Telemetry';
      c.stores[1].data = ['telemetry', 'personal'];
      c.stores[1].geography = 'germany';
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: "an invalid element is schema/type's alone; valid ones are still checked",
    change: (c) => {
      c.stores[0].data = ['personal', 'Telemetry', 'telemetry'];
    },
    expect: [
      {
        path: ['stores', 0, 'data', 2],
        at: 'value',
        fixes: [
          preferred({
            change: (c) => {
              c.stores[0].data = ['personal', 'Telemetry'];
            },
          }),
        ],
      },
    ],
    others: ['schema/type'],
  },
  {
    name: "a repeated element: only the first counts (the repeat is schema/type's)",
    change: (c) => {
      c.stores[0].data = ['telemetry', 'personal', 'telemetry'];
    },
    expect: [
      {
        path: ['stores', 0, 'data', 0],
        at: 'value',
        fixes: [
          preferred({
            change: (c) => {
              c.stores[0].data = ['personal', 'telemetry'];
            },
          }),
        ],
      },
    ],
    others: ['schema/type'],
  },
  { name: 'silent on the baselines', expect: [], others: [] },
  { name: 'silent on the 2018-05 baseline', from: '2018-05', expect: [], others: [] },
]);
