import * as path from 'node:path';

/** Paths in reports use `/`, whatever the platform. */
export function toSlashes(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/** Whether a path made by `path.relative` leaves its base directory. */
export function isOutside(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

/** A path for messages: relative to the working directory when inside it, else absolute. */
export function displayPath(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  return toSlashes(relative && !isOutside(relative) ? relative : absolutePath);
}

/**
 * A path relative to the working directory, `/` separators, `..` when outside it (an
 * absolute path only on another drive): what fingerprints and baselines name a file by.
 */
export function relativeToCwd(absolutePath: string, cwd: string): string {
  return toSlashes(path.relative(cwd, absolutePath));
}
