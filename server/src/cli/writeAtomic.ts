import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * A report, a baseline or a pruned baseline that is not written, for a reason about the path
 * itself (a link, a FIFO nobody reads); its message completes "cannot write it: ...".
 */
export class OutputRefusedError extends Error {}

/**
 * A temporary name beside a file: short (a file name of 255 bytes leaves no room to derive
 * one from it), hidden, and new (created with O_EXCL, which also never follows a link).
 */
export function temporaryNameBeside(target: string, prefix: string): string {
  return path.join(path.dirname(target), `.${prefix}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes a report or a baseline to a path named by an option (`-o`, `--write-baseline`, the
 * baseline that `--prune-baseline` rewrites). A regular file is replaced atomically (readers
 * see the old file or the new one, never half of it; its mode is kept); a missing file is
 * created the same way. A device, a FIFO or a socket (`-o /dev/null`, `-o /dev/stdout`, a FIFO
 * that a process reads) is written to, never replaced. A symbolic link to a regular file, or
 * to nothing, is refused: a repository could plant one at the report's path to make
 * privacy-lint overwrite a file anywhere. A directory is an error (EISDIR).
 */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  const destination = path.resolve(target);
  if (STANDARD_STREAM.test(destination)) {
    // `-o /dev/stdout`: the process's own descriptor, whatever it is (a pipe, a terminal, a file the shell opened).
    writeToSpecialFile(destination, data, fs.constants.O_APPEND);
    return;
  }
  let link: fs.Stats | undefined;
  try {
    link = fs.lstatSync(destination);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let stat = link;
  if (link?.isSymbolicLink()) {
    try {
      stat = fs.statSync(destination);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new OutputRefusedError('it is a symbolic link to a file that does not exist; privacy-lint does not write through a link (name the file itself)');
      }
      throw error;
    }
    if (stat.isFile()) throw new OutputRefusedError('it is a symbolic link; privacy-lint does not write through a link (name the file itself)');
  }
  if (stat?.isDirectory()) throw Object.assign(new Error(`${target} is a directory`), { code: 'EISDIR' });
  if (stat && !stat.isFile()) {
    writeToSpecialFile(destination, data);
    return;
  }
  replaceAtomically(destination, data, stat && stat.mode & 0o7777);
}

function replaceAtomically(destination: string, data: Uint8Array | string, mode: number | undefined): void {
  const temporary = temporaryNameBeside(destination, 'plout');
  let created = false;
  try {
    const fd = fs.openSync(temporary, 'wx', mode ?? 0o666);
    created = true;
    try {
      fs.writeFileSync(fd, data);
      // openSync's mode is narrowed by the umask; the original mode is restored exactly.
      if (mode !== undefined) fs.fchmodSync(fd, mode);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // rename replaces whatever the name is now (a link planted since is replaced, not written through).
    fs.renameSync(temporary, destination);
    created = false;
  } finally {
    if (created) removeQuietly(temporary);
  }
}

export function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Nothing more can be done; the original file is untouched.
  }
}

/** The process's own descriptors, which are links to whatever the shell gave it. */
const STANDARD_STREAM = /^\/(dev\/(stdout|stderr|fd\/\d+)|proc\/self\/fd\/\d+)$/;

/** How long a FIFO with no reader is waited for before it is an error. */
const FIFO_READER_WAIT_MS = 5_000;
const OPEN_FOR_WRITE = fs.constants.O_WRONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

/**
 * Writes to a device, FIFO or socket without ever blocking forever: opened non-blocking (a
 * FIFO with no reader is waited for a few seconds, then refused), written as the reader takes it.
 */
function writeToSpecialFile(destination: string, data: Uint8Array | string, flags = 0): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + FIFO_READER_WAIT_MS;
  let fd: number;
  for (;;) {
    try {
      fd = fs.openSync(destination, OPEN_FOR_WRITE | flags);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error;
      if (Date.now() > deadline)
        throw new OutputRefusedError(`no process reads from it (a FIFO without a reader, waited ${FIFO_READER_WAIT_MS / 1000} seconds)`);
      Atomics.wait(pause, 0, 0, 10);
    }
  }
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        Atomics.wait(pause, 0, 0, 10);
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}
