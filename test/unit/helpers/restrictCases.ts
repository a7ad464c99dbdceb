import type { RuleCase } from './ruleTable';

/**
 * The cases where a restrict/* rule stays silent because its input is absent: the array
 * itself missing (schema/required's), or the whole `restrictProcessing` object (optional in
 * 2020-09, schema/required's in 2018-05).
 */
export function restrictAbsentCases(key: 'steps' | 'exportIncludes'): RuleCase[] {
  return [
    {
      name: `${key} missing is schema/required's alone`,
      change: (c) => {
        delete c.restrictProcessing[key];
      },
      expect: [],
      others: ['schema/required'],
    },
    {
      name: 'restrictProcessing absent in 2020-09: silent',
      change: (c) => {
        delete c.restrictProcessing;
      },
      expect: [],
      others: [],
    },
    {
      name: 'restrictProcessing absent in 2018-05: schema/required alone',
      from: '2018-05',
      change: (c) => {
        delete c.restrictProcessing;
      },
      expect: [],
      others: ['schema/required'],
    },
  ];
}
