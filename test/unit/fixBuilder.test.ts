/**
 * The fix builder (fixes.ts): the exact text each kind of edit leaves, in the layouts users
 * write: inline and multi-line objects, trailing commas and comments, CRLF and CR line ends,
 * tab indentation, and arrays with comments between their elements.
 */
import * as assert from 'assert';
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { applyEdits, parseDocument, type JSONPath } from '../../server/src/engine';
import { detectFormatting, FixBuilder, renderInline } from '../../server/src/engine/fixBuilder';

function nodeOf(text: string, path: JSONPath): Node {
  const root = parseDocument(text).root as Node;
  const node = path.length ? findNodeAtLocation(root, path) : root;
  if (!node) throw new Error(`test setup: nothing at ${JSON.stringify(path)}`);
  return node;
}

/** The text after inserting `"k": value` into the object at `path`. */
function inserted(text: string, path: JSONPath = [], value: unknown = 1): string {
  return applyEdits(text, new FixBuilder(text).insertProperty(nodeOf(text, path), 'k', value));
}

/** The text after removing the member at `path` (a property: its key path). */
function removed(text: string, path: JSONPath): string {
  const node = nodeOf(text, path);
  const member = typeof path[path.length - 1] === 'string' ? node.parent! : node;
  return applyEdits(text, new FixBuilder(text).remove(member));
}

function arraySet(text: string, values: unknown[], path: JSONPath = ['a']): string {
  return applyEdits(text, new FixBuilder(text).setArray(nodeOf(text, path), values));
}

describe('fixes: renderInline', () => {
  it('JSON on one line, with spaces after commas and colons and inside braces', () => {
    assert.strictEqual(renderInline(['export', 'delete']), '["export", "delete"]');
    assert.strictEqual(renderInline({ enabled: true, purgeWithinDays: 30 }), '{ "enabled": true, "purgeWithinDays": 30 }');
    assert.strictEqual(renderInline({}), '{}');
    assert.strictEqual(renderInline([]), '[]');
    assert.strictEqual(renderInline({ a: [1, { b: null }] }), '{ "a": [1, { "b": null }] }');
    assert.strictEqual(renderInline('say "hi"'), '"say \\"hi\\""');
    assert.strictEqual(renderInline(null), 'null');
  });
});

describe('fixes: detectFormatting', () => {
  const cases: [string, string, ReturnType<typeof detectFormatting>][] = [
    ['LF, two spaces', '{\n  "a": 1\n}', { insertSpaces: true, tabSize: 2, eol: '\n' }],
    ['CRLF, four spaces', '{\r\n    "a": 1\r\n}', { insertSpaces: true, tabSize: 4, eol: '\r\n' }],
    ['CR only', '{\r   "a": 1\r}', { insertSpaces: true, tabSize: 3, eol: '\r' }],
    ['CR and LF mixed (not CRLF): LF', '{\r  "a": 1\n}', { insertSpaces: true, tabSize: 2, eol: '\n' }],
    ['tabs', '{\n\t"a": 1\n}', { insertSpaces: false, tabSize: 4, eol: '\n' }],
    ['a tab then spaces: tabs', '{\n\t  "a": 1\n}', { insertSpaces: false, tabSize: 4, eol: '\n' }],
    ['deep indentation counts at most 8', '{\n            "a": 1\n}', { insertSpaces: true, tabSize: 8, eol: '\n' }],
    ['no indentation: two spaces', '{"a": 1}', { insertSpaces: true, tabSize: 2, eol: '\n' }],
    ['a blank line of spaces is not indentation', '{\n   \n"a": 1}', { insertSpaces: true, tabSize: 2, eol: '\n' }],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepStrictEqual(detectFormatting(text), expected));
});

describe('fixes: setValue and setOrInsert', () => {
  it('setValue replaces exactly the value', () => {
    const text = '{ "a": [1,2] /* keep */ }';
    assert.strictEqual(applyEdits(text, new FixBuilder(text).setValue(nodeOf(text, ['a']), { x: 1 })), '{ "a": { "x": 1 } /* keep */ }');
  });
  it('setOrInsert sets a present value, inserts a missing one', () => {
    const text = '{ "a": 1 }';
    const fixes = new FixBuilder(text);
    assert.strictEqual(applyEdits(text, fixes.setOrInsert(nodeOf(text, []), 'a', nodeOf(text, ['a']), 2)), '{ "a": 2 }');
    assert.strictEqual(applyEdits(text, fixes.setOrInsert(nodeOf(text, []), 'b', undefined, 2)), '{ "a": 1, "b": 2 }');
  });
});

