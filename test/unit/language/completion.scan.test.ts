import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { getLocation } from 'jsonc-parser';
import { innermostContainer, locationAt, tokenAt } from '../../../server/src/engine/language/completion';
import { parseDocument } from '../../../server/src/engine/parse';

/**
 * Completion scans from the innermost object or array around the cursor, not from the top of
 * the document: at every offset of the samples (and of broken variants of them), that finds
 * the token and the location a scan from the top finds.
 */
const ROOT = path.resolve(__dirname, '../../../..');
const SAMPLES = fs.readdirSync(path.join(ROOT, 'samples')).map((f) => fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8'));

describe('completion: scanning from the container around the cursor', () => {
  const texts = [
    ...SAMPLES,
    // Broken: a stray word, an open string, a missing comma, an unclosed object.
    ...SAMPLES.map((t) => t.replace('"stores"', 'oops "stores"')),
    ...SAMPLES.map((t) => t.replace(/"geography": "/, '"geography": "eu\n')),
    ...SAMPLES.map((t) => t.replace(/,\n(\s*)"kind"/, '\n$1"kind"')),
    ...SAMPLES.map((t) => t.slice(0, t.lastIndexOf('}'))),
    // getLocation keeps whether a key is expected across array brackets (a trailing comma inside an object before).
    '[[1, {"a": 1,}], [ ], {"b": 2,} , [ 3 ]]',
    '{"s": [{"a": 1,}, [ ], {"b": [2, {"c": 3,}, ]}, {"d": {}}, ], "t": [[{"e": 1,}], [ ]]}',
    '{"stores": [\n  {"id": "a", "data": ["x", "y"]},\n  {"id": "b"}\n,  {"id": "c",}\n  ]\n}',
  ];
  texts.forEach((text, n) => {
    it(`finds what a scan from the top finds, at every offset (text ${n + 1} of ${texts.length})`, () => {
      const doc = parseDocument(text);
      for (let offset = 0; offset <= text.length; offset++) {
        const container = innermostContainer(doc.root, offset);
        assert.deepStrictEqual(tokenAt(text, container?.offset ?? 0, offset), tokenAt(text, 0, offset), `token at ${offset}`);
        const expected = getLocation(text, offset);
        const actual = locationAt(doc, container, offset);
        assert.deepStrictEqual([actual.path, actual.isAtPropertyKey], [expected.path, expected.isAtPropertyKey], `location at ${offset}`);
      }
    });
  });
});
