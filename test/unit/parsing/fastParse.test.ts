import * as assert from 'assert';
import fc from 'fast-check';
import { createScanner, findNodeAtLocation, getNodePath, getNodeValue, parseTree, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import { fastParse, type FastComment } from '../../../server/src/engine/parsing/fastParse';
import { recoveringParse } from '../../../server/src/engine/parsing/recoveringParse';
import { assertSameTree } from './sameTree';
import { parseDocument, PARSE_OPTIONS } from '../../../server/src/engine/parse';

/**
 * The fast parser against jsonc-parser: for any text, either the fast parser gives up and
 * jsonc-parser reports an error, or jsonc-parser reports none and both build the same tree
 * (and the fast parser finds the comments jsonc-parser's scanner finds). The recovering parser
 * (which parses what the fast parser gives up on) against jsonc-parser on every text: the same
 * tree, errors and comments.
 *
 * PARSE_RUNS and PARSE_SEED override the number of cases and the seed (the default run is fixed).
 */

const RUNS = Number(process.env.PARSE_RUNS ?? 25_000);
const SEED = Number(process.env.PARSE_SEED ?? 20240607);

// ---------------------------------------------------------------------------------------------
// What jsonc-parser finds

function jsoncParse(text: string): { root: Node | undefined; errors: ParseError[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, PARSE_OPTIONS);
  return { root, errors };
}

function scannerComments(text: string): FastComment[] {
  const comments: FastComment[] = [];
  const scanner = createScanner(text, false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      comments.push({ offset: scanner.getTokenOffset(), length: scanner.getTokenLength(), block: kind === SyntaxKind.BlockCommentTrivia });
    }
  }
  return comments;
}

const counts = { accepted: 0, fallback: 0 };

/** The property, for one text. */
function check(text: string): void {
  const { root, errors } = jsoncParse(text);
  const fast = fastParse(text);
  if (!fast) {
    assert.ok(errors.length > 0, 'the fast parser gave up on a text jsonc-parser parses without an error');
    counts.fallback++;
  } else {
    assert.deepStrictEqual(errors, [], 'the fast parser accepted a text jsonc-parser reports errors for');
    assert.ok(root);
    const nodes: [Node, Node][] = [];
    assertSameTree(fast.root, root, undefined, undefined, nodes);
    assert.deepStrictEqual(fast.comments, scannerComments(text), 'comments');
    // jsonc-parser's helpers work on the fast tree as on their own.
    assert.deepStrictEqual(getNodeValue(fast.root), getNodeValue(root));
    for (let i = 0; i < nodes.length; i += 1 + (nodes.length >> 3)) {
      const [a, b] = nodes[i];
      const path = getNodePath(b);
      assert.deepStrictEqual(getNodePath(a), path);
      const found = findNodeAtLocation(root, path);
      if (found) assert.strictEqual(nodes.find(([, e]) => e === found)?.[0], findNodeAtLocation(fast.root, path));
    }
    counts.accepted++;
  }
  // The recovering parser, on any text, valid or not: jsonc-parser's tree, errors and comments.
  const recovered = recoveringParse(text);
  assert.deepStrictEqual(recovered.errors, errors, 'errors of the recovering parser');
  if (root) assertSameTree(recovered.root!, root, undefined, undefined, []);
  else assert.strictEqual(recovered.root, undefined, 'root of the recovering parser');
  assert.deepStrictEqual(recovered.comments, scannerComments(text), 'comments of the recovering parser');
  // parseDocument: the fast path when it applies, jsonc-parser's results either way.
  const doc = parseDocument(text);
  assert.deepStrictEqual(doc.errors, errors);
  if (root) assertSameTree(doc.root!, root, undefined, undefined, []);
  else assert.strictEqual(doc.root, undefined);
  const directives = text.includes('privacy-lint-')
    ? scannerComments(text)
        .map((c) => ({ ...c, text: text.substr(c.offset, c.length) }))
        .filter((c) => c.text.includes('privacy-lint-'))
        .map(({ offset, length, text, block }) => ({ offset, length, text, block }))
    : [];
  assert.deepStrictEqual(doc.directiveComments, directives);
}

