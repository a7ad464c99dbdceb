import { defaultEditionOf, type LintOptions, type RuleMeta, type Settings } from '../engine';
import type { CliOptions } from './args';
import { discoverFiles, type FoundFile } from './discover';
import { describeFsError } from './fsErrors';
import { relativeToCwd } from './paths';
import { readSourceFile, readSourceText, type ReadSource, type SourceText } from './sourceFile';
import { readStdinSource, stdinFile } from './stdin';

/** A file to lint and how to read it. */
export interface Input {
  found: FoundFile;
  /** The text; and, for a file on disk with `--fix`, what `--fix` needs to replace it safely. */
  read: () => { source: SourceText; onDisk?: ReadSource };
}

/** What a run knows before it lints: its inputs, each one's settings, its date, and where failures go. */
export interface RunInputs {
  options: CliOptions;
  cwd: string;
  inputs: readonly Input[];
  /** The settings of each input, by index. */
  settingsOf: readonly Settings[];
  /** The run's date (`--today`, else the local date): one for the whole run. */
  today: string;
  /** Tells a failure on stderr; the exit code is then 2. */
  fail: (line: string) => void;
  /** Whether a failure was told. */
  failed: () => boolean;
}

/** An input read, with what linting it needs. */
export interface ReadInput {
  found: FoundFile;
  source: SourceText;
  /** For a file on disk: its bytes and stat, for `--fix`. */
  onDisk?: ReadSource;
  lintOptions: LintOptions;
  /** The organization's policies it is linted with, for the report; undefined when none. */
  policies?: readonly RuleMeta[];
  /** Its path relative to the working directory (fingerprints). */
  relativePath: string;
}

/** The files of the paths (read one at a time, when linted), or standard input; a path that cannot be read is told with `fail`. */
export function collectInputs(
  options: CliOptions,
  cwd: string,
  readStdin: () => Uint8Array,
  fail: (line: string) => void,
): { inputs: Input[]; roots: string[] } {
  if (options.stdin) {
    const found = stdinFile(options.stdinFilename, cwd);
    const source = readStdinSource(readStdin, found.file);
    return { inputs: [{ found, read: () => ({ source }) }], roots: [] };
  }
  const { files, errors, roots } = discoverFiles(options.paths, cwd);
  for (const error of errors) fail(`${error.file}: ${error.message}`);
  return {
    inputs: files.map((found) => ({
      found,
      read: () => {
        // The bytes only for `--fix`: kept while the file is linted, they would hold as much
        // memory again as the text (7.9 MB for a 7.9 MB file); without, the text is read at once.
        if (!options.fix) return { source: readSourceText(found.absolutePath) };
        const onDisk = readSourceFile(found.absolutePath);
        return { source: onDisk.source, onDisk };
      },
    })),
    roots,
  };
}

/**
 * Reads each input in turn and hands it to `visit`. A file that cannot be read is told and
 * skipped; an exception while visiting one is an internal error, told, and the run goes on.
 */
export function forEachInput(run: RunInputs, visit: (input: ReadInput) => void): void {
  const { options } = run;
  for (let index = 0; index < run.inputs.length; index++) {
    const { found, read } = run.inputs[index];
    let readSource: { source: SourceText; onDisk?: ReadSource };
    try {
      readSource = read();
    } catch (error) {
      run.fail(`${found.file}: ${describeFsError(error)}`);
      continue;
    }
    const settings = run.settingsOf[index];
    const lintOptions: LintOptions = {
      defaultEdition: defaultEditionOf(options.edition, settings.edition).edition,
      rules: settings.rules,
      ruleOptions: settings.ruleOptions,
      policies: settings.policies,
      today: run.today,
      dataMap: options.format === 'html',
    };
    const policies = settings.policies?.map((policy) => policy.meta);
    try {
      visit({ found, ...readSource, lintOptions, policies, relativePath: relativeToCwd(found.absolutePath, run.cwd) });
    } catch (error) {
      run.fail(`internal error while linting ${found.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
