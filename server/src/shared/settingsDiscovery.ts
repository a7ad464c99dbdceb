import { SETTINGS_FILE_NAME } from '../engine';

/**
 * Finding the settings file that governs a file (SPEC section 6), written once for every front
 * end: privacy-lint.config.json in the file's folder or the nearest folder above it, up to a
 * limit. The CLI asks the disk synchronously, the language server asynchronously, the browser
 * server its client: the search is a generator that yields each path whose presence decides it
 * and receives whether something is there, and the drivers below answer with the one or the
 * other. Paths are the front end's own (file paths, or URIs in the browser): only `dirname` and
 * `join` are used, given by the caller.
 */

/** A folder holding this (a folder, or a file in worktrees and submodules) is the root of a git repository. */
export const REPOSITORY_MARKER = '.git';

/**
 * Where the search stops. `workspace`: at that folder (the editor); `repository`: at the root of
 * the git repository that holds the file, else at the file system's root (the CLI, and the
 * editor for a file outside every workspace folder); `own-folder`: the file's folder only
 * (the browser, for a file outside every workspace folder: there is no repository to stop at).
 */
export type SearchLimit = { workspace: string } | 'repository' | 'own-folder';

/** The path functions of the file system searched. */
export interface SearchPaths {
  dirname(p: string): string;
  join(...parts: string[]): string;
}

/** The search's answer for a file. */
export interface SearchResult {
  /** The settings file found, or undefined (the defaults apply). */
  file: string | undefined;
  /** Every folder looked in, nearest first: the answer holds for a file in any of them (a cache may keep it). */
  folders: string[];
}

/**
 * The steps of the search for the settings file of `filePath`: yields each path to test and
 * receives whether something is there (a dangling link is nothing; a FIFO is something, and is
 * then refused when read). `known` answers for a folder already searched (a cache), with the
 * settings file's path, null for none, or undefined when it does not know.
 */
export function* settingsFileSearch(
  filePath: string,
  limit: SearchLimit,
  paths: SearchPaths,
  known: (folder: string) => string | null | undefined = () => undefined,
): Generator<string, SearchResult, boolean> {
  const folders: string[] = [];
  for (let folder = paths.dirname(filePath); ;) {
    const cached = known(folder);
    if (cached !== undefined) return { file: cached ?? undefined, folders };
    folders.push(folder);
    const candidate = paths.join(folder, SETTINGS_FILE_NAME);
    if (yield candidate) return { file: candidate, folders };
    const parent = paths.dirname(folder);
    if (parent === folder || limit === 'own-folder') return { file: undefined, folders };
    if (typeof limit === 'object' ? folder === limit.workspace || !folder.startsWith(limit.workspace) : yield paths.join(folder, REPOSITORY_MARKER)) {
      return { file: undefined, folders };
    }
    folder = parent;
  }
}

/** Runs the search with a synchronous test of a path (the CLI). */
export function findSettingsFileSync(
  filePath: string,
  limit: SearchLimit,
  paths: SearchPaths,
  exists: (file: string) => boolean,
  known?: (folder: string) => string | null | undefined,
): SearchResult {
  const steps = settingsFileSearch(filePath, limit, paths, known);
  for (let step = steps.next(); ;) {
    if (step.done) return step.value;
    step = steps.next(exists(step.value));
  }
}

/** Runs the search with an asynchronous test of a path (the language server: nothing blocks it). */
export async function findSettingsFileAsync(
  filePath: string,
  limit: SearchLimit,
  paths: SearchPaths,
  exists: (file: string) => Promise<boolean>,
  known?: (folder: string) => string | null | undefined,
): Promise<SearchResult> {
  const steps = settingsFileSearch(filePath, limit, paths, known);
  for (let step = steps.next(); ;) {
    if (step.done) return step.value;
    step = steps.next(await exists(step.value));
  }
}