describe('fixes: insertProperty', () => {
  const cases: [string, string, string, JSONPath?][] = [
    ['an empty inline object', '{}', '{ "k": 1 }'],
    ['an empty inline object with spaces', '{   }', '{ "k": 1 }'],
    ['an empty inline object holding a comment: the comment stays', '{ /* none */ }', '{ "k": 1 /* none */ }'],
    ['an empty multi-line object: a new indented line', '{\n}', '{\n  "k": 1\n}'],
    ['an empty multi-line object, nested, tabs', '{\n\t"o": {\n\t}\n}', '{\n\t"o": {\n\t\t"k": 1\n\t}\n}', ['o']],
    ['an empty multi-line object, nested, CRLF and four spaces', '{\r\n    "o": {\r\n    }\r\n}', '{\r\n    "o": {\r\n        "k": 1\r\n    }\r\n}', ['o']],
    ['an empty multi-line object, CR only', '{\r}', '{\r  "k": 1\r}'],
    ['an empty multi-line object holding a line comment', '{\n  // nothing yet\n}', '{\n  "k": 1\n  // nothing yet\n}'],
    ['an inline object: after the last member', '{ "a": 0 }', '{ "a": 0, "k": 1 }'],
    ['a multi-line object: a new line after the last property', '{\n  "a": 0\n}', '{\n  "a": 0,\n  "k": 1\n}'],
    ['a trailing comma: no second comma', '{\n  "a": 0,\n}', '{\n  "a": 0,\n  "k": 1\n}'],
    ['a trailing comma and spaces', '{\n  "a": 0 ,  \n}', '{\n  "a": 0 ,  \n  "k": 1\n}'],
    ['a line comment after the last property: the comma before it, the line after it', '{\n  "a": 0 // zero\n}', '{\n  "a": 0, // zero\n  "k": 1\n}'],
    ['a comma and a line comment', '{\n  "a": 0, // zero\n}', '{\n  "a": 0, // zero\n  "k": 1\n}'],
    ['CRLF', '{\r\n  "a": 0\r\n}', '{\r\n  "a": 0,\r\n  "k": 1\r\n}'],
    ['CRLF and a line comment', '{\r\n  "a": 0 // zero\r\n}', '{\r\n  "a": 0, // zero\r\n  "k": 1\r\n}'],
    ["tabs: the last property's indentation", '{\n\t"o": {\n\t\t"a": 0\n\t}\n}', '{\n\t"o": {\n\t\t"a": 0,\n\t\t"k": 1\n\t}\n}', ['o']],
    ['the last property shares its line with another: inline', '{\n  "b": 0, "a": 0\n}', '{\n  "b": 0, "a": 0, "k": 1\n}'],
    ['a block comment after the last property: inline, before it', '{\n  "a": 0 /* zero */\n}', '{\n  "a": 0, "k": 1 /* zero */\n}'],
    ["the closing brace on the last property's line: inline", '{\n  "a": 0 }', '{\n  "a": 0, "k": 1 }'],
    ['the whole object on one line inside a multi-line document', '{\n  "o": { "a": 0 }\n}', '{\n  "o": { "a": 0, "k": 1 }\n}', ['o']],
    ['an empty inline object in a CRLF document', '{\r\n  "o": {}\r\n}', '{\r\n  "o": { "k": 1 }\r\n}', ['o']],
    ['an empty inline object in a CR document', '{\r  "o": {}\r}', '{\r  "o": { "k": 1 }\r}', ['o']],
    ['an empty inline object, a comment elsewhere in the document', '{ // note\n  "o": {}\n}', '{ // note\n  "o": { "k": 1 }\n}', ['o']],
    [
      'a line comment holding a comma after the last property: a comma still goes before it',
      '{\n  "a": 0 // zero, one\n}',
      '{\n  "a": 0, // zero, one\n  "k": 1\n}',
    ],
    ["CR only: the last property's indentation, a new line", '{\r  "a": 0\r}', '{\r  "a": 0,\r  "k": 1\r}'],
  ];
  for (const [name, text, expected, path] of cases) it(name, () => assert.strictEqual(inserted(text, path ?? []), expected));

  it('renders the value inline', () => {
    assert.strictEqual(
      inserted('{\n  "a": 0\n}', [], { enabled: true, purgeWithinDays: 30 }),
      '{\n  "a": 0,\n  "k": { "enabled": true, "purgeWithinDays": 30 }\n}',
    );
  });

  it('nothing when a preferred rename will bring the key already', () => {
    const text = '{ "kk": 1 }';
    const root = nodeOf(text, []);
    assert.deepStrictEqual(new FixBuilder(text, new Map([[root, new Set(['k'])]])).insertProperty(root, 'k', 1), []);
    assert.strictEqual(applyEdits(text, new FixBuilder(text, new Map([[root, new Set(['x'])]])).insertProperty(root, 'k', 1)), '{ "kk": 1, "k": 1 }');
  });
});

