import * as path from 'node:path';
import { describeFsError } from './fsErrors';
import { writeFileAtomic } from './writeAtomic';

/** Writes a report (or list), text or UTF-8, to `-o FILE`, atomically, or, without `-o`, hands it to the stream given. */
export function deliver<T extends string | Uint8Array>(
  text: T,
  output: string | undefined,
  stream: (text: T) => void,
  cwd: string,
  fail: (line: string) => void,
): void {
  if (output === undefined) {
    stream(text);
    return;
  }
  try {
    writeFileAtomic(path.resolve(cwd, output), text);
  } catch (error) {
    fail(`cannot write the report to ${output}: ${describeFsError(error)}`);
  }
}
