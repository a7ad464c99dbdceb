import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import { MAX_SETTINGS_FILE_BYTES, withoutBom } from '../engine';
import type { ReadOutcome } from './settingsChain';

/**
 * Reading a file that a repository may have made anything (SPEC sections 6 and 9): configs,
 * baselines and settings files, for the CLI (synchronously) and the language server
 * (asynchronously: nothing blocks it), with the same checks and the same words.
 * only a regular file is read, and only up to a limit. The file is opened without blocking (a
 * FIFO with no writer would otherwise block the open forever) and its kind is checked on the
 * descriptor that was opened (fstat), so that a file swapped for a FIFO or a link to a device
 * between a check and the read is still refused, never read.
 */

/** The largest configuration read: 256 MiB. */
export const MAX_SOURCE_BYTES = 256 * 1024 * 1024;
/** The largest baseline read: 64 MiB (about 400,000 entries). */
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/** A path that is not a regular file (or a link to one): its kind, for the message. */
export class NotRegularFileError extends Error {
  constructor(readonly kind: string) {
    super(`not a regular file (it is ${kind})`);
  }
}

/** A file larger than what is read of its kind. */
export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${formatBytes(limit)}, the most privacy-lint reads of such a file`);
  }
}

export function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

/** What a stat says a path is, in words: "a FIFO", "a character device". */
export function fileKind(stat: fs.Stats): string {
  if (stat.isFile()) return 'a regular file';
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'a special file';
}

const OPEN_FOR_READ = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

/** A regular file's bytes and its stat at the time they were read. */
export interface RegularFile {
  bytes: Buffer;
  stat: fs.Stats;
}

/**
 * Reads a regular file (a symbolic link is followed; what it reaches must be a regular file),
 * at most `limit` bytes. Throws NotRegularFileError, TooLargeError, or the system's error
 * (ENOENT, EACCES, ELOOP...).
 */
export function readRegularFile(file: string, limit: number): RegularFile {
  const fd = fs.openSync(file, OPEN_FOR_READ);
  try {
    const stat = fs.fstatSync(fd);
    refuseUnlessRegular(file, stat, limit);
    return { bytes: readAll(fd, stat.size, limit), stat };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A regular file's text, decoded by Node as UTF-8 (an invalid sequence becomes U+FFFD), with the
 * same checks as `readRegularFile`: opened without blocking, its kind and size checked on the
 * descriptor, then read whole by one call into Node (the file-reading cost of a run over
 * thousands of small files halves against reading the bytes in JavaScript first). A file that
 * grew past the limit since its stat is refused once read. `bytes` re-reads the file's bytes
 * through the same descriptor (for a text that must be decoded strictly).
 */
export function readRegularFileText<T>(file: string, limit: number, use: (text: string, bytes: () => Buffer) => T): T {
  const fd = fs.openSync(file, OPEN_FOR_READ);
  try {
    const stat = fs.fstatSync(fd);
    refuseUnlessRegular(file, stat, limit);
    const text = fs.readFileSync(fd, 'utf8');
    // UTF-8 takes at least one byte a UTF-16 code unit, at most three.
    if (text.length > limit || (text.length * 3 > limit && Buffer.byteLength(text) > limit)) throw new TooLargeError(limit);
    return use(text, () => readAllAt(fd, stat.size, limit));
  } finally {
    fs.closeSync(fd);
  }
}

/** The same, without blocking (the language server). */
export async function readRegularFileAsync(file: string, limit: number): Promise<RegularFile> {
  const handle = await fsp.open(file, OPEN_FOR_READ);
  try {
    const stat = await handle.stat();
    refuseUnlessRegular(file, stat, limit);
    const bytes = Buffer.alloc(stat.size);
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return { bytes: bytes.subarray(0, length), stat };
  } finally {
    await handle.close();
  }
}

function refuseUnlessRegular(file: string, stat: fs.Stats, limit: number): void {
  // A directory keeps the system's own error (EISDIR, "is a directory"), as a read of it would give.
  if (stat.isDirectory()) throw Object.assign(new Error(`${file}: is a directory`), { code: 'EISDIR' });
  if (!stat.isFile()) throw new NotRegularFileError(fileKind(stat));
  if (stat.size > limit) throw new TooLargeError(limit);
}

/** Reads to the end from the start of the file, whatever the descriptor's position. */
function readAllAt(fd: number, expected: number, limit: number): Buffer {
  return readAll(fd, expected, limit, 0);
}

/** Reads to the end (from `position`, else the descriptor's): the file may have grown since fstat, but never past the limit. */
function readAll(fd: number, expected: number, limit: number, position: number | null = null): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(expected, 0) + 1, limit + 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) throw new TooLargeError(limit);
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const count = fs.readSync(fd, buffer, length, buffer.length - length, position === null ? null : position + length);
    if (count === 0) break;
    length += count;
  }
  if (length > limit) throw new TooLargeError(limit);
  return buffer.subarray(0, length);
}

/** A settings file (SPEC section 6): a regular file of at most MAX_SETTINGS_FILE_BYTES, UTF-8; read synchronously (the CLI). */
export function readSettingsFileSync(file: string): ReadOutcome {
  try {
    return decodeSettings(readRegularFile(file, MAX_SETTINGS_FILE_BYTES).bytes);
  } catch (error) {
    return settingsProblem(error);
  }
}

/** The same, asynchronously (the language server). */
export async function readSettingsFile(file: string): Promise<ReadOutcome> {
  try {
    return decodeSettings((await readRegularFileAsync(file, MAX_SETTINGS_FILE_BYTES)).bytes);
  } catch (error) {
    return settingsProblem(error);
  }
}

/**
 * Whether something is at this path that must be read as a settings file (and may then be
 * refused: a FIFO is there, and is an error). A dangling link is nothing.
 */
export function settingsFileExistsSync(file: string): boolean {
  try {
    fs.statSync(file);
    return true;
  } catch (error) {
    return !isAbsent(error);
  }
}

/** The same, without blocking (the language server). */
export async function settingsFileExists(file: string): Promise<boolean> {
  try {
    await fsp.stat(file);
    return true;
  } catch (error) {
    return !isAbsent(error);
  }
}

function isAbsent(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeSettings(bytes: Uint8Array): ReadOutcome {
  try {
    return { text: withoutBom(UTF8.decode(bytes)).text };
  } catch {
    return { problem: 'not valid UTF-8' };
  }
}

const SETTINGS_ONLY_REGULAR = 'only regular files are read as settings';

function settingsProblem(error: unknown): ReadOutcome {
  if (error instanceof NotRegularFileError) return { problem: `${error.message}; ${SETTINGS_ONLY_REGULAR}` };
  if (error instanceof TooLargeError) return { problem: error.message };
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return { problem: `${new NotRegularFileError('a directory').message}; ${SETTINGS_ONLY_REGULAR}` };
  // Opening a socket fails (ENXIO) before its kind can be seen on a descriptor.
  if (code === 'ENXIO') return { problem: `${new NotRegularFileError('a socket').message}; ${SETTINGS_ONLY_REGULAR}` };
  if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'no such file or directory', missing: true };
  if (code === 'ELOOP') return { problem: 'a symbolic link that loops' };
  if (code === 'EACCES' || code === 'EPERM') return { problem: 'permission denied' };
  return { problem: code ?? (error instanceof Error ? error.message : String(error)) };
}
