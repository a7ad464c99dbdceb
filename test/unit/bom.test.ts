import * as assert from 'assert';
import { withoutBom } from '../../server/src/engine';
import { decodeSource, encodeSource } from '../../server/src/cli/sourceFile';

/** The one byte-order-mark strip: the CLI's reads and writes, the server's documents and settings files. */
describe('withoutBom', () => {
  it('strips one leading U+FEFF and says so; any other text is left as it is', () => {
    assert.deepStrictEqual(withoutBom('\uFEFF{ "a": 1 }'), { text: '{ "a": 1 }', bom: true });
    assert.deepStrictEqual(withoutBom('\uFEFF\uFEFF{}'), { text: '\uFEFF{}', bom: true });
    assert.deepStrictEqual(withoutBom('{ "a": "\uFEFF" }'), { text: '{ "a": "\uFEFF" }', bom: false });
    assert.deepStrictEqual(withoutBom(''), { text: '', bom: false });
  });

  it('the CLI reads a file with a mark and writes it back byte for byte', () => {
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d, 0x0a]);
    const source = decodeSource(bytes);
    assert.deepStrictEqual(source, { text: '{}\n', bom: true });
    assert.deepStrictEqual(encodeSource(source), bytes);
    assert.deepStrictEqual(encodeSource({ text: '{}', bom: false }), Buffer.from('{}'));
  });
});
