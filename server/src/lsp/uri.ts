import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** file: URIs and paths. Documents of other schemes (untitled, virtual) have no settings file. */
export const URI = {
  toPath(this: void, uri: string): string | undefined {
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
  /** The path of a file relative to a folder that holds it, with `/`. */
  relative(folder: string, filePath: string): string {
    return path.relative(folder, filePath).split(path.sep).join('/');
  },
  /** A file of that name in the folder of `filePath`. */
  sibling(filePath: string, name: string): string {
    return path.join(path.dirname(filePath), name);
  },
  isInside(filePath: string, folder: string): boolean {
    const relative = path.relative(folder, filePath);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  },
};