describe('fixes: remove', () => {
  const cases: [string, string, JSONPath, string][] = [
    ['a middle element with its comma before', '[1, 2, 3]', [1], '[1, 3]'],
    ['the first element with its comma after', '[1, 2, 3]', [0], '[2, 3]'],
    ['the last element with its comma before', '[1, 2, 3]', [2], '[1, 2]'],
    ['the only element', '[1]', [0], '[]'],
    ['the only element on its own line: the line goes', '[\n  1\n]', [0], '[\n]'],
    ['a property with its comma', '{ "a": 1, "b": 2 }', ['b'], '{ "a": 1 }'],
    ['the first property with its comma', '{ "a": 1, "b": 2 }', ['a'], '{ "b": 2 }'],
    ['a property on its own line', '{\n  "a": 1,\n  "b": 2\n}', ['b'], '{\n  "a": 1\n}'],
    ['a comment before the element: the comma after goes instead', '[1, /* c */ 2, 3]', [1], '[1, /* c */ 3]'],
    [
      'comments on both sides: the element and its own comma; the comments stay',
      '[\n  1, // one\n  2, // two\n  3\n]',
      [1],
      '[\n  1, // one\n   // two\n  3\n]',
    ],
    ['a comment on the line before the last property: its line goes, and the comma before it', '{\n  "a": 1, // a\n  "b": 2\n}', ['b'], '{\n  "a": 1 // a\n}'],
    ['the same with CRLF: both characters of the line break go', '{\r\n  "a": 1, // a\r\n  "b": 2\r\n}', ['b'], '{\r\n  "a": 1 // a\r\n}'],
    ['the same with tabs', '{\n\t"a": 1, // a\n\t"b": 2\n}', ['b'], '{\n\t"a": 1 // a\n}'],
    ['a comment between the only two: the first and its comma; the comment stays where it was', '[\n  1, // one\n  2\n]', [0], '[\n   // one\n  2\n]'],
    ['a comma inside a line comment is not the separator', '[\n  1 // x, y\n  , 2 /* c */\n]', [0], '[\n   // x, y\n   2 /* c */\n]'],
    ['the only element, a comment before it, its trailing comma: the line and the comma go', '[ // c\n  1,\n]', [0], '[ // c\n]'],
    ['the only element on the first line after a comment: only the element goes', '[ /* a */ 1\n]', [0], '[ /* a */ \n]'],
    [
      'the only element with a comment, then more of the document: a comma after the array is not its',
      '{ "a": [ /* c */ 1 ], "b": 2 }',
      ['a', 0],
      '{ "a": [ /* c */  ], "b": 2 }',
    ],
    [
      'a comma inside a comment is not the separator; both line comments stay',
      '[\n  1 /* a, b */ , // one\n  2 // two\n]',
      [1],
      '[\n  1 /* a, b */  // one\n   // two\n]',
    ],
  ];
  for (const [name, text, path, expected] of cases) it(name, () => assert.strictEqual(removed(text, path), expected));

  it('a value with no parent (the root): just its text', () => {
    const text = '  [1]  ';
    assert.strictEqual(applyEdits(text, new FixBuilder(text).remove(nodeOf(text, []))), '    ');
  });
});

