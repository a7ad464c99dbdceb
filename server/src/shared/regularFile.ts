import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import { MAX_SETTINGS_FILE_BYTES } from '../engine';
import type { ReadOutcome } from './settingsChain';

/**
 * Reads a settings file (SPEC section 6): regular files only, at most MAX_SETTINGS_FILE_BYTES,
 * UTF-8. A FIFO, a device, a folder or a link to one is refused after a stat and before any
 * read, so that no read can hang; the file is opened non-blocking and checked again on the
 * open descriptor, in case it was swapped between the two.
 */

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** The settings file at `file`, read synchronously (the CLI). */
export function readSettingsFileSync(file: string): ReadOutcome {
  try {
    const refused = refusal(fs.statSync(file));
    if (refused) return { problem: refused };
    const fd = fs.openSync(file, OPEN_FLAGS);
    try {
      const stat = fs.fstatSync(fd);
      const again = refusal(stat);
      if (again) return { problem: again };
      const bytes = Buffer.alloc(stat.size);
      let read = 0;
      while (read < bytes.length) {
        const n = fs.readSync(fd, bytes, read, bytes.length - read, read);
        if (n === 0) break;
        read += n;
      }
      return decode(bytes.subarray(0, read));
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    return fsProblem(error);
  }
}

/** The settings file at `file`, read asynchronously (the language server: nothing blocks it). */
export async function readSettingsFile(file: string): Promise<ReadOutcome> {
  try {
    const refused = refusal(await fsp.stat(file));
    if (refused) return { problem: refused };
    const handle = await fsp.open(file, OPEN_FLAGS);
    try {
      const stat = await handle.stat();
      const again = refusal(stat);
      if (again) return { problem: again };
      const bytes = Buffer.alloc(stat.size);
      let read = 0;
      while (read < bytes.length) {
        const { bytesRead } = await handle.read(bytes, read, bytes.length - read, read);
        if (bytesRead === 0) break;
        read += bytesRead;
      }
      return decode(bytes.subarray(0, read));
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fsProblem(error);
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

function refusal(stat: fs.Stats): string | undefined {
  if (!stat.isFile()) return `not a regular file (${kindOf(stat)}); only regular files are read as settings`;
  if (stat.size > MAX_SETTINGS_FILE_BYTES) return `too big (${stat.size} bytes; at most ${MAX_SETTINGS_FILE_BYTES})`;
  return undefined;
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): ReadOutcome {
  try {
    const text = UTF8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { problem: 'not valid UTF-8' };
  }
}

function fsProblem(error: unknown): ReadOutcome {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'no such file or directory', missing: true };
  if (code === 'ELOOP') return { problem: 'a symbolic link that loops' };
  if (code === 'EACCES' || code === 'EPERM') return { problem: 'permission denied' };
  return { problem: code ?? (error instanceof Error ? error.message : String(error)) };
}