// ---------------------------------------------------------------------------------------------
// Generators

const join = (parts: string[]) => parts.join('');
const pick = <T>(...values: T[]) => fc.constantFrom(...values);

const whitespace = fc.array(pick(' ', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n    '), { maxLength: 3 }).map(join);
const commentChar = pick('a', 'z', ' ', '*', '/', '"', '\\', '{', '}', ',', 'é', '😀', '\t', '\ud800', '\u0000', 'privacy-lint-disable-next-line schema/type');
const lineComment = fc.tuple(fc.array(commentChar, { maxLength: 6 }).map(join), pick('\n', '\r\n', '\r')).map(([body, end]) => `//${body}${end}`);
const blockComment = fc.array(fc.oneof(commentChar, pick('\n', '\r\n', '\r')), { maxLength: 6 }).map((chars) => `/*${join(chars).replace(/\*\//g, '* /')}*/`);
const trivia = fc.oneof(
  { weight: 6, arbitrary: whitespace },
  { weight: 1, arbitrary: fc.array(fc.oneof(whitespace, lineComment, blockComment), { maxLength: 3 }).map(join) },
);

const hex = (code: number, upper: boolean) => {
  const digits = code.toString(16).padStart(4, '0');
  return upper ? digits.toUpperCase() : digits;
};
const codeUnit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.integer({ min: 0, max: 0x7f }));
const stringUnit = fc.oneof(
  {
    weight: 8,
    arbitrary: pick('a', 'b', 'Z', '0', ' ', '-', '_', '.', "'", '/', '*', 'é', '中', '😀', '\u007f', '\u2028', '\ufeff', '\ud83d', '\ude00', '\u00a0'),
  },
  { weight: 2, arbitrary: pick('\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t') },
  { weight: 2, arbitrary: fc.tuple(codeUnit, fc.boolean()).map(([code, upper]) => `\\u${hex(code, upper)}`) },
);
const jsonString = fc.oneof(
  { weight: 3, arbitrary: fc.array(stringUnit, { maxLength: 8 }).map((units) => `"${join(units)}"`) },
  { weight: 1, arbitrary: pick('""', '"a"', '"id"', '"geography"', '"__proto__"', '"constructor"', '"a-rather-long-key-value"') },
);
const digits = (min: number, max: number) => fc.array(pick('0', '1', '2', '5', '7', '9'), { minLength: min, maxLength: max }).map(join);
const jsonNumber = fc
  .tuple(
    pick('', '', '-'),
    fc.oneof(
      pick('0'),
      fc.tuple(pick('1', '3', '9'), digits(0, 20)).map(([a, b]) => a + b),
    ),
    fc.oneof(
      pick(''),
      digits(1, 20).map((d) => `.${d}`),
    ),
    fc.oneof({ weight: 3, arbitrary: pick('') }, { weight: 1, arbitrary: fc.tuple(pick('e', 'E'), pick('', '+', '-'), digits(1, 4)).map(join) }),
  )
  .map(join);
const scalar = fc.oneof({ weight: 3, arbitrary: jsonString }, { weight: 3, arbitrary: jsonNumber }, { weight: 1, arbitrary: pick('true', 'false', 'null') });

const { value } = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
  value: fc.oneof({ maxDepth: 4, depthIdentifier: 'json' }, scalar, tie('object'), tie('array')),
  object: fc
    .tuple(
      fc.array(
        fc.tuple(trivia, jsonString, trivia, trivia, tie('value'), trivia).map(([t0, key, t1, t2, v, t3]) => `${t0}${key}${t1}:${t2}${v}${t3}`),
        { maxLength: 5 },
      ),
      fc.boolean(),
      trivia,
    )
    .map(([members, trailing, end]) => `{${members.join(',')}${trailing && members.length ? ',' : ''}${end}}`),
  array: fc
    .tuple(fc.array(fc.tuple(trivia, tie('value'), trivia).map(join), { maxLength: 5 }), fc.boolean(), trivia)
    .map(([elements, trailing, end]) => `[${elements.join(',')}${trailing && elements.length ? ',' : ''}${end}]`),
}));

