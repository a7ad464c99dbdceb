import * as path from 'node:path';
import type { Settings, SettingsProblem } from '../engine';
import { UsageError } from './args';
import { displayPath, toSlashes } from './paths';
import { loadSettingsSync, type LoadedSettings } from '../shared/settingsChain';
import { readSettingsFileSync, settingsFileExistsSync } from '../shared/regularFile';
import { findSettingsFileSync } from '../shared/settingsDiscovery';

export interface SettingsFinderOptions {
  cwd: string;
  /** `--config FILE`: replaces discovery; a file that cannot be read is bad usage. */
  configFile?: string;
}

/**
 * Finds each file's settings (SPEC section 6): `privacy-lint.config.json` in the file's
 * folder or the nearest folder above it, stopping at the root of the git repository that
 * holds the file, else at the file system's root. Folders and settings files are cached,
 * so a broken settings file is reported once however many files it governs. The CLI fails
 * closed: `problems` lists every problem of every settings file used, and the run then lints
 * nothing (a lint with the defaults would pass what the organization's policy forbids).
 */
export class SettingsFinder {
  /** The settings file of each folder searched (null: none). */
  private readonly byFolder = new Map<string, string | null>();
  private readonly byFile = new Map<string, Settings>();
  private readonly fixed: Settings | undefined;
  private readonly found: SettingsProblem[] = [];

  constructor(private readonly options: SettingsFinderOptions) {
    if (options.configFile !== undefined) this.fixed = this.loadConfigOption(options.configFile);
  }

  /** Every problem of the settings files read so far, each as `FILE:LINE:COLUMN: message`. */
  get problems(): string[] {
    // A file several settings files extend is read for each; its problems are told once.
    return [
      ...new Set(
        this.found.map((problem) => {
          const where = problem.file === undefined ? '' : `${this.displayPath(problem.file)}:`;
          return `${where}${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.message}`;
        }),
      ),
    ];
  }

  /** The settings for a file, by its absolute path (symlinks not resolved). */
  settingsFor(absolutePath: string): Settings {
    return this.fixed ?? this.discovered(absolutePath);
  }

  private discovered(absolutePath: string): Settings {
    const found = findSettingsFileSync(absolutePath, 'repository', path, settingsFileExistsSync, (known) => this.byFolder.get(known));
    for (const searched of found.folders) this.byFolder.set(searched, found.file ?? null);
    return found.file === undefined ? {} : this.loadFound(found.file);
  }

  private loadFound(file: string): Settings {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const loaded = this.load(file);
    this.byFile.set(file, loaded.settings);
    return loaded.settings;
  }

  private loadConfigOption(given: string): Settings {
    const file = path.resolve(this.options.cwd, given);
    const loaded = this.load(file, false);
    // A --config that cannot be read at all is bad usage, as before; a file with problems is a settings error.
    if (loaded.unreadable !== undefined) throw new UsageError(`--config ${toSlashes(given)}: ${loaded.unreadable}`);
    this.found.push(...loaded.problems);
    return loaded.settings;
  }

  private load(file: string, record = true): LoadedSettings {
    const loaded = loadSettingsSync(file, readSettingsFileSync);
    if (record) this.found.push(...loaded.problems);
    return loaded;
  }

  private displayPath(file: string): string {
    return displayPath(file, this.options.cwd);
  }
}
