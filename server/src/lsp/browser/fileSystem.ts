/**
 * Browser stand-in of ../workspace/fileSystem.ts: a web worker cannot list the workspace,
 * so workspace diagnostics cover open documents only in VS Code for the web.
 */
import type { ConfigFileSystem } from '../workspace/configFiles';

export const nodeFileSystem: ConfigFileSystem = {
  // eslint-disable-next-line require-yield
  async *configFiles() {
    return;
  },
  async readConfig() {
    return undefined;
  },
};
