import * as assert from 'assert';
import { DocumentCache, lintDocument, parseDocument } from '../../../server/src/engine';
import { BROKEN } from '../../server/fixtures';

/**
 * The engine's document cache: a new text of a document is parsed from its last parse when the
 * edit lies inside an object or array (the same root object comes back, with the format analysis
 * carried over), and lints exactly as a whole parse of the text does; the caller never needs to
 * know that a reparse uses up the last tree.
 */
describe('DocumentCache', () => {
  const today = '2026-11-23';
  const insertAt = (text: string, at: string, insert: string) => {
    const offset = text.indexOf(at);
    assert.ok(offset >= 0, `${at} in the text`);
    return text.slice(0, offset) + insert + text.slice(offset);
  };

  it('an edit inside a store is parsed from the last parse and lints as a whole parse does', () => {
    const cache = new DocumentCache<string>();
    const first = cache.update('a', BROKEN);
    lintDocument(first, { today });
    const text = insertAt(BROKEN, '"geography"', 'x');
    const second = cache.update('a', text);
    assert.strictEqual(second.root, first.root, 'the tree of the first text is reused');
    assert.strictEqual(cache.get('a'), second);
    assert.deepStrictEqual(lintDocument(second, { today }), lintDocument(parseDocument(text), { today }));
  });

  it('the same text again is the same parse; a text that is not an edit (edited: false) is parsed whole', () => {
    const cache = new DocumentCache<string>();
    const first = cache.update('a', BROKEN);
    assert.strictEqual(cache.update('a', BROKEN), first);
    const text = insertAt(BROKEN, '"geography"', 'x');
    const whole = cache.update('a', text, false);
    assert.notStrictEqual(whole.root, first.root);
    assert.deepStrictEqual(lintDocument(whole, { today }), lintDocument(parseDocument(text), { today }));
  });

  it('a parse put with set is never parsed from; forget lets a document go', () => {
    const cache = new DocumentCache<string>();
    const adapted = parseDocument(BROKEN);
    cache.set('a', adapted);
    const text = insertAt(BROKEN, '"geography"', 'x');
    const next = cache.update('a', text);
    assert.notStrictEqual(next.root, adapted.root, 'parsed whole, not from a parse the caller made');
    assert.deepStrictEqual(lintDocument(next, { today }), lintDocument(parseDocument(text), { today }));
    cache.forget('a');
    assert.strictEqual(cache.get('a'), undefined);
    assert.notStrictEqual(cache.update('a', text).root, next.root, 'a forgotten document starts afresh');
  });

  it('documents are kept apart by key', () => {
    const cache = new DocumentCache<string>();
    const a = cache.update('a', BROKEN);
    const b = cache.update('b', BROKEN);
    assert.notStrictEqual(a, b);
    assert.strictEqual(cache.get('a'), a);
    assert.strictEqual(cache.get('b'), b);
  });
});
