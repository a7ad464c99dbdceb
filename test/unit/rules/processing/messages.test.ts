import { describeMessages, finding, preferred } from '../../helpers/messages';

describeMessages('processing/iso', [
  {
    name: 'missing',
    change: (c) => {
      delete c.processing.isoCertified;
    },
    expect: [finding(['processing'], 'The file does not say personal data is processed with ISO certified systems (`isoCertified`).')],
  },
  {
    name: 'false',
    change: (c) => {
      c.processing.isoCertified = false;
    },
    expect: [finding(['processing', 'isoCertified'], 'Personal data must be processed with ISO certified systems.')],
  },
]);

describeMessages('processing/purpose', [
  {
    name: 'the purpose in lower case in the message, as written in the fix title',
    change: (c) => {
      c.processing.purposes = ['serviceDelivery', 'Marketing', 'PROFILING'];
    },
    expect: [
      finding(['processing', 'purposes', 1], 'Personal data must not be used for marketing.', preferred('Remove "Marketing"')),
      finding(['processing', 'purposes', 2], 'Personal data must not be used for profiling.', preferred('Remove "PROFILING"')),
    ],
  },
  {
    name: 'a purpose an organization policy forbids: says so; the published ones do not',
    change: (c) => {
      c.processing.purposes = ['serviceDelivery', 'Advertising', 'marketing'];
    },
    options: { ruleOptions: { 'processing/purpose': { forbidden: ['advertising', 'marketing'] } } },
    expect: [
      {
        path: ['processing', 'purposes', 1],
        message: 'Personal data must not be used for advertising (organization policy).',
        fixes: [{ title: 'Remove "Advertising"', preferred: true }],
      },
      {
        path: ['processing', 'purposes', 2],
        message: 'Personal data must not be used for marketing.',
        fixes: [{ title: 'Remove "marketing"', preferred: true }],
      },
    ],
  },
]);

const STEPS = ['restrictProcessing', 'steps'];
const steps = (values: string[], problem: string) => ({
  name: `${JSON.stringify(values)}: ${problem}`,
  change: (c: { restrictProcessing: { steps: string[] } }) => {
    c.restrictProcessing.steps = values;
  },
  expect: [
    finding(
      STEPS,
      `${problem}: restricting processing means exporting the user's data, then deleting the account.`,
      preferred('Replace with ["export", "delete"]'),
    ),
  ],
});

describeMessages('restrict/steps', [
  steps(['export'], '`steps` lacks "delete"'),
  steps(['delete'], '`steps` lacks "export"'),
  steps([], '`steps` lacks "export" and "delete"'),
  steps(['delete', 'export'], '`steps` has "delete" before "export"'),
  steps(['export', 'delete', 'export'], '`steps` has "delete" before "export"'),
]);

describeMessages('restrict/export-scope', [
  {
    name: 'one missing',
    change: (c) => {
      c.restrictProcessing.exportIncludes = ['accounts', 'serviceData'];
    },
    expect: [
      finding(
        ['restrictProcessing', 'exportIncludes'],
        'The export lacks "associatedLogs"; it must include accounts, service data and associated logs.',
        preferred('Add "associatedLogs"'),
      ),
    ],
  },
  {
    name: 'all missing, named in order',
    change: (c) => {
      c.restrictProcessing.exportIncludes = [];
    },
    expect: [
      finding(
        ['restrictProcessing', 'exportIncludes'],
        'The export lacks "accounts", "serviceData", "associatedLogs"; it must include accounts, service data and associated logs.',
        preferred('Add "accounts", "serviceData", "associatedLogs"'),
      ),
    ],
  },
]);
