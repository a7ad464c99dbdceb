import * as assert from 'assert';
import { lint } from '../../../server/src/engine';
import { describeMessages } from '../helpers/messages';

const TAIL = ': the file must be JSON with comments (JSONC).';

describeMessages('syntax', [
  {
    name: 'what the parser expected, at its offset',
    text: '{ "a": «}»',
    expect: [{ path: [], marker: 0, message: `Value expected${TAIL}` }],
  },
  {
    name: 'a closing brace missing at the end',
    text: '{ "a": 1«»',
    expect: [{ path: [], marker: 0, message: `Closing brace \`}\` expected${TAIL}` }],
  },
  {
    name: 'an unterminated comment: the parser reports past the end; the range stays inside the text',
    text: '«/*»«»',
    expect: [
      { path: [], marker: 0, message: `Unexpected end of comment${TAIL}` },
      { path: [], marker: 1, message: `Value expected${TAIL}` },
    ],
  },
  {
    name: 'an unterminated comment inside an object, CRLF before it',
    text: '{\r\n  «/* open»«»',
    expect: [
      { path: [], marker: 0, message: `Unexpected end of comment${TAIL}` },
      { path: [], marker: 1, message: `Closing brace \`}\` expected${TAIL}` },
    ],
  },
]);

describe('syntax: offsets inside the text', () => {
  it('an unterminated comment after other text: offset and length end at the end of the text', () => {
    const text = '{ /*';
    const found = lint(text)
      .diagnostics.filter((d) => d.rule === 'syntax')
      .map((d) => [d.offset, d.length]);
    assert.deepStrictEqual(found, [
      [2, 2],
      [4, 0],
    ]);
  });
});
