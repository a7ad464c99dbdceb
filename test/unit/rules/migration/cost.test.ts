import { describeRule, preferred } from '../../helpers/ruleTable';

const PATH = ['residency', 'migration', 'additionalCost'];
const zero = preferred({
  change: (c) => {
    c.residency.migration.additionalCost = 0;
  },
});

describeRule({ id: 'migration/cost', severity: 'error', editions: ['2020-09'] }, [
  {
    name: 'additionalCost 1500: on the value, fix sets 0 (preferred)',
    from: 'migration',
    change: (c) => {
      c.residency.migration.additionalCost = 1500;
    },
    expect: [{ path: PATH, at: 'value', fixes: [zero] }],
    others: ['migration/feature-availability'],
  },
  {
    name: 'a fraction above 0 is a cost',
    from: 'migration',
    change: (c) => {
      c.residency.migration.additionalCost = 0.01;
    },
    expect: [{ path: PATH, at: 'value', fixes: [zero] }],
    others: ['migration/feature-availability'],
  },
  {
    name: 'silent at 0',
    from: 'migration',
    expect: [],
    others: ['migration/feature-availability'],
  },
  {
    name: 'silent when absent (default 0)',
    from: 'migration',
    change: (c) => {
      delete c.residency.migration.additionalCost;
    },
    expect: [],
    others: ['migration/feature-availability'],
  },
  {
    name: "a negative cost is schema/type's alone",
    from: 'migration',
    change: (c) => {
      c.residency.migration.additionalCost = -1;
    },
    expect: [],
    others: ['migration/feature-availability', 'schema/type'],
  },
  {
    name: "a string cost is schema/type's alone",
    from: 'migration',
    change: (c) => {
      c.residency.migration.additionalCost = '100';
    },
    expect: [],
    others: ['migration/feature-availability', 'schema/type'],
  },
  {
    name: 'in 2018-05 migration/edition reports it alone',
    from: '2018-05',
    change: (c) => {
      c.residency.migration = { additionalCost: 1000 };
    },
    expect: [],
    others: ['migration/edition'],
  },
  {
    name: 'reported even when the migration is otherwise incomplete',
    from: 'migration',
    change: (c) => {
      c.residency.migration = { additionalCost: 250 };
    },
    expect: [{ path: PATH, at: 'value', fixes: [zero] }],
    others: ['migration/deadline', 'migration/eligibility', 'migration/feature-availability', 'residency/in-region', 'schema/required'],
  },
  {
    name: 'the fix edits only the number (comment kept)',
    from: 'migration',
    text: (t) => t.replace('"additionalCost": 0', '"additionalCost": «1e3» /* quoted */'),
    expect: [{ path: PATH, at: { marker: 0 }, fixes: [preferred({ edit: (t) => t.replace('1e3 /*', '0 /*') })] }],
    others: ['migration/feature-availability'],
  },
]);
