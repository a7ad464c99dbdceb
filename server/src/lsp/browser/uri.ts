/**
 * Browser stand-in of ../uri.ts: in VS Code for the web, documents live in any scheme
 * (vscode-vfs:, file:, memfs:), so a "path" is the URI itself and ./path.ts works on it.
 */
import * as path from './path';

export const URI = {
  toPath(uri: string): string | undefined {
    return /^[a-z][a-z0-9+.-]*:/i.test(uri) && !uri.startsWith('untitled:') ? uri.replace(/[?#].*$/, '') : undefined;
  },
  fromPath(filePath: string): string {
    return filePath;
  },
  relative(folder: string, filePath: string): string {
    return path.relative(folder, filePath);
  },
  sibling(filePath: string, name: string): string {
    return path.join(path.dirname(filePath), name);
  },
  isInside(filePath: string, folder: string): boolean {
    return filePath === folder || filePath.startsWith(`${folder.replace(/\/+$/, '')}/`);
  },
};
