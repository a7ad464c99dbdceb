import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixAll, lint, type LintOptions, type LintResult } from '../engine';
import type { FoundFile } from './discover';
import { describeFsError } from './fsErrors';
import { displayPath } from './paths';
import { encodeSource, type ReadSource } from './sourceFile';
import { readRegularFile } from '../shared/regularFile';
import { removeQuietly, temporaryNameBeside } from './writeAtomic';

export interface FixOutcome {
  /** What is left to report: the fixed text's diagnostics, or the original's when the file was not written. */
  result: LintResult;
  /** Whether the file was rewritten. */
  written: boolean;
  /** Why the fixed text was not written (the rest of a line after the file's name); the file is then unchanged. */
  notWritten?: string;
}

/** Why a fix is not written: a file that must be left as it is. */
class LeftAlone extends Error {}

/**
 * `--fix` for one file: the engine applies preferred fixes to a fixpoint; the file is replaced
 * atomically, byte order mark restored, only when the text changed, and only when replacing it
 * keeps what the file is (see replaceFixedFile).
 */
export function fixFile(found: FoundFile, read: ReadSource, options: LintOptions, cwd: string): FixOutcome {
  const fixed = fixAll(read.source.text, options);
  if (fixed.text === read.source.text) return { result: fixed.result, written: false };
  try {
    if (!found.insideGiven) {
      throw new LeftAlone(
        `not fixed: it is reached through a symbolic link, and its real path ${displayPath(found.realPath, cwd)} lies outside the folders given; ` +
          'privacy-lint writes only inside them (name that file or its folder to fix it)',
      );
    }
    replaceFixedFile(found.realPath, encodeSource({ text: fixed.text, bom: read.source.bom }), read);
  } catch (error) {
    const why = error instanceof LeftAlone ? error.message : `cannot write the fixed file (${describeFsError(error)}); left unchanged`;
    return { result: lint(read.source.text, options), written: false, notWritten: why };
  }
  return { result: fixed.result, written: true };
}

const euid = () => (process.geteuid ? process.geteuid() : -1);
const egid = () => (process.getegid ? process.getegid() : -1);
const octal = (mode: number) => `0${(mode & 0o7777).toString(8).padStart(3, '0')}`;

/**
 * Replaces a fixed file, keeping what it is: its owner and group (a temporary file made as root
 * would otherwise belong to root), its mode, and its hard links. A file that cannot be replaced
 * so is left alone with a reason (thrown as LeftAlone):
 *
 * - a read-only file (no write permission for its owner): the owner said "do not change it",
 *   which root would otherwise ignore;
 * - a file with more than one hard link: a new file would leave the other names with the old text;
 * - a file whose owner cannot be kept (not running as root);
 * - a file that changed since it was read (its size, time or bytes): that change would be lost.
 *
 * The temporary file has a short name of its own (`.plfix-XXXXXXXX.tmp`, never derived from
 * the file's name, which may already be as long as a name can be), in the same folder.
 */
export function replaceFixedFile(target: string, data: Buffer, read: ReadSource): void {
  const before = read.stat;
  if ((before.mode & 0o200) === 0) {
    throw new LeftAlone(`not fixed: the file is read-only (mode ${octal(before.mode)}); make it writable for its owner to fix it`);
  }
  if (before.nlink > 1) {
    throw new LeftAlone(
      `not fixed: the file has ${before.nlink} hard links, which a replaced file would no longer share; fix it by hand or remove the other links`,
    );
  }
  const temporary = temporaryNameBeside(target, 'plfix');
  const fd = fs.openSync(temporary, 'wx', 0o600);
  let renamed = false;
  try {
    try {
      fs.writeFileSync(fd, data);
      if (before.uid !== euid() || before.gid !== egid()) {
        try {
          fs.fchownSync(fd, before.uid, before.gid);
        } catch (error) {
          throw new LeftAlone(`not fixed: its owner and group (${before.uid}:${before.gid}) could not be kept (${describeFsError(error)})`);
        }
      }
      // After fchown, which clears set-user-ID and set-group-ID bits.
      fs.fchmodSync(fd, before.mode & 0o7777);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    assertUnchanged(target, read);
    fs.renameSync(temporary, target);
    renamed = true;
  } finally {
    if (!renamed) removeQuietly(temporary);
  }
}

/** The file at `target` is still the one read: same folder, file, size, time and bytes. */
function assertUnchanged(target: string, read: ReadSource): void {
  const changed = () => new LeftAlone('not fixed: the file changed while privacy-lint ran, and that change would be lost; run privacy-lint --fix again');
  const folder = path.dirname(target);
  if (fs.realpathSync(folder) !== folder) throw changed();
  let now: fs.Stats;
  try {
    now = fs.lstatSync(target);
  } catch {
    throw changed();
  }
  const before = read.stat;
  if (!now.isFile() || now.dev !== before.dev || now.ino !== before.ino || now.size !== before.size || now.mtimeMs !== before.mtimeMs) throw changed();
  let same: boolean;
  try {
    same = readRegularFile(target, before.size).bytes.equals(read.bytes);
  } catch {
    same = false;
  }
  if (!same) throw changed();
}