/** A text jsonc-parser parses without an error. */
const validText = fc.tuple(trivia, value, trivia).map(join);

const INTERESTING = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '\\',
  '/',
  '*',
  '\n',
  '\r',
  '\t',
  ' ',
  '\u0000',
  '\u001f',
  '\u000b',
  '\u000c',
  '\ufeff',
  '\u00a0',
  '\u2028',
  'e',
  'E',
  '-',
  '+',
  '.',
  '0',
  '1',
  't',
  'u',
  'x',
  'n',
  'a',
  '//',
  '/*',
  '*/',
  '\\u',
  'true',
  'null',
];
const mutation = fc.tuple(pick('delete', 'insert', 'replace', 'truncate', 'duplicate'), fc.nat(), fc.nat({ max: 8 }), pick(...INTERESTING));
function mutate(text: string, mutations: [string, number, number, string][]): string {
  for (const [kind, at, span, insert] of mutations) {
    const i = at % (text.length + 1);
    switch (kind) {
      case 'delete':
        text = text.slice(0, i) + text.slice(i + 1 + span);
        break;
      case 'insert':
        text = text.slice(0, i) + insert + text.slice(i);
        break;
      case 'replace':
        text = text.slice(0, i) + insert + text.slice(i + 1);
        break;
      case 'truncate':
        text = text.slice(0, i);
        break;
      case 'duplicate':
        text = text.slice(0, i + span) + text.slice(i);
        break;
    }
  }
  return text;
}
const mutatedText = fc.tuple(validText, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([text, mutations]) => mutate(text, mutations));
const randomText = fc.array(pick(...INTERESTING, '"a"', '1', '-0', '1e400', 'false'), { maxLength: 10 }).map(join);

// ---------------------------------------------------------------------------------------------