describe('fixes: appendToArray', () => {
  const append = (text: string, values: unknown[]) => applyEdits(text, new FixBuilder(text).appendToArray(nodeOf(text, ['a']), values));
  it('after the last element', () => assert.strictEqual(append('{ "a": ["x"] }', ['y', 'z']), '{ "a": ["x", "y", "z"] }'));
  it('into an empty array, spaces inside replaced', () => assert.strictEqual(append('{ "a": [ ] }', ['y']), '{ "a": ["y"] }'));
  it('into an empty array holding a comment: before the comment', () =>
    assert.strictEqual(append('{ "a": [ /* none */ ] }', ['y', 'z']), '{ "a": ["y", "z"  /* none */ ] }'));
  it('into an empty array, a comment elsewhere in the document', () =>
    assert.strictEqual(append('{ // note\n  "a": [ ] }', ['y']), '{ // note\n  "a": ["y"] }'));
  it('after the last element, a comment elsewhere', () => assert.strictEqual(append('{ /* n */ "a": ["x"] }', ['y']), '{ /* n */ "a": ["x", "y"] }'));
  it('into an empty array holding a line comment', () => assert.strictEqual(append('{ "a": [ // none\n] }', ['y']), '{ "a": ["y"  // none\n] }'));
});

describe('fixes: setArray keeps the comments between elements', () => {
  const target = ['export', 'delete'];
  const cases: [string, string, string][] = [
    ['no comment inside: the whole array, inline', '{ "a": [\n  "delete",\n  "export"\n] }', '{ "a": ["export", "delete"] }'],
    [
      'no comment inside, one elsewhere in the document: the whole array',
      '{ // note\n  "a": ["delete","export"] }',
      '{ // note\n  "a": ["export", "delete"] }',
    ],
    ['a comment right after the array is not inside it', '{ "a": ["delete","export"]// note\n}', '{ "a": ["export", "delete"]// note\n}'],
    ['a comment inside: element by element', '{ "a": ["delete", /* first */ "export"] }', '{ "a": ["export", /* first */ "delete"] }'],
    ['elements already right are not touched', '{ "a": ["export" /* ok */, "archive"] }', '{ "a": ["export" /* ok */, "delete"] }'],
    ['extra elements go with their commas', '{ "a": ["export", // x\n  "delete", "export", "delete"] }', '{ "a": ["export", // x\n  "delete"  ] }'],
    ['missing elements are appended', '{ "a": ["export" /* c */] }', '{ "a": ["export", "delete" /* c */] }'],
    ['an empty array with a comment', '{ "a": [ /* c */ ] }', '{ "a": ["export", "delete"  /* c */ ] }'],
    [
      'CRLF and a line comment',
      '{\r\n  "a": [\r\n    "delete", // d\r\n    "export"\r\n  ]\r\n}',
      '{\r\n  "a": [\r\n    "export", // d\r\n    "delete"\r\n  ]\r\n}',
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.strictEqual(arraySet(text, target), expected));

  it('an element already right gets no edit', () => {
    const text = '{ "a": ["export" /* ok */, "archive"] }';
    const edits = new FixBuilder(text).setArray(nodeOf(text, ['a']), target);
    assert.deepStrictEqual(edits, [{ offset: text.indexOf('"archive"'), length: '"archive"'.length, newText: '"delete"' }]);
  });

  it('edits in the order of the text', () => {
    const text = '{ "a": ["delete", /* c */ "export", "x", "y"] }';
    const edits = new FixBuilder(text).setArray(nodeOf(text, ['a']), target);
    assert.deepStrictEqual(
      edits.map((e) => e.offset),
      [...edits.map((e) => e.offset)].sort((a, b) => a - b),
    );
    assert.strictEqual(applyEdits(text, edits), '{ "a": ["export", /* c */ "delete"  ] }');
  });

  it('an object or array element is always rewritten (its text may differ from its value)', () => {
    assert.strictEqual(arraySet('{ "a": [{"x":1} /* c */, [2,3]] }', [{ x: 1 }, [2, 3]]), '{ "a": [{ "x": 1 } /* c */, [2, 3]] }');
  });
});
