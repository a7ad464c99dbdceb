import * as assert from 'assert';
import { problemsOf } from './helpers/organization';

/** Each settings error (SPEC sections 6 and 10) at its line and column (one-based). */
describe('organization policy: settings errors, at their place', () => {
  const policy = (fields: string) => `{\n  "policies": [\n    { ${fields} }\n  ]\n}`;
  const base = '"id": "acme/x", "message": "m", "given": "$"';
  const cases: [string, string, string][] = [
    ['bad JSON', '{\n  "rules": {\n}', '3:2 Closing brace `}` expected.'],
    ['unknown setting', '{ "rule": {} }', '1:3 Unknown setting "rule"; allowed: "edition", "rules", "policies", "extends".'],
    ['unknown rule id', '{ "rules": { "acme/nope": "off" } }', '1:14 Unknown rule "acme/nope"; a rule id is a built-in rule or the id of a policy.'],
    [
      'unknown option',
      '{ "rules": { "retention/telemetry": ["error", { "days": 7 }] } }',
      '1:49 Unknown option "days" of retention/telemetry; it takes "maxDays".',
    ],
    [
      'option looser than the policy',
      '{ "rules": {\n  "deletion/purge-window": ["error", { "maxDays": 31 }] } }',
      '2:51 "maxDays" of deletion/purge-window is 31, looser than the published limit of 30 days; an organization may only be stricter (a disable comment with a reason is for exceptions).',
    ],
    [
      'maxDays of 0',
      '{ "rules": { "retention/audit-logs": ["error", { "maxDays": 0 }] } }',
      '1:61 "maxDays" of retention/audit-logs must be a whole number of days from 1 to 365, not 0.',
    ],
    [
      'maxDays with a fraction',
      '{ "rules": { "retention/audit-logs": ["error", { "maxDays": 7.5 }] } }',
      '1:61 "maxDays" of retention/audit-logs must be a whole number of days from 1 to 365, not 7.5.',
    ],
    [
      'options for a rule without options',
      '{ "rules": { "processing/iso": ["error", {}] } }',
      '1:42 processing/iso takes no options; rules with options: retention/telemetry, retention/audit-logs, deletion/purge-window, processing/purpose.',
    ],
    [
      'options for a policy',
      `{ "rules": { "acme/x": ["error", {}] }, "policies": [{ ${base}, "schema": true }] }`,
      '1:34 "acme/x" is a policy: a policy takes no options (its schema says what it checks).',
    ],
    [
      'bad path in given',
      policy('"id": "acme/x", "message": "m", "given": "$.stores[", "schema": true'),
      '3:48 The path "$.stores[" expects [*], [N] (an index from 0) or ["NAME"] after "[" (at character 9); a path is "$" followed by .NAME, ["NAME"], [N], [*] or .*.',
    ],
    [
      'given without $',
      policy('"id": "acme/x", "message": "m", "given": "stores", "schema": true'),
      '3:48 The path "stores" must start with "$" (the document) (at character 1); a path is "$" followed by .NAME, ["NAME"], [N], [*] or .*.',
    ],
    [
      'unknown keyword',
      policy(`${base}, "schema": { "format": "email" }`),
      '3:65 Unknown schema keyword "format"; allowed: type, enum, const, pattern, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, minItems, maxItems, uniqueItems, items, contains, properties, required, additionalProperties, not, allOf, anyOf, oneOf, if, then, else (and the annotations title, description, $comment, examples, default).',
    ],
    [
      '$ref is not supported',
      policy(`${base}, "schema": { "$ref": "#" }`),
      '3:65 Unknown schema keyword "$ref"; allowed: type, enum, const, pattern, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, minItems, maxItems, uniqueItems, items, contains, properties, required, additionalProperties, not, allOf, anyOf, oneOf, if, then, else (and the annotations title, description, $comment, examples, default).',
    ],
    [
      'unsafe pattern: backreference',
      policy(`${base}, "schema": { "pattern": "(a)\\\\1" }`),
      '3:76 The pattern "(a)\\\\1" uses a backreference, which cannot be matched in linear time.',
    ],
    [
      'unsafe pattern: lookahead',
      policy(`${base}, "schema": { "pattern": "a(?=b)" }`),
      '3:76 The pattern "a(?=b)" uses a lookahead or lookbehind, which cannot be matched in linear time.',
    ],
    [
      'invalid pattern',
      policy(`${base}, "schema": { "pattern": "a(" }`),
      '3:76 The pattern "a(" is not a valid ECMAScript regular expression (with the "u" flag, as JSON Schema reads it).',
    ],
    [
      'duplicate id',
      `{ "policies": [\n  { ${base}, "schema": true },\n  { ${base}, "schema": false }\n] }`,
      '3:11 The policy id "acme/x" is used twice; each policy needs its own id.',
    ],
    [
      'built-in prefix',
      policy('"id": "retention/mine", "message": "m", "given": "$", "schema": true'),
      '3:13 The prefix "retention/" belongs to the built-in rules; give the policy a prefix of your own, such as your organization\'s name.',
    ],
    [
      'bad id',
      policy('"id": "Acme", "message": "m", "given": "$", "schema": true'),
      '3:13 A policy id must be PREFIX/NAME in lower-case letters, digits and "-", such as "contoso/eu-only", not "Acme".',
    ],
    ['missing keys', policy('"id": "acme/x"'), '3:5 A policy needs "message", "given", "schema".'],
    [
      'unknown policy key',
      policy(`${base}, "schema": true, "level": "x"`),
      '3:69 Unknown policy key "level"; allowed: "id", "message", "given", "schema", "severity", "editions", "docs".',
    ],
    [
      'severity off in a policy',
      policy(`${base}, "schema": true, "severity": "off"`),
      '3:81 A policy\'s "severity" must be one of "error", "warning", "information", "hint" (turn it off in "rules").',
    ],
    ['bad editions', policy(`${base}, "schema": true, "editions": ["2019-01"]`), '3:81 "editions" must be a non-empty array of "2018-05", "2020-09".'],
    ['docs not a web URL', policy(`${base}, "schema": true, "docs": "command:workbench.action.quit"`), '3:77 "docs" must be an http or https URL.'],
    [
      'extends not relative',
      '{ "extends": "https://example.com/base.json" }',
      '1:14 "extends" must be the relative path of another settings file, such as "../privacy-lint.base.json" (never a package or a URL).',
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      assert.deepStrictEqual(problemsOf(text), [expected]);
    });
  }

  it('a settings error never echoes a raw value whole: JSON-quoted, one line, shortened', () => {
    const long = `evil\\n${'x'.repeat(5000)}\\u001b[2J`;
    const [problem] = problemsOf(`{ "edition": "${long}" }`);
    assert.ok(problem.length < 300, problem);
    assert.ok(!/[\n\r\u001b]/.test(problem), 'no control character');
    const [rule] = problemsOf(`{ "rules": { "${long}": "off" } }`);
    assert.ok(rule.length < 300 && !/[\n\r\u001b]/.test(rule), rule);
  });
});
