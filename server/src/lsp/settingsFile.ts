import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { parseSettings, SETTINGS_FILE_NAME, type SettingsParse } from '../engine';

/** A folder holding this is the root of a git repository (a file in worktrees and submodules). */
const GIT_MARKER = '.git';

export interface SettingsFile extends SettingsParse {
  /** Absolute path of the privacy-lint.config.json found. */
  path: string;
}

/**
 * The settings file that governs a file (SPEC section 6): privacy-lint.config.json in its
 * folder or the nearest folder above, stopping at the workspace folder that holds it. A
 * file outside every workspace folder is treated as the CLI treats it: the search stops at
 * the root of its git repository, else at the file system's root.
 */
export async function findSettingsFile(filePath: string, workspaceFolder: string | undefined): Promise<SettingsFile | undefined> {
  for (let folder = path.dirname(filePath); ; ) {
    const candidate = path.join(folder, SETTINGS_FILE_NAME);
    const read = await readText(candidate);
    if (read !== undefined) return { path: candidate, ...(typeof read === 'string' ? parseSettings(read) : read) };
    const parent = path.dirname(folder);
    const stop = workspaceFolder !== undefined ? folder === workspaceFolder : await exists(path.join(folder, GIT_MARKER));
    if (stop || parent === folder) return undefined;
    folder = parent;
  }
}

/** The file's text; undefined when there is no such file; a problem when it exists but cannot be read. */
async function readText(file: string): Promise<string | SettingsParse | undefined> {
  try {
    return (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    // Unreadable (permissions): reported like a broken file, and linting goes on with the defaults.
    const start = { line: 0, character: 0 };
    return { settings: {}, problems: [{ message: `The settings file cannot be read (${code ?? String(error)}).`, offset: 0, length: 0, range: { start, end: start } }] };
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
