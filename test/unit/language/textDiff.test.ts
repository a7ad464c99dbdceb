import * as assert from 'assert';
import { applyEdits } from '../../../server/src/engine';
import { textEdits } from '../../../server/src/engine';

describe('language: textEdits (minimal edits between two texts)', () => {
  const cases: [string, string, string][] = [
    ['identical', 'a\nb\n', 'a\nb\n'],
    ['one character in one line', '{\n  "a": "P2Y",\n  "b": 90\n}\n', '{\n  "a": "P1Y",\n  "b": 90\n}\n'],
    ['changes far apart', '{\n  "a": 1,\n  "x": 0,\n  "y": 0,\n  "z": 0,\n  "b": 2\n}', '{\n  "a": 3,\n  "x": 0,\n  "y": 0,\n  "z": 0,\n  "b": 4\n}'],
    ['inserted lines', 'a\nc\n', 'a\nb1\nb2\nc\n'],
    ['removed lines', 'a\nb\nc\nd\n', 'a\nd\n'],
    ['CRLF line ends', 'a\r\nb\r\nc\r\n', 'a\r\nB\r\nc\r\n'],
    ['a line end changed', 'a\r\nb', 'a\nb'],
    ['no final line end', 'a\nb', 'a\nb\nc'],
    ['surrogate pairs', '"😀😁"', '"😀😂"'],
    ['from empty', '', '{}\n'],
    ['to empty', '{}\n', ''],
  ];
  for (const [name, before, after] of cases) {
    it(name, () => {
      const edits = textEdits(before, after);
      assert.strictEqual(applyEdits(before, edits), after);
      for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].offset + edits[i - 1].length <= edits[i].offset, 'in order, not overlapping');
      for (const edit of edits) {
        assert.ok(!(before[edit.offset - 1] === '\r' && before[edit.offset] === '\n'), 'never inside a CRLF');
        const code = before.charCodeAt(edit.offset);
        assert.ok(!(code >= 0xdc00 && code <= 0xdfff), 'never inside a surrogate pair');
      }
    });
  }

  it('is minimal: one edit per changed place, each only the characters that differ', () => {
    const before = '{\n  "a": 1,\n  "x": 0,\n  "y": 0,\n  "z": 0,\n  "b": 2\n}';
    const after = before.replace('"a": 1', '"a": 3').replace('"b": 2', '"b": 4');
    assert.deepStrictEqual(textEdits(before, after), [
      { offset: before.indexOf('1'), length: 1, newText: '3' },
      { offset: before.indexOf('2'), length: 1, newText: '4' },
    ]);
  });
});
