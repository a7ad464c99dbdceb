import { ALL, describeRule } from '../../helpers/ruleTable';

describeRule({ id: 'processing/iso', severity: 'error', editions: ALL }, [
  {
    name: 'isoCertified false: on the value, no fix',
    change: (c) => {
      c.processing.isoCertified = false;
    },
    expect: [{ path: ['processing', 'isoCertified'], at: 'value', message: /ISO/ }],
    others: [],
  },
  {
    name: 'isoCertified missing: on processing (its key), no fix; not schema/required',
    change: (c) => {
      delete c.processing.isoCertified;
    },
    expect: [{ path: ['processing'], at: 'missing', message: /ISO/ }],
    others: [],
  },
  {
    name: '2018-05 isoCertified false',
    from: '2018-05',
    change: (c) => {
      c.processing.isoCertified = false;
    },
    expect: [{ path: ['processing', 'isoCertified'], at: 'value' }],
    others: [],
  },
  {
    name: '2018-05 isoCertified missing',
    from: '2018-05',
    change: (c) => {
      delete c.processing.isoCertified;
    },
    expect: [{ path: ['processing'], at: 'missing' }],
    others: [],
  },
  {
    name: 'isoCertified "false" (a string) is schema/type\'s alone',
    change: (c) => {
      c.processing.isoCertified = 'false';
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: "isoCertified null is schema/type's alone",
    change: (c) => {
      c.processing.isoCertified = null;
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'skipped when processing is missing (schema/required alone)',
    change: (c) => {
      delete c.processing;
    },
    expect: [],
    others: ['schema/required'],
  },
  {
    name: 'skipped when processing is not an object',
    change: (c) => {
      c.processing = 'iso';
    },
    expect: [],
    others: ['schema/type'],
  },
  { name: 'silent when true', expect: [], others: [] },
  {
    name: 'a misspelt key: unknown property, and the certification is missing',
    change: (c) => {
      c.processing = { isoCertifed: true, purposes: [] };
    },
    expect: [{ path: ['processing'], at: 'missing' }],
    others: ['schema/unknown-property'],
  },
]);
