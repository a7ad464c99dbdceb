import * as fs from 'node:fs';
import * as path from 'node:path';
import { STDIN_NAME, UsageError } from './args';
import type { FoundFile } from './discover';
import { describeFsError } from './fsErrors';
import { toSlashes } from './paths';
import { decodeSource, NotUtf8Error, type SourceText } from './sourceFile';

/**
 * Standard input as a file to lint (`--stdin`). `--stdin-filename F` names it: settings are
 * found from F's folder, and the report, SARIF and fingerprints use F (relative to the
 * working directory); F need not exist. Without it the name is `<stdin>`, in the working
 * directory. Input that cannot be read, or is not UTF-8, is bad input: exit 2.
 */
export function stdinFile(filename: string | undefined, cwd: string): FoundFile {
  const name = filename ?? STDIN_NAME;
  const absolutePath = path.resolve(cwd, name);
  return { file: toSlashes(name), absolutePath, realPath: absolutePath, insideGiven: false };
}

export function readStdinSource(read: () => Uint8Array, name: string): SourceText {
  let bytes: Uint8Array;
  try {
    bytes = read();
  } catch (error) {
    throw new UsageError(`cannot read standard input: ${describeFsError(error)}`);
  }
  try {
    return decodeSource(bytes);
  } catch (error) {
    if (error instanceof NotUtf8Error) throw new UsageError(`${name}: standard input is not valid UTF-8; nothing was linted`);
    throw error;
  }
}

/**
 * Reads all of standard input (file descriptor 0), synchronously like the rest of the CLI.
 * A non-blocking descriptor (EAGAIN) is waited on rather than treated as the end.
 */
export function readAllStdin(): Uint8Array {
  const chunks: Buffer[] = [];
  const chunk = Buffer.alloc(1 << 16);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    let count: number;
    try {
      count = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw error;
    }
    if (count === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, count)));
  }
  return Buffer.concat(chunks);
}
