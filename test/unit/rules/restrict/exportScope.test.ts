import { ALL, describeRule, preferred } from '../../helpers/ruleTable';
import { restrictAbsentCases } from '../../helpers/restrictCases';

const PATH = ['restrictProcessing', 'exportIncludes'];

describeRule({ id: 'restrict/export-scope', severity: 'error', editions: ALL }, [
  {
    name: 'only accounts: one diagnostic on the array naming both missing, fix adds them (preferred)',
    change: (c) => {
      c.restrictProcessing.exportIncludes = ['accounts'];
    },
    expect: [
      {
        path: PATH,
        at: 'value',
        message: /serviceData.*associatedLogs/,
        fixes: [
          preferred({
            keeps: [],
            parsed: (v) => {
              v.restrictProcessing.exportIncludes = ['accounts', 'serviceData', 'associatedLogs'];
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'exact text of the fix on a multi-line array: appended after the last element',
    change: (c) => {
      c.restrictProcessing.exportIncludes = ['accounts'];
    },
    expect: [
      {
        path: PATH,
        at: 'value',
        fixes: [preferred({ edit: (t) => t.replace('"accounts"\n', '"accounts", "serviceData", "associatedLogs"\n') })],
      },
    ],
    others: [],
  },
  {
    name: 'an empty array: all three added',
    from: '2018-05',
    text: (t) => t.replace(/"exportIncludes": \[[^\]]*\]/, '"exportIncludes": «[]»'),
    expect: [
      {
        path: PATH,
        at: { marker: 0 },
        message: /accounts.*serviceData.*associatedLogs/,
        fixes: [preferred({ edit: (t) => t.replace('"exportIncludes": []', '"exportIncludes": ["accounts", "serviceData", "associatedLogs"]') })],
      },
    ],
    others: [],
  },
  {
    name: 'one missing, in another order: the message names only it',
    change: (c) => {
      c.restrictProcessing.exportIncludes = ['associatedLogs', 'accounts'];
    },
    expect: [
      {
        path: PATH,
        at: 'value',
        message: /serviceData/,
        fixes: [
          preferred({
            keeps: [],
            parsed: (v) => {
              v.restrictProcessing.exportIncludes = ['associatedLogs', 'accounts', 'serviceData'];
            },
          }),
        ],
      },
    ],
    others: [],
  },
  {
    name: 'all three, in any order: silent',
    change: (c) => {
      c.restrictProcessing.exportIncludes = ['serviceData', 'associatedLogs', 'accounts'];
    },
    expect: [],
    others: [],
  },
  {
    name: "an invalid element is schema/type's alone; the rule is skipped",
    change: (c) => {
      c.restrictProcessing.exportIncludes = ['accounts', 'logs'];
    },
    expect: [],
    others: ['schema/type'],
  },
  ...restrictAbsentCases('exportIncludes'),
  {
    name: 'the fix keeps a comment inside the array',
    text: (t) => t.replace(/"exportIncludes": \[[^\]]*\]/, '"exportIncludes": «[\n      "accounts" // the user\'s accounts\n    ]»'),
    expect: [
      {
        path: PATH,
        at: { marker: 0 },
        fixes: [
          preferred({
            keeps: ["// the user's accounts"],
            parsed: (v) => {
              v.restrictProcessing.exportIncludes = ['accounts', 'serviceData', 'associatedLogs'];
            },
          }),
        ],
      },
    ],
    others: [],
  },
]);
