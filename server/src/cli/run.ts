import { localDate } from '../engine';
import type { CliOptions } from './args';
import { loadBaseline } from './applyBaseline';
import type { ExitCode } from './exitCode';
import { fileByFileFormatterFor } from './formatters';
import { noteCompiledParts } from './compiledParts';
import { collectInputs, type RunInputs } from './inputs';
import { checkOutputTargets } from './outputTargets';
import { runByFile } from './runByFile';
import { runCompare } from './runCompare';
import { runWhole } from './runWhole';
import { SettingsFinder } from './settingsFinder';

/** What `run` may touch of the process; tests and main pass the real one. */
export interface RunEnvironment {
  cwd: string;
  /** privacy-lint's version (SARIF). */
  version: string;
  /** Colour for stylish output on stdout. */
  color: boolean;
  stdout: (text: string | Uint8Array) => void;
  /** One line, without the `privacy-lint: ` prefix or a newline. */
  stderr: (line: string) => void;
  /** All of standard input; called only with `--stdin`. */
  readStdin: () => Uint8Array;
  /** Writes a report on stderr as it is (`--stdin --fix` without `-o`). */
  stderrReport: (text: string) => void;
  /** Colour for stylish output on stderr. */
  stderrColor: boolean;
}

/**
 * Lints (or fixes, or compares) the files the options name, prints the report and returns
 * the exit code. A path or file that cannot be read is reported on stderr and skipped;
 * the report of the others is still printed, and the exit code is then 2. A baseline that
 * cannot be read, or standard input that is not UTF-8, is bad usage: thrown as UsageError
 * before anything is linted.
 */
export function run(options: CliOptions, env: RunEnvironment): ExitCode {
  let failed = false;
  const fail = (line: string) => {
    failed = true;
    env.stderr(line);
  };
  const baseline = options.baseline !== undefined ? loadBaseline(options.baseline, env.cwd) : undefined;
  const finder = new SettingsFinder({ cwd: env.cwd, configFile: options.config });
  const { inputs, roots } = collectInputs(options, env.cwd, env.readStdin, fail);
  checkOutputTargets(
    options,
    inputs.map((input) => input.found),
    roots,
    env.cwd,
  );
  // Every file's settings first: a settings file with a problem fails the run closed (SPEC
  // section 6), before anything is linted, since the defaults would pass what it forbids.
  const settingsOf = inputs.map(({ found }) => finder.settingsFor(found.absolutePath));
  if (finder.problems.length) {
    for (const line of finder.problems) env.stderr(line);
    env.stderr(
      `nothing was linted: fix the settings ${finder.problems.length === 1 ? 'problem' : 'problems'} above (a broken settings file is never replaced by the defaults)`,
    );
    return 2;
  }
  noteCompiledParts(options, settingsOf);
  // One date for the whole run, so that a run that crosses midnight judges every file alike.
  const runInputs: RunInputs = { options, cwd: env.cwd, inputs, settingsOf, today: options.today ?? localDate(new Date()), fail, failed: () => failed };
  if (options.compareEditions) return runCompare(runInputs, env);
  const known = baseline && new Set(baseline.entries.map((entry) => entry.fingerprint));
  const byFile = fileByFileFormat(options);
  return byFile ? runByFile(runInputs, env, byFile, known) : runWhole(runInputs, env, baseline, known);
}

/**
 * The file-by-file form of the report's format, when the report can be written so: a lint of
 * paths (not standard input, which is one file, maybe fixed) that writes or prunes no baseline.
 */
function fileByFileFormat(options: CliOptions) {
  if (options.stdin || options.writeBaseline !== undefined || options.pruneBaseline) return undefined;
  return fileByFileFormatterFor(options.format);
}