describe('fastParse', () => {
  it(`builds jsonc-parser's tree, or gives up where jsonc-parser reports an error (${RUNS} generated texts, seed ${SEED})`, function () {
    this.timeout(120_000);
    counts.accepted = counts.fallback = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 5, arbitrary: validText }, { weight: 4, arbitrary: mutatedText }, { weight: 1, arbitrary: randomText }), (text) =>
        check(text),
      ),
      { seed: SEED, numRuns: RUNS },
    );
    // Both outcomes are well exercised.
    assert.ok(counts.accepted >= RUNS * 0.4, `accepted ${counts.accepted}`);
    assert.ok(counts.fallback >= RUNS * 0.2, `fell back ${counts.fallback}`);
    console.log(`      ${counts.accepted} texts parsed by the fast path, ${counts.fallback} with errors (the recovering parser)`);
  });

  it('converts numbers as jsonc-parser does (5000 generated numerals of up to 22 digits)', () => {
    const anyDigits = (min: number, max: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max, size: 'max' }).map((d) => d.join(''));
    const numeral = fc
      .tuple(
        pick('', '-'),
        fc.oneof(
          pick('0'),
          fc.tuple(fc.integer({ min: 1, max: 9 }), anyDigits(0, 21)).map(([a, b]) => `${a}${b}`),
        ),
        fc.oneof(
          pick(''),
          anyDigits(1, 8).map((d) => `.${d}`),
        ),
        fc.oneof(pick(''), fc.tuple(pick('e', 'E'), pick('', '+', '-'), anyDigits(1, 3)).map(join)),
      )
      .map(join);
    fc.assert(
      fc.property(numeral, (text) => {
        assert.ok(fastParse(text));
        check(text);
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  const cases: [string, string][] = [
    ['numbers jsonc-parser converts without an error', '[1e400, -1e400, -0, 0, 0.1e-5, 1E+2, 123456789012345678901234567890, 9007199254740993, 1e-400, -0.0]'],
    ['escapes and surrogates', '["\\ud83d\\ude00", "\\uD83D", "\\ude00\\ud83d", "😀", "\ud800", "\\u0000\\u001F", "\\"\\\\\\/\\b\\f\\n\\r\\t", "é\\u00e9"]'],
    ['comments everywhere, CRLF and trailing commas', '// top\r\n{ /* a */ "a" /* b */ : /* c */ 1 /* d */, // e\r\n "b": [1, 2, /* f */], }\r\n/* end */'],
    ['a comment right at the end', '{}//'],
    ['a block comment closing at the end', '{}/**/'],
    ['duplicate keys and odd key names', '{"a": 1, "a": 2, "__proto__": {}, "": null, "constructor": true}'],
    ['a lone scalar', '  "x"  '],
    ['empty containers', '[{}, [], {"a": []}]'],
  ];
  for (const [name, text] of cases)
    it(`parses ${name} as jsonc-parser does`, () => {
      assert.ok(fastParse(text), 'fast path');
      check(text);
    });

  const errors: [string, string][] = [
    ['empty content', ''],
    ['only a comment', '// nothing'],
    ['a byte order mark', '\ufeff{}'],
    ['a form feed', '{\f}'],
    ['a vertical tab', '[1,\u000b2]'],
    ['a no-break space', '{\u00a0}'],
    ['a line break in a string', '["a\nb"]'],
    ['a carriage return in a string', '["a\rb"]'],
    ['a tab in a string', '["a\tb"]'],
    ['a control character in a string', '["a\u0001b"]'],
    ['an unterminated string', '["ab'],
    ['an unterminated block comment', '{} /* x'],
    ['a block comment that is only /*/', '{} /*/'],
    ['a lone slash', '{} /'],
    ['a bad escape', '["\\x"]'],
    ['a short unicode escape', '["\\u12"]'],
    ['a unicode escape with a non-hex digit', '["\\u12g4"]'],
    ['a leading zero', '[01]'],
    ['a lone minus', '[-]'],
    ['a plus sign', '[+1]'],
    ['a dot without digits', '[1.]'],
    ['a leading dot', '[.5]'],
    ['an exponent without digits', '[1e]'],
    ['an exponent sign without digits', '[1e+]'],
    ['hex', '[0x10]'],
    ['NaN', '[NaN]'],
    ['a keyword with a tail', '[truex]'],
    ['a capitalised keyword', '[True]'],
    ['a missing comma', '[1 2]'],
    ['a missing colon', '{"a" 1}'],
    ['an unquoted key', '{a: 1}'],
    ['a single-quoted string', "['a']"],
    ['a leading comma', '[,1]'],
    ['two commas', '[1,,]'],
    ['a comma alone in an object', '{,}'],
    ['trailing content', '{} {}'],
    ['a missing value', '{"a": }'],
    ['an unclosed object', '{"a": 1'],
    ['a mismatched bracket', '[1}'],
    ['a number glued to a keyword', '[1true]'],
  ];
  for (const [name, text] of errors)
    it(`gives up on ${name}, which jsonc-parser reports`, () => {
      assert.strictEqual(fastParse(text), undefined);
      assert.ok(jsoncParse(text).errors.length > 0);
      check(text);
    });

  it('parses deep nesting without recursion', () => {
    const depth = 100_000;
    const result = fastParse('['.repeat(depth) + ']'.repeat(depth));
    assert.ok(result);
    let node: Node | undefined = result.root;
    let levels = 0;
    while (node) {
      levels++;
      node = node.children?.[0];
    }
    assert.strictEqual(levels, depth);
  });
});
