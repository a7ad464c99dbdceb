import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { changeBetween, reparse } from '../../../server/src/engine/parsing/incremental';
import { lintDocument } from '../../../server/src/engine/lint';
import { parseDocument, type ParsedDocument } from '../../../server/src/engine/parse';
import { assertSameTree } from './sameTree';

/**
 * Incremental parsing against a whole parse: after any chain of edits, the document reparse()
 * gives (when it does not give up) has the very tree, errors, comments and directive comments
 * of parseDocument() on the new text, and lints alike (its format analysis brought up to date
 * from the previous version's, which was linted before the edit).
 *
 * INCREMENTAL_RUNS and INCREMENTAL_SEED override the number of cases and the seed.
 */

const RUNS = Number(process.env.INCREMENTAL_RUNS ?? 3_000);
const SEED = Number(process.env.INCREMENTAL_SEED ?? 20261123);
const ROOT = path.resolve(__dirname, '../../../..');

const BASES = [
  ...fs.readdirSync(path.join(ROOT, 'samples')).map((f) => fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8')),
  '{"stores": [{"id": "a", "data": ["auditLogs"]}, {"id": "b", "geography": "europe"}], /* c */ "tenant": {"id": "x"}}',
  '[[1, 2], {"a": [true, null, {"b": "c"}]}, // line\n [ ] ]',
  '{"a": {"b": {"c": [1, 2, {"d": "e"}]}}}\r\n',
  '{"a": [ /* x */ {"b": 1}, // y\r  {"c": [2, 3]},\r  {"d": "e\\"f"} ],\r "g": {"h": [ [ ], { } ]}}',
  '{"policyEdition": "2020-09", "stores": [\n  {"id": "a", "kind": "sqlAzure"},\n  {"id": "b", "data": ["auditLogs", "telemetry"]},\n  {"id": "a"}, [1],\n  {"id": "d", "geography": "europe"}\n]}',
];

function assertSameDocument(actual: ParsedDocument, expected: ParsedDocument): void {
  assert.strictEqual(actual.text, expected.text);
  if (expected.root) assertSameTree(actual.root!, expected.root, undefined, undefined, []);
  else assert.strictEqual(actual.root, undefined, 'root');
  assert.deepStrictEqual(actual.errors, expected.errors, 'errors');
  assert.deepStrictEqual(actual.comments, expected.comments, 'comments');
  assert.deepStrictEqual(actual.directiveComments, expected.directiveComments, 'directive comments');
  const today = '2026-11-23';
  assert.deepStrictEqual(lintDocument(actual, { today }), lintDocument(expected, { today }), 'lint');
}

const FRAGMENTS = [
  '"',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '/*',
  '*/',
  '//',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\u00e9',
  '\ud83d\ude00',
  '\ud800',
  'null',
  '\\u12',
  '0x',
  'x',
  '1',
  '-',
  '.5',
  'true',
  ' ',
  '"a": 1,',
  '\\',
  '"europe"',
  '// privacy-lint-disable-next-line schema/type -- ok\n',
  'e',
];
const edit = fc.record({
  at: fc.nat({ max: 1_000_000 }),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.nat({ max: 3 }) }, { weight: 1, arbitrary: fc.nat({ max: 40 }) }),
  insert: fc.oneof(
    fc.constant(''),
    fc.constantFrom(...FRAGMENTS),
    fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 3 }).map((parts) => parts.join('')),
  ),
});

describe('incremental parsing', () => {
  it(`gives what a whole parse gives, edit after edit (${RUNS} chains of edits, seed ${SEED})`, function () {
    this.timeout(300_000);
    let reused = 0;
    let edits = 0;
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(edit, { minLength: 1, maxLength: 6 }), (base, chain) => {
        let doc = parseDocument(base);
        for (const { at, remove, insert } of chain) {
          // Linted first, as the server does: the next lint then checks again only what changed (analysisCache.ts).
          lintDocument(doc, { today: '2026-11-23' });
          const text = doc.text;
          const offset = at % (text.length + 1);
          const next = text.slice(0, offset) + insert + text.slice(Math.min(text.length, offset + remove));
          const change = changeBetween(text, next);
          edits++;
          if (!change) continue;
          const whole = parseDocument(next);
          const incremental = reparse(doc, next, change);
          if (incremental) {
            reused++;
            assertSameDocument(incremental, whole);
          }
          // The previous document's tree is spent either way: go on from a fresh parse half of the time.
          doc = incremental && edits % 2 ? incremental : whole;
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    assert.ok(reused >= edits * 0.3, `reused the tree for ${reused} of ${edits} edits`);
    console.log(`      reused the tree for ${reused} of ${edits} edits`);
  });

  it('finds the one changed range between two texts', () => {
    assert.deepStrictEqual(changeBetween('abc', 'abc'), undefined);
    assert.deepStrictEqual(changeBetween('abc', 'abxc'), { start: 2, oldEnd: 2, newEnd: 3 });
    assert.deepStrictEqual(changeBetween('abxc', 'abc'), { start: 2, oldEnd: 3, newEnd: 2 });
    assert.deepStrictEqual(changeBetween('aaa', 'aa'), { start: 2, oldEnd: 3, newEnd: 2 });
    assert.deepStrictEqual(changeBetween('', 'a'), { start: 0, oldEnd: 0, newEnd: 1 });
  });

  it('finds the changed range in long texts as a character-by-character scan does (2000 generated edits)', () => {
    const naive = (a: string, b: string) => {
      if (a === b) return undefined;
      let start = 0;
      while (start < Math.min(a.length, b.length) && a[start] === b[start]) start++;
      let oldEnd = a.length;
      let newEnd = b.length;
      while (oldEnd > start && newEnd > start && a[oldEnd - 1] === b[newEnd - 1]) {
        oldEnd--;
        newEnd--;
      }
      return { start, oldEnd, newEnd };
    };
    const long = BASES[0].repeat(20);
    fc.assert(
      fc.property(fc.nat({ max: long.length }), fc.nat({ max: 3000 }), fc.constantFrom('', 'x', '{', BASES[1], long.slice(0, 2048)), (at, remove, insert) => {
        const next = long.slice(0, at) + insert + long.slice(at + remove);
        assert.deepStrictEqual(changeBetween(long, next), naive(long, next));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('gives up on an edit to the root object itself, and on a bracket', () => {
    const text = '{"a": {"b": 1}, "c": 2}';
    const at = (t: string) => reparse(parseDocument(text), t, changeBetween(text, t)!);
    assert.strictEqual(at('{"a": {"b": 1}, "c": 23}'), undefined, 'a root-level value');
    assert.strictEqual(at('{"a": {"b": 1, "c": 2}'), undefined, 'a closing bracket removed');
    assert.ok(at('{"a": {"b": 12}, "c": 2}'), 'inside the inner object');
  });
});
