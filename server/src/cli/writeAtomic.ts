import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Replaces a file's content so that readers see either the old file or the new one, never
 * half of it: the data goes to a temporary file beside the target (same directory, so the
 * rename stays on one file system), is flushed to disk, takes the target's mode, and is
 * renamed over the target. A symlink is written through: its target file is replaced.
 * On any failure the temporary file is removed and the error is thrown.
 */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  let destination = path.resolve(target);
  let mode: number | undefined;
  try {
    destination = fs.realpathSync(destination);
    const stat = fs.statSync(destination);
    if (stat.isDirectory()) throw Object.assign(new Error(`${target} is a directory`), { code: 'EISDIR' });
    if (!stat.isFile()) {
      // A device, a FIFO or a socket (`-o /dev/stdout`, `-o /dev/null`) is written to, never replaced.
      fs.writeFileSync(destination, data);
      return;
    }
    mode = stat.mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const temporary = path.join(
    path.dirname(destination),
    `.${path.basename(destination)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let created = false;
  try {
    const fd = fs.openSync(temporary, 'wx', mode ?? 0o666);
    created = true;
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // openSync's mode is narrowed by the umask; the original mode is restored exactly.
    if (mode !== undefined) fs.chmodSync(temporary, mode);
    fs.renameSync(temporary, destination);
    created = false;
  } finally {
    if (created) {
      try {
        fs.unlinkSync(temporary);
      } catch {
        // Nothing more can be done; the original file is untouched.
      }
    }
  }
}
