import * as assert from 'assert';
import { ReportOutput } from '../../../server/src/cli/reportOutput';

describe('ReportOutput', () => {
  it('streams text in chunks and bytes as they are, in the order written', () => {
    const got: (string | Uint8Array)[] = [];
    const output = new ReportOutput((piece) => got.push(piece), 8);
    output.write('abc');
    output.write('defgh');
    output.write('ij');
    const bytes = Buffer.from('k\u00e9\u6771');
    output.write(bytes);
    output.write('z');
    output.flush();
    assert.deepStrictEqual(
      got.map((p) => (typeof p === 'string' ? p : `bytes:${Buffer.from(p).toString('utf8')}`)),
      ['abcdefgh', 'ij', 'bytes:k\u00e9\u6771', 'z'],
    );
    assert.strictEqual(got[2], bytes, 'the bytes given, not a copy');
  });

  it('keeps text and UTF-8 bytes as the UTF-8 of the whole, in order, for -o', () => {
    const output = new ReportOutput(undefined, 4);
    output.write('<p>');
    output.write('\u00e0 ');
    output.write(Buffer.from('t\u00e9nant \u6771'));
    output.write('</p>');
    output.write('\n');
    assert.strictEqual(Buffer.from(output.bytes()).toString('utf8'), '<p>\u00e0 t\u00e9nant \u6771</p>\n');
  });
});
