import * as path from 'node:path';
import { loadSettingsAsync, type LoadedSettings } from '../shared/settingsChain';
import { readSettingsFile, settingsFileExists } from '../shared/regularFile';
import { findSettingsFileAsync } from '../shared/settingsDiscovery';

/** A settings file, with the files it extends, read and merged (the CLI's very loading: shared/settingsChain.ts). */
export type SettingsFile = LoadedSettings;

/**
 * The settings file that governs a file (SPEC section 6), found as the CLI finds it
 * (shared/settingsDiscovery.ts) but stopping at the workspace folder that holds it; a file
 * outside every workspace folder stops at the root of its git repository, as in the CLI. Reads
 * never block the server: a stat comes first, and only regular files are read, asynchronously.
 */
export async function findSettingsFile(filePath: string, workspaceFolder: string | undefined): Promise<SettingsFile | undefined> {
  const { file } = await findSettingsFileAsync(
    filePath,
    workspaceFolder !== undefined ? { workspace: workspaceFolder } : 'repository',
    path,
    settingsFileExists,
  );
  return file === undefined ? undefined : loadSettingsAsync(file, readSettingsFile);
}
