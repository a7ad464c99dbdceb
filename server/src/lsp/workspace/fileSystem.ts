import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { isConfigFileName, isSkippedFolder, MAX_CONFIG_BYTES, type ConfigFileSystem } from './configFiles';

/**
 * The configs on disk, for workspace diagnostics (Node). Never blocks the server: every
 * read is asynchronous. Symbolic links are never followed (so nothing outside a folder is
 * reached through one), and only regular files are read, up to MAX_CONFIG_BYTES (a FIFO or
 * a device is opened without blocking and left alone).
 */
export const nodeFileSystem: ConfigFileSystem = {
  async *configFiles(folder, excluded) {
    const pending = [folder];
    while (pending.length) {
      const dir = pending.pop()!;
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        continue; // gone or unreadable: nothing to lint there
      }
      entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        const relative = path.relative(folder, full).split(path.sep).join('/');
        if (entry.isDirectory()) {
          if (!isSkippedFolder(entry.name) && !excluded(relative)) pending.push(full);
        } else if (entry.isFile() && isConfigFileName(entry.name) && !excluded(relative)) {
          yield full;
        }
      }
    }
  },

  async readConfig(file) {
    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
      const stat = await handle.stat();
      if (!stat.isFile() || stat.size > MAX_CONFIG_BYTES) return undefined;
      return await handle.readFile('utf8');
    } catch {
      return undefined;
    } finally {
      await handle?.close().catch(() => undefined);
    }
  },
};
