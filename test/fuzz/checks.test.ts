/**
 * Tests of the fuzzer itself: a property test is only as good as its generators and its
 * checks. The serialiser must write what the tree says, the position reference must be
 * right, the path resolver must find every occurrence, and the minimiser must keep the
 * failure.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { parse, parseTree, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../../server/src/engine';
import { anyCaseArb, applyTreeMutations, configArb, layoutMutationArb, orderCaseArb, reorderMembers, styleArb, validCaseArb } from './arbitraries';
import { serialize, walk, type JValue, type Style } from './model';
import { commentsOf, nodesAtPath, referencePosition } from './properties';
import { minimizeText } from './runner';

/** The JSON value a tree stands for (the last occurrence of a key counts). */
function plain(value: JValue): unknown {
  switch (value.k) {
    case 'str':
      return value.v;
    case 'num':
      return Number(value.raw);
    case 'bool':
      return value.v;
    case 'null':
      return null;
    case 'arr':
      return value.items.map((s) => plain(s.value));
    case 'obj': {
      const result: Record<string, unknown> = {};
      for (const m of value.members) Object.defineProperty(result, m.key!, { value: plain(m.value), enumerable: true, configurable: true, writable: true });
      return result;
    }
  }
}

function countComments(tree: JValue, style: Style): number {
  let n = (style.header?.length ?? 0) + (style.footer?.length ?? 0);
  walk(tree, (v, _p, ref) => {
    if (ref) n += (ref.slot.before?.length ?? 0) + (ref.slot.afterKey?.length ?? 0) + (ref.slot.afterColon?.length ?? 0) + (ref.slot.after ? 1 : 0);
    if (v.k === 'obj' || v.k === 'arr') n += v.inside?.length ?? 0;
  });
  return n;
}

describe('fuzz: the fuzzer itself', () => {
  it('serialises a tree, in any layout and with comments, to JSONC that parses to the same value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('2018-05' as const, '2020-09' as const).chain(configArb),
        styleArb,
        fc.array(layoutMutationArb, { maxLength: 8 }),
        (tree, style, mutations) => {
          const mutated = applyTreeMutations(tree, style, mutations);
          const text = serialize(mutated.tree, mutated.style);
          const errors: ParseError[] = [];
          const value = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
          assert.deepStrictEqual(errors, [], text);
          assert.deepStrictEqual(value, plain(mutated.tree), text);
          assert.strictEqual(commentsOf(text).length, countComments(mutated.tree, mutated.style), text);
        },
      ),
      { seed: 1, numRuns: 300 },
    );
  });

  it('generates valid configurations in both editions, BOM-less', () => {
    const cases = fc.sample(validCaseArb, { seed: 2, numRuns: 200 });
    assert.ok(cases.some((c) => c.edition === '2018-05') && cases.some((c) => c.edition === '2020-09'));
    assert.ok(cases.every((c) => !c.text.startsWith('\ufeff')));
    assert.ok(cases.some((c) => /"P\d+[YMWD]/.test(c.text)) && cases.some((c) => /"(telemetry|auditLogs)"\s*:\s*\d/.test(c.text)), 'durations in both forms');
  });

  it('generates inputs with and without syntax errors', () => {
    const cases = fc.sample(anyCaseArb, { seed: 3, numRuns: 400 });
    const broken = cases.filter((c) => {
      const errors: ParseError[] = [];
      parseTree(c.text, errors, { allowTrailingComma: true });
      return errors.length > 0;
    }).length;
    assert.ok(broken > 40 && broken < 360, `${broken} of 400 inputs have syntax errors`);
    assert.ok(
      cases.some((c) => c.text.includes('\r\n')),
      'no CRLF',
    );
    assert.ok(
      cases.some((c) => /[\ud800-\udbff][\udc00-\udfff]/.test(c.text)),
      'no character outside the BMP',
    );
    assert.ok(
      cases.some((c) => c.text.includes('privacy-lint-disable-')),
      'no disable comment',
    );
  });

  it('reorders members for the member-order property, keeping repeated keys in their order', () => {
    const cases = fc.sample(orderCaseArb, { seed: 4, numRuns: 100 });
    assert.ok(cases.filter((c) => c.text !== c.reordered).length > 80);
    const members = ['a', 'b', 'a', 'c', 'a'].map((key, i) => ({ key, value: { k: 'num', raw: String(i) } satisfies JValue }));
    for (let seed = 0; seed < 20; seed++) {
      const order = reorderMembers(members, seed);
      assert.deepStrictEqual(
        order.filter((m) => m.key === 'a').map((m) => (m.value as { raw: string }).raw),
        ['0', '2', '4'],
      );
      assert.strictEqual(order.length, members.length);
    }
  });

  it('computes LSP positions (UTF-16, \\n, \\r\\n and \\r line ends) like LineIndex', () => {
    const text = 'a😀\r\nb\rc\n\r\n🇩🇪x\r';
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      assert.deepStrictEqual(referencePosition(text, offset), lines.positionAt(offset), `offset ${offset}`);
    }
    assert.deepStrictEqual(referencePosition(text, 5), { line: 1, character: 0 });
    assert.deepStrictEqual(referencePosition(text, 4), { line: 0, character: 3 }); // between \r and \n: the end of line 0
  });

  it('resolves a path to every occurrence of a repeated key, and to a key without value', () => {
    const text = '{"a": {"b": 1}, "a": {"b": 2}, "c": [10, 20], "d": }';
    const root = parseTree(text, [], { allowTrailingComma: true });
    assert.deepStrictEqual(
      nodesAtPath(root, ['a', 'b']).map((n) => n.value),
      [1, 2],
    );
    assert.deepStrictEqual(
      nodesAtPath(root, ['c', 1]).map((n) => n.value),
      [20],
    );
    assert.strictEqual(nodesAtPath(root, ['d']).length, 1);
    assert.strictEqual(nodesAtPath(root, ['c', 2]).length, 0);
    assert.strictEqual(nodesAtPath(root, ['x']).length, 0);
    assert.strictEqual(nodesAtPath(root, []).length, 1);
  });

  it('minimises a failing text and keeps it failing', () => {
    const text = '{\n  "a": 1,\n  "keep": [1, 2, 3],\n  "b": { "c": true }\n}\n';
    const fails = (t: string) => t.includes('"keep"');
    const small = minimizeText(text, fails);
    assert.ok(fails(small));
    assert.ok(small.length < text.length / 2, small);
  });
});
