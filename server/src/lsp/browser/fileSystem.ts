/**
 * Browser stand-in of ../workspace/fileSystem.ts: a web worker cannot list the workspace,
 * so workspace diagnostics cover open documents only in VS Code for the web.
 */
import type { ConfigFileSystem } from '../workspace/configFiles';

export const nodeFileSystem: ConfigFileSystem = {
  // No files to list.
  async *configFiles() {},
  readConfig: () => Promise.resolve(undefined),
};
