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
  // The common case without path.relative (which resolves both paths again on every call):
  // a normalized path inside a normalized working directory on a case-sensitive platform.
  if (path.sep === '/' && cwd.length > 1 && !cwd.endsWith('/') && absolutePath.startsWith(cwd) && absolutePath.charCodeAt(cwd.length) === 47) {
    const relative = absolutePath.slice(cwd.length + 1);
    if (relative && !/(^|\/)\.{0,2}(\/|$)|\/\//.test(relative)) return relative;
  }
  return toSlashes(path.relative(cwd, absolutePath));
}
