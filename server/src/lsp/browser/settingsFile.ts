/**
 * Browser stand-in of ../settingsFile.ts: the same search for privacy-lint.config.json (the
 * document's folder, then up to the workspace folder), with the files read by the client
 * through the workspace file system (`tenantPrivacy/readFile`), since a worker has no disk.
 * Paths here are URIs (see ./uri.ts).
 */
import type { Connection } from 'vscode-languageserver/browser';
import { parseSettings, SETTINGS_FILE_NAME, type SettingsParse } from '../../engine';
import { ReadFileRequest, type ReadFileResult } from '../shared/protocol';
import * as path from './path';

export interface SettingsFile extends SettingsParse {
  /** The URI of the privacy-lint.config.json found. */
  path: string;
}

let readFile: (uri: string) => Promise<ReadFileResult> = () => Promise.resolve(null);

/** Files are read by the client on the other end of `connection`. */
export function useClientFiles(connection: Connection): void {
  readFile = (uri) => connection.sendRequest(ReadFileRequest, { uri });
}

export async function findSettingsFile(filePath: string, workspaceFolder: string | undefined): Promise<SettingsFile | undefined> {
  // Without a workspace folder there is no git repository to stop at: only the file's own folder.
  for (let folder = path.dirname(filePath); ; ) {
    const candidate = path.join(folder, SETTINGS_FILE_NAME);
    let read: ReadFileResult;
    try {
      read = await readFile(candidate);
    } catch {
      read = null;
    }
    if (read !== null) return { path: candidate, ...parseSettings(read.text.replace(/^\uFEFF/, '')) };
    const parent = path.dirname(folder);
    if (workspaceFolder === undefined || folder === workspaceFolder || parent === folder || !folder.startsWith(workspaceFolder)) return undefined;
    folder = parent;
  }
}
