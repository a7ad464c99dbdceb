import * as path from 'node:path';
import { describeFsError } from './fsErrors';
import { writeFileAtomic } from './writeAtomic';

/** Writes a report (or list) to `-o FILE`, atomically, or, without `-o`, hands it to the stream given. */
export function deliver(text: string, output: string | undefined, stream: (text: string) => void, cwd: string, fail: (line: string) => void): void {
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
