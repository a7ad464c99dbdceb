import { ALL, describeRule, preferred, type RuleCase } from '../../helpers/ruleTable';
import { restrictAbsentCases } from '../../helpers/restrictCases';

const PATH = ['restrictProcessing', 'steps'];
/** The steps array, whatever its layout, replaced by the inline canonical one. */
const canonical = preferred({ edit: (t) => t.replace(/"steps": \[[^\]]*\]/, '"steps": ["export", "delete"]') });

const steps = (values: string[], reported: RegExp | undefined, from: '2020-09' | '2018-05' = '2020-09'): RuleCase => ({
  name: `${from}: ${JSON.stringify(values)} ${reported ? 'is reported' : 'is fine'}`,
  from,
  change: (c) => {
    c.restrictProcessing.steps = values;
  },
  expect: reported ? [{ path: PATH, at: 'value', message: reported, fixes: [canonical] }] : [],
  others: [],
});

describeRule({ id: 'restrict/steps', severity: 'error', editions: ALL }, [
  steps(['export'], /delete/),
  steps(['delete'], /export/, '2018-05'),
  steps([], /export/),
  steps(['delete', 'export'], /before/),
  steps(['delete', 'export'], /before/, '2018-05'),
  steps(['export', 'delete', 'export'], /before/),
  steps(['export', 'delete'], undefined),
  steps(['export', 'export', 'delete'], undefined),
  steps(['export', 'delete', 'delete'], undefined),
  {
    name: "an invalid step is schema/type's alone; the rule is skipped",
    change: (c) => {
      c.restrictProcessing.steps = ['archive', 'delete'];
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: "steps not an array is schema/type's alone",
    change: (c) => {
      c.restrictProcessing.steps = 'export, delete';
    },
    expect: [],
    others: ['schema/type'],
  },
  ...restrictAbsentCases('steps'),
  {
    name: 'the fix replaces only the array (inline array with a comment after it)',
    text: (t) => t.replace(/"steps": \[[^\]]*\],/, '"steps": «["delete", "export"]», // order matters'),
    expect: [{ path: PATH, at: { marker: 0 }, fixes: [preferred({ edit: (t) => t.replace('["delete", "export"], //', '["export", "delete"], //') })] }],
    others: [],
  },
]);
