import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeFsError } from './fsErrors';
import { isOutside, toSlashes } from './paths';

/** A file to lint. */
export interface FoundFile {
  /** The path for the report: as given, or the given directory joined with the path found in it; `/` separators. */
  file: string;
  /** Absolute, symlinks not resolved: settings are found from here. */
  absolutePath: string;
  /** Absolute, symlinks resolved: files are de-duplicated by it and written through it. */
  realPath: string;
  /**
   * Whether `--fix` may replace the file: its real path lies in a folder given on the command
   * line, or it was named by a path that passes through no symbolic link. A file named through a
   * link to somewhere else is linted, never written (SPEC section 9, "Untrusted input").
   */
  insideGiven: boolean;
}

/** A path that could not be read; main prints it on stderr and exits 2. */
export interface PathError {
  file: string;
  message: string;
}

export interface Discovery {
  files: FoundFile[];
  errors: PathError[];
  /** The real paths of the folders given: nothing outside them is searched or fixed. */
  roots: string[];
}

const SKIPPED_FOLDER = 'node_modules';

/** Whether a directory search lints this file name. */
export function isPrivacyConfigName(name: string): boolean {
  return (name.endsWith('.privacy.json') && name.length > '.privacy.json'.length) || (name.endsWith('.privacy.jsonc') && name.length > '.privacy.jsonc'.length);
}

export function isSkippedFolder(name: string): boolean {
  return name === SKIPPED_FOLDER || name.startsWith('.');
}

/** Whether a real path is one of the real folders given or lies inside one. */
export function isInsideRoots(realPath: string, roots: readonly string[]): boolean {
  for (const root of roots) {
    if (realPath === root) return true;
    const prefix = root.endsWith(path.sep) ? root : root + path.sep;
    if (realPath.startsWith(prefix)) return true;
  }
  return false;
}

/** Ordinal comparison, so that the order does not depend on the locale. */
function byPath(a: FoundFile, b: FoundFile): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * Finds the files to lint: the paths in the order given, each directory's files sorted by
 * path. A repository is untrusted input, so a search never leaves the folders given: a
 * symbolic link is followed only when what it reaches (its real path) lies inside one of the
 * folders given (a link out of them is skipped, silently, like a special file); a directory
 * already visited (by real path) is not searched again, so a symlink loop ends. A file found
 * twice is linted once.
 */
export function discoverFiles(paths: readonly string[], cwd: string): Discovery {
  const files: FoundFile[] = [];
  const errors: PathError[] = [];
  const seenFiles = new Set<string>();
  const visitedDirectories = new Set<string>();
  const add = (found: FoundFile) => {
    if (seenFiles.has(found.realPath)) return;
    seenFiles.add(found.realPath);
    files.push(found);
  };

  // Every folder given first: a link in one of them may lead into another.
  const given = paths.map((p) => {
    const absolutePath = path.resolve(cwd, p);
    try {
      const stat = fs.statSync(absolutePath);
      return { p, absolutePath, stat, realPath: stat.isDirectory() || stat.isFile() ? fs.realpathSync(absolutePath) : absolutePath };
    } catch (error) {
      return { p, absolutePath, error };
    }
  });
  const roots = [...new Set(given.flatMap((g) => (g.stat?.isDirectory() ? [g.realPath] : [])))];

  for (const g of given) {
    const file = toSlashes(g.p);
    if (!g.stat) {
      errors.push({ file, message: describeFsError(g.error) });
    } else if (g.stat.isFile()) {
      add({
        file,
        absolutePath: g.absolutePath,
        realPath: g.realPath,
        insideGiven: isInsideRoots(g.realPath, roots) || namedWithoutLink(g.absolutePath, g.realPath, cwd),
      });
    } else if (g.stat.isDirectory()) {
      const found: FoundFile[] = [];
      searchDirectory(g.absolutePath, g.p, found, errors, visitedDirectories, roots);
      found.sort(byPath).forEach(add);
    } else {
      errors.push({ file, message: 'not a regular file or directory' });
    }
  }
  return { files, errors, roots };
}

/**
 * Whether a file named on the command line was named without a symbolic link that the
 * repository could have planted: no link below the working directory on the way to it (a
 * folder typed outside the working directory is the user's own; the file itself must then not
 * be a link).
 */
function namedWithoutLink(absolutePath: string, realPath: string, cwd: string): boolean {
  if (realPath === absolutePath) return true;
  try {
    const relative = path.relative(cwd, absolutePath);
    if (relative && !isOutside(relative)) return realPath === path.join(fs.realpathSync(cwd), relative);
    return realPath === path.join(fs.realpathSync(path.dirname(absolutePath)), path.basename(absolutePath));
  } catch {
    return false;
  }
}

function searchDirectory(
  absoluteDir: string,
  displayDir: string,
  found: FoundFile[],
  errors: PathError[],
  visited: Set<string>,
  roots: readonly string[],
): void {
  let entries: fs.Dirent[];
  let realDir: string;
  try {
    realDir = fs.realpathSync(absoluteDir);
    // Checked for every folder, not only for links: a folder swapped for a link after it was listed is caught here.
    if (!isInsideRoots(realDir, roots)) return;
    if (visited.has(realDir)) return;
    visited.add(realDir);
    // Sorted, so that which of two routes to one folder is searched does not depend on the file system.
    entries = fs.readdirSync(realDir, { withFileTypes: true }).sort(byName);
  } catch (error) {
    errors.push({ file: toSlashes(displayDir), message: describeFsError(error) });
    return;
  }
  // An entry's paths are its folder's plus its name (never "." or "..", never a separator):
  // the folder's part is made once, not a path.join per entry (thousands of files in a folder).
  const absolutePrefix = childPrefix(absoluteDir);
  const displayPrefix = childPrefix(displayDir);
  const realPrefix = childPrefix(realDir);
  const slashedPrefix = toSlashes(displayPrefix);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const name = entry.name;
    const isLink = entry.isSymbolicLink();
    let isDirectory = !isLink && entry.isDirectory();
    let isFile = !isLink && entry.isFile();
    if (isLink) {
      // Only a link to a folder (which searchDirectory checks) or to a file we would lint matters.
      try {
        const target = fs.statSync(realPrefix + name);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        // A dangling link is only worth an error when it looks like a file we would lint.
        if (isPrivacyConfigName(name)) errors.push({ file: slashedPrefix + toSlashes(name), message: describeFsError(error) });
        continue;
      }
    }
    if (isDirectory) {
      if (!isSkippedFolder(name)) searchDirectory(absolutePrefix + name, displayPrefix + name, found, errors, visited, roots);
    } else if (isFile && isPrivacyConfigName(name)) {
      try {
        // A plain file's real path is its real folder's path plus its name: no system call per file.
        const realPath = isLink ? fs.realpathSync(realPrefix + name) : realPrefix + name;
        // A link to a file outside the folders given is skipped: never linted from here, never fixed.
        if (isLink && !isInsideRoots(realPath, roots)) continue;
        found.push({ file: slashedPrefix + toSlashes(name), absolutePath: absolutePrefix + name, realPath, insideGiven: true });
      } catch (error) {
        errors.push({ file: slashedPrefix + toSlashes(name), message: describeFsError(error) });
      }
    }
  }
}

function byName(a: fs.Dirent, b: fs.Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * What `path.join(dir, name)` puts before `name`, for any name that is not "." or ".." and
 * holds no separator: "" for ".", "x/" for "x" or "./x/", "/" for "/".
 */
export function childPrefix(dir: string): string {
  return path.join(dir, '_').slice(0, -1);
}
