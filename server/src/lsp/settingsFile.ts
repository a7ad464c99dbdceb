import * as path from 'node:path';
import { SETTINGS_FILE_NAME } from '../engine';
import { loadSettingsAsync, type LoadedSettings } from '../shared/settingsChain';
import { readSettingsFile, settingsFileExists } from '../shared/regularFile';

/** A folder holding this is the root of a git repository (a file in worktrees and submodules). */
const GIT_MARKER = '.git';

/** A settings file, with the files it extends, read and merged (the CLI's very loading: shared/settingsChain.ts). */
export type SettingsFile = LoadedSettings;

/**
 * The settings file that governs a file (SPEC section 6): privacy-lint.config.json in its
 * folder or the nearest folder above, stopping at the workspace folder that holds it. A
 * file outside every workspace folder is treated as the CLI treats it: the search stops at
 * the root of its git repository, else at the file system's root. Reads never block the
 * server: a stat comes first, and only regular files are read, asynchronously.
 */
export async function findSettingsFile(filePath: string, workspaceFolder: string | undefined): Promise<SettingsFile | undefined> {
  for (let folder = path.dirname(filePath); ; ) {
    const candidate = path.join(folder, SETTINGS_FILE_NAME);
    if (await settingsFileExists(candidate)) return loadSettingsAsync(candidate, readSettingsFile);
    const parent = path.dirname(folder);
    const stop = workspaceFolder !== undefined ? folder === workspaceFolder : await settingsFileExists(path.join(folder, GIT_MARKER));
    if (stop || parent === folder) return undefined;
    folder = parent;
  }
}
