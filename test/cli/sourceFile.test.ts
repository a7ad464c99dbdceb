import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NotUtf8Error, readSourceFile, readSourceText } from '../../server/src/cli/sourceFile';
import { NotRegularFileError, TooLargeError } from '../../server/src/shared/regularFile';

/** The two ways the CLI reads a file (text only, for a lint; text and bytes, for --fix) agree on every kind of file. */
describe('reading a source file', () => {
  let folder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-source-'));
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  const write = (name: string, bytes: Buffer | string) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, bytes);
    return file;
  };

  it('gives the same text and byte order mark as the bytes-and-text read', () => {
    for (const [name, bytes] of [
      ['plain.json', '{"a": 1}\n'],
      ['bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"é": "ü"}\r\n')])],
      ['replacement.json', '{"a": "\uFFFD is a character of its own"}'],
      ['empty.json', ''],
    ] as const) {
      const file = write(name, bytes);
      assert.deepStrictEqual(readSourceText(file), readSourceFile(file).source, name);
    }
    assert.deepStrictEqual(readSourceText(path.join(folder, 'bom.json')), { text: '{"é": "ü"}\r\n', bom: true });
  });

  it('refuses bytes that are not UTF-8, as the strict read does', () => {
    const file = write('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    assert.throws(() => readSourceText(file), NotUtf8Error);
    assert.throws(() => readSourceFile(file), NotUtf8Error);
  });

  it('refuses a file over the limit, counted in bytes, not characters', () => {
    const file = write('wide.json', '"' + 'é'.repeat(10) + '"'); // 12 characters, 22 bytes
    assert.strictEqual(readSourceText(file, 22).text.length, 12);
    assert.throws(() => readSourceText(file, 21), TooLargeError);
    assert.throws(() => readSourceText(file, 11), TooLargeError);
  });

  it('refuses a FIFO and a device without reading them (no hang)', function () {
    if (process.platform === 'win32') this.skip();
    const fifo = path.join(folder, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    assert.throws(
      () => readSourceText(fifo),
      (error) => error instanceof NotRegularFileError && error.kind === 'a FIFO',
    );
    assert.throws(
      () => readSourceText('/dev/zero'),
      (error) => error instanceof NotRegularFileError && error.kind === 'a character device',
    );
  });
});
