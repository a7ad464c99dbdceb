import * as assert from 'assert';
import { parseTree, type ParseError } from 'jsonc-parser';
import { lint } from '../../../server/src/engine';
import { baselineOf, render } from '../helpers/config';
import { rangeAt } from '../helpers/locate';
import { ALL, describeRule } from '../helpers/ruleTable';

const spec = { id: 'syntax', severity: 'error', editions: ALL } as const;

describeRule(spec, [
  {
    name: 'comments, block comments and trailing commas are allowed',
    text: (t) =>
      t
        .replace('{\n', '{\n  // tenant privacy\n  /* block\n     comment */\n')
        .replace('"security"\n', '"security",\n')
        .replace('"associatedLogs"\n    ]\n  }\n}', '"associatedLogs",\n    ],\n  },\n}'),
    expect: [],
    others: [],
  },
  {
    name: 'a missing comma, at the next token; the rules still run on the recovered tree',
    text: (t) => t.replace('"signupCountry": "DE",\n    "subscription"', '"signupCountry": "de"\n    «"subscription"»'),
    expect: [{ path: [], at: { marker: 0 }, message: /comma/i }],
    others: ['tenant/country-code'],
  },
  {
    name: 'one diagnostic per parser error',
    text: '{ "a": 1 «"b"»: 2 «x» }',
    expect: [
      { path: [], at: { marker: 0 } },
      { path: [], at: { marker: 1 } },
    ],
  },
  {
    name: 'a value expected where a property has none',
    text: '{ "tenant": { "id": «}» }',
    expect: [{ path: [], at: { marker: 0 }, message: /value expected/i }],
  },
  {
    name: 'an unterminated block comment, and the closing brace it hides',
    text: '{ "tenant": { "id": "x", } «/* open»«»',
    expect: [
      { path: [], at: { marker: 0 } },
      { path: [], at: { marker: 1 } },
    ],
  },
  {
    name: 'an empty text: a value is expected at offset 0',
    text: '«»',
    expect: [{ path: [], at: { marker: 0 } }],
    others: [],
  },
  {
    name: 'the position counts UTF-16 code units (a surrogate pair before the error)',
    text: '{ "tenant": { "id": "😀€" «"signupCountry"»: "DE" } }',
    expect: [{ path: [], at: { marker: 0 } }],
  },
  {
    name: 'CRLF line ends: the error is on the right line',
    text: '{\r\n  "stores": [\r\n    1\r\n    «2»\r\n  ]\r\n}',
    expect: [{ path: [], at: { marker: 0 } }],
  },
  {
    name: 'cannot be suppressed by a disable comment',
    text: (t) =>
      t
        .replace('    "subscription"', '    // privacy-lint-disable-next-line syntax -- we know\n    «"subscription"»')
        .replace('"signupCountry": "DE",', '"signupCountry": "DE"'),
    expect: [{ path: [], at: { marker: 0 } }],
    others: ['suppression/unused'],
  },
]);

describe('syntax (against the parser)', () => {
  const texts = [
    '{ "a": 1 "b": 2 x }',
    '{ "tenant": { "id": "x", } /* open',
    '{ "tenant" 5 }',
    '[1, 2',
    '{ "x": "unterminated }',
    render(baselineOf('2018-05')).replace('"P30D",', '"P30D"').replace('"europe"\n  }', '"europe",,\n  }'),
  ];
  for (const text of texts) {
    it(`reports exactly the parser's errors for ${JSON.stringify(text.slice(0, 30))}`, () => {
      const errors: ParseError[] = [];
      parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
      assert.ok(errors.length > 0);
      const expected = errors.map((e) => ({ path: [], range: rangeAt(text, e.offset, e.length), severity: 'error' }));
      const actual = lint(text)
        .diagnostics.filter((d) => d.rule === 'syntax')
        .map((d) => ({ path: d.path, range: d.range, severity: d.severity }));
      const key = (x: { range: { start: { line: number; character: number } } }) => x.range.start.line * 1e6 + x.range.start.character;
      assert.deepStrictEqual(
        actual.sort((a, b) => key(a) - key(b)),
        expected.sort((a, b) => key(a) - key(b)),
      );
    });
  }
});
