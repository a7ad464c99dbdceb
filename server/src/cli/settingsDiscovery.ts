import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSettings, SETTINGS_FILE_NAME, type Settings } from '../engine';
import { UsageError } from './args';
import { describeFsError } from './fsErrors';
import { readSource } from './readFile';
import { displayPath, toSlashes } from './paths';

/** A folder holding this marks the root of a git repository (a file in worktrees and submodules). */
const GIT_MARKER = '.git';

export interface SettingsFinderOptions {
  cwd: string;
  /** `--config FILE`: replaces discovery; a file that cannot be read is bad usage. */
  configFile?: string;
  /** Prints a line on stderr (main adds the `privacy-lint: ` prefix). */
  warn: (line: string) => void;
}

/**
 * Finds each file's settings (SPEC section 6): `privacy-lint.config.json` in the file's
 * folder or the nearest folder above it, stopping at the root of the git repository that
 * holds the file, else at the file system's root. Folders and settings files are cached,
 * so a broken settings file is reported once however many files it governs.
 */
export class SettingsFinder {
  private readonly byFolder = new Map<string, Settings>();
  private readonly byFile = new Map<string, Settings>();
  private readonly fixed: Settings | undefined;

  constructor(private readonly options: SettingsFinderOptions) {
    if (options.configFile !== undefined) this.fixed = this.loadConfigOption(options.configFile);
  }

  /** The settings for a file, by its absolute path (symlinks not resolved). */
  settingsFor(absolutePath: string): Settings {
    return this.fixed ?? this.settingsOfFolder(path.dirname(absolutePath));
  }

  private settingsOfFolder(folder: string): Settings {
    const chain: string[] = [];
    let settings: Settings | undefined;
    for (let current = folder; ; ) {
      const cached = this.byFolder.get(current);
      if (cached) {
        settings = cached;
        break;
      }
      chain.push(current);
      const candidate = path.join(current, SETTINGS_FILE_NAME);
      if (fs.existsSync(candidate)) {
        settings = this.loadFound(candidate);
        break;
      }
      const parent = path.dirname(current);
      if (fs.existsSync(path.join(current, GIT_MARKER)) || parent === current) break;
      current = parent;
    }
    settings ??= {};
    for (const visited of chain) this.byFolder.set(visited, settings);
    return settings;
  }

  private loadFound(file: string): Settings {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    let settings: Settings = {};
    try {
      settings = this.parse(readSource(file).text, this.displayPath(file));
    } catch (error) {
      this.options.warn(`${this.displayPath(file)}: cannot be read (${describeFsError(error)}); using the default settings`);
    }
    this.byFile.set(file, settings);
    return settings;
  }

  private loadConfigOption(given: string): Settings {
    let text: string;
    try {
      text = readSource(path.resolve(this.options.cwd, given)).text;
    } catch (error) {
      throw new UsageError(`--config ${toSlashes(given)}: ${describeFsError(error)}`);
    }
    return this.parse(text, toSlashes(given));
  }

  private parse(text: string, display: string): Settings {
    const { settings, problems } = parseSettings(text);
    if (problems.length) {
      const [first] = problems;
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
      const where = `${display}:${first.range.start.line + 1}:${first.range.start.character + 1}`;
      this.options.warn(`${where}: ${first.message.replace(/\.$/, '')}${more}; using the default settings`);
    }
    return settings;
  }

  private displayPath(file: string): string {
    return displayPath(file, this.options.cwd);
  }
}
