import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** file: URIs and paths. Documents of other schemes (untitled, virtual) have no settings file. */
export const URI = {
  toPath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  },
  fromPath(filePath: string): string {
    return pathToFileURL(filePath).href;
  },
  isInside(filePath: string, folder: string): boolean {
    const relative = path.relative(folder, filePath);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  },
};
