/**
 * Browser stand-in of ../settingsFile.ts: the same search for privacy-lint.config.json (the
 * document's folder, then up to the workspace folder), with the files read by the client
 * through the workspace file system (`tenantPrivacy/readFile`), since a worker has no disk.
 * Paths here are URIs (see ./uri.ts).
 */
import type { Connection } from 'vscode-languageserver/browser';
import { parseSettings, withoutBom, type SettingsParse } from '../../engine';
import { ReadFileRequest, type ReadFileResult } from '../shared/protocol';
import { findSettingsFileAsync } from '../../shared/settingsDiscovery';
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
  // Something is there when the client can read it: the text read is kept for the file found.
  const texts = new Map<string, string>();
  const readable = async (uri: string) => {
    let read: ReadFileResult;
    try {
      read = await readFile(uri);
    } catch {
      read = null;
    }
    if (read !== null) texts.set(uri, read.text);
    return read !== null;
  };
  // Without a workspace folder there is no git repository to stop at: only the file's own folder.
  const { file } = await findSettingsFileAsync(filePath, workspaceFolder !== undefined ? { workspace: workspaceFolder } : 'own-folder', path, readable);
  return file === undefined ? undefined : { path: file, ...parseSettings(withoutBom(texts.get(file)!).text) };
}
