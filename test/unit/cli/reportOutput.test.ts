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
    assert.deepStrictEqual(got.map((p) => (typeof p === 'string' ? p : `bytes:${Buffer.from(p).toString('utf8')}`)), ['abcdefgh', 'ij', 'bytes:k\u00e9\u6771', 'z']);
    assert.strictEqual(got[2], bytes, 'the bytes given, not a copy');
  });

  it('keeps text and UTF-8 bytes as one text, for -o', () => {
    const output = new ReportOutput(undefined);
    output.write('<p>');
    output.write(Buffer.from('t\u00e9nant \u6771'));
    output.write('</p>');
    output.flush();
    assert.strictEqual(output.text(), '<p>t\u00e9nant \u6771</p>');
  });
});
