/** What workspace diagnostics lint, and how it reaches the files (Node: the disk; the web: nothing). */

/** Files larger than this are not linted in the background (2 MiB); an open one still is. */
export const MAX_CONFIG_BYTES = 2 * 1024 * 1024;

const CONFIG_FILE = /\.privacy\.jsonc?$/i;

/** A tenant privacy configuration, by its name (as the CLI finds them in a directory). */
export function isConfigFileName(name: string): boolean {
  return CONFIG_FILE.test(name);
}

/** Folders the CLI skips when it searches a directory: `node_modules` and dot-folders. */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

export interface ConfigFileSystem {
  /**
   * The configs under a folder (absolute paths), skipping what the CLI skips and what
   * `excluded` says (given the path relative to the folder, with `/`).
   */
  configFiles(folder: string, excluded: (relative: string) => boolean): AsyncIterable<string>;
  /** A config's text; undefined when it is gone, not a regular file, or too large. */
  readConfig(file: string): Promise<string | undefined>;
}

/**
 * `files.exclude` (glob patterns relative to the workspace folder, each `true` or not) as a
 * test of relative paths. Supports `**`, `*`, `?`, `{a,b}` and `[...]`; a pattern also hides
 * everything under a folder it matches.
 */
export function excludeMatcher(patterns: unknown): (relative: string) => boolean {
  const regexps: RegExp[] = [];
  if (patterns && typeof patterns === 'object') {
    for (const [glob, on] of Object.entries(patterns as Record<string, unknown>)) {
      if (on === true) regexps.push(globToRegExp(glob));
    }
  }
  if (!regexps.length) return () => false;
  return (relative) => regexps.some((re) => re.test(relative));
}

export function globToRegExp(glob: string): RegExp {
  let source = '';
  let inBraces = false;
  const pattern = glob.replace(/^\.\//, '').replace(/\/+$/, '');
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      inBraces = true;
      source += '(?:';
    } else if (c === '}' && inBraces) {
      inBraces = false;
      source += ')';
    } else if (c === ',' && inBraces) source += '|';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) source += '\\[';
      else {
        source += `[${pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else source += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}(?:/.*)?$`);
}
