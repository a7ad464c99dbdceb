import { ALL, describeRule, preferred } from '../../helpers/ruleTable';

const purposes = (...values: string[]) => ({
  change: (c: any) => {
    c.processing.purposes = values;
  },
});

describeRule({ id: 'processing/purpose', severity: 'error', editions: ALL }, [
  {
    name: '"marketing": on the element, fix removes it (preferred)',
    change: (c) => {
      c.processing.purposes = ['serviceDelivery', 'marketing'];
    },
    expect: [{ path: ['processing', 'purposes', 1], at: 'value', message: /marketing/, fixes: [preferred(purposes('serviceDelivery'))] }],
    others: [],
  },
  {
    name: '"profiling" first of several',
    change: (c) => {
      c.processing.purposes = ['profiling', 'support', 'security'];
    },
    expect: [{ path: ['processing', 'purposes', 0], at: 'value', message: /profiling/, fixes: [preferred(purposes('support', 'security'))] }],
    others: [],
  },
  {
    name: 'case ignored: "Marketing" and "PROFILING", one diagnostic each',
    from: '2018-05',
    change: (c) => {
      c.processing.purposes = ['Marketing', 'serviceDelivery', 'PROFILING'];
    },
    expect: [
      { path: ['processing', 'purposes', 0], at: 'value', fixes: [preferred(purposes('serviceDelivery', 'PROFILING'))] },
      { path: ['processing', 'purposes', 2], at: 'value', fixes: [preferred(purposes('Marketing', 'serviceDelivery'))] },
    ],
    others: [],
  },
  {
    name: 'a repeated "marketing": each element',
    change: (c) => {
      c.processing.purposes = ['marketing', 'marketing'];
    },
    expect: [
      { path: ['processing', 'purposes', 0], at: 'value', fixes: [preferred(purposes('marketing'))] },
      { path: ['processing', 'purposes', 1], at: 'value', fixes: [preferred(purposes('marketing'))] },
    ],
    others: [],
  },
  {
    name: 'the only purpose: removing it leaves an empty array',
    text: (t) => t.replace(/"purposes": \[[^\]]*\]/, '"purposes": [«"marketing"»]'),
    expect: [{ path: ['processing', 'purposes', 0], at: { marker: 0 }, fixes: [preferred({ edit: (t) => t.replace('["marketing"]', '[]') })] }],
    others: [],
  },
  {
    name: 'other strings are allowed: not equal to a forbidden purpose',
    change: (c) => {
      c.processing.purposes = ['emailMarketing', 'profiling ', 'analytics', 'legalCompliance', ''];
    },
    expect: [],
    others: [],
  },
  {
    name: "a non-string element is schema/type's; the strings are still checked",
    change: (c) => {
      c.processing.purposes = [1, 'marketing'];
    },
    expect: [{ path: ['processing', 'purposes', 1], at: 'value', fixes: [preferred({ edit: (t) => t.replace(/,\n\s*"marketing"/, '') })] }],
    others: ['schema/type'],
  },
  {
    name: "purposes not an array is schema/type's alone",
    change: (c) => {
      c.processing.purposes = 'marketing';
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'the fix keeps comments around the list',
    text: (t) => t.replace(/"purposes": \[[^\]]*\]/, '"purposes": [\n      "support", // helpdesk\n      «"marketing"» // newsletter\n    ]'),
    expect: [
      {
        path: ['processing', 'purposes', 1],
        at: { marker: 0 },
        // The comment on the line of the element that stays is kept.
        fixes: [
          preferred({
            keeps: ['// helpdesk'],
            parsed: (v) => {
              v.processing.purposes = ['support'];
            },
          }),
        ],
      },
    ],
    others: [],
  },
]);
