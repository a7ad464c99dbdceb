import * as path from 'node:path';
import { fixAll, lint, localDate, type LintOptions, type LintResult } from '../engine';
import type { CliOptions } from './args';
import { loadBaseline, markBaseline, pruneBaseline, writeBaseline } from './applyBaseline';
import { compareFile } from './compare';
import { discoverFiles, type FoundFile } from './discover';
import { countProblems, exitCode, type ExitCode, type ProblemCounts } from './exitCode';
import { withFingerprints } from './fingerprint';
import { fixFile } from './fix';
import { fileByFileFormatterFor, formatterFor, type FormatOptions } from './formatters';
import { describeFsError } from './fsErrors';
import { relativeToCwd } from './paths';
import { checkOutputTargets } from './outputTargets';
import { encodeSource, readSourceFile, type ReadSource, type SourceText } from './readFile';
import type { FileComparison, FileReport, Report } from './report';
import { SettingsFinder } from './settingsDiscovery';
import { ReportOutput } from './reportOutput';
import { readStdinSource, stdinFile } from './stdin';
import { writeFileAtomic } from './writeAtomic';

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

/** A file to lint and how to read it. */
interface Input {
  found: FoundFile;
  /** The text; and, for a file on disk, what `--fix` needs to replace it safely. */
  read: () => { source: SourceText; onDisk?: ReadSource };
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
  const { inputs, roots } = collectInputs(options, env, fail);
  checkOutputTargets(options, inputs.map((input) => input.found), roots, env.cwd);
  // Every file's settings first: a settings file with a problem fails the run closed (SPEC
  // section 6), before anything is linted, since the defaults would pass what it forbids.
  const settingsOf = inputs.map(({ found }) => finder.settingsFor(found.absolutePath));
  if (finder.problems.length) {
    for (const line of finder.problems) env.stderr(line);
    env.stderr(`nothing was linted: fix the settings ${finder.problems.length === 1 ? 'problem' : 'problems'} above (a broken settings file is never replaced by the defaults)`);
    return 2;
  }

  // One date for the whole run, so that a run that crosses midnight judges every file alike.
  const today = options.today ?? localDate();
  const linted: FileReport[] = [];
  const compared: FileComparison[] = [];
  let fixedStdin: Uint8Array | undefined;
  // A report that needs nothing of the other files (no baseline to write or prune) is written a
  // file at a time when its format allows: each file's part is made as soon as it is linted.
  const byFile = filesOneByOne(options);
  const known = baseline && new Set(baseline.entries.map((entry) => entry.fingerprint));
  const parts: string[] = [];
  const counts: ProblemCounts = { errors: 0, warnings: 0, infos: 0 };
  const formatOptions: FormatOptions = { color: options.output === undefined && env.color, cwd: env.cwd, version: env.version };
  // Written as it is made, when the format can: to stdout in chunks (the run keeps no report text), or kept for -o.
  const output = byFile?.writer && new ReportOutput(options.output === undefined ? env.stdout : undefined);
  const writer = output && byFile.writer!(output.write, formatOptions);
  for (let index = 0; index < inputs.length; index++) {
    const { found, read } = inputs[index];
    let readSource: { source: SourceText; onDisk?: ReadSource };
    try {
      readSource = read();
    } catch (error) {
      fail(`${found.file}: ${describeFsError(error)}`);
      continue;
    }
    const source = readSource.source;
    const settings = settingsOf[index];
    const lintOptions: LintOptions = {
      defaultEdition: options.edition ?? settings.edition, rules: settings.rules, ruleOptions: settings.ruleOptions, policies: settings.policies, today, dataMap: options.format === 'html',
    };
    const policies = settings.policies?.map((policy) => policy.meta);
    const relativePath = relativeToCwd(found.absolutePath, env.cwd);
    try {
      if (options.compareEditions) {
        compared.push({ ...compareFile(found, relativePath, source, lintOptions), ...(policies ? { policies } : {}) });
        continue;
      }
      let result: LintResult;
      if (options.fix && options.stdin) {
        const fixed = fixAll(source.text, lintOptions);
        fixedStdin = encodeSource({ text: fixed.text, bom: source.bom });
        result = fixed.result;
      } else if (options.fix && readSource.onDisk) {
        const outcome = fixFile(found, readSource.onDisk, lintOptions, env.cwd);
        if (outcome.notWritten) fail(`${found.file}: ${outcome.notWritten}`);
        result = outcome.result;
      } else {
        result = lint(source.text, lintOptions);
      }
      const file: FileReport = { file: found.file, absolutePath: found.absolutePath, edition: result.edition, diagnostics: withFingerprints(relativePath, result.diagnostics), ...(policies ? { policies } : {}), dataMap: result.dataMap };
      if (byFile) {
        const marked = known ? markBaseline([file], known)[0] : file;
        countProblems(marked.diagnostics, counts);
        if (writer) writer.file(marked);
        else parts.push(byFile.file(marked, formatOptions));
      } else {
        linted.push(file);
      }
    } catch (error) {
      fail(`internal error while linting ${found.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  if (writer) {
    writer.finish();
    if (options.output === undefined) output.flush();
    else deliver(output.text(), options.output, env.stdout, env, fail);
    return exitCode({ counts, maxWarnings: options.maxWarnings, failed });
  }
  if (byFile) {
    deliver(byFile.finish(parts, formatOptions), options.output, env.stdout, env, fail);
    return exitCode({ counts, maxWarnings: options.maxWarnings, failed });
  }

  let files = linted;
  if (options.writeBaseline !== undefined) {
    const written = writeBaseline(options.writeBaseline, files, env.cwd, failed, fail);
    // What was just recorded is reported as --baseline would report it: nothing is new.
    if (written) files = markBaseline(files, written);
  } else if (known) {
    files = markBaseline(files, known);
  }

  if (options.pruneBaseline && baseline) {
    const pruned = pruneBaseline(options.baseline!, baseline, files, env.cwd, failed, fail);
    deliver(pruned, options.output, env.stdout, env, fail);
    return exitCode({ counts: { errors: 0, warnings: 0, infos: 0 }, failed });
  }

  const report: Report = options.compareEditions ? { kind: 'compare', files: compared } : { kind: 'lint', files };
  const toStderr = fixedStdin !== undefined && options.output === undefined;
  const color = options.output !== undefined ? false : toStderr ? env.stderrColor : env.color;
  const text = formatterFor(options.format)(report, { color, cwd: env.cwd, version: env.version });
  if (fixedStdin !== undefined) env.stdout(fixedStdin);
  deliver(text, options.output, toStderr ? env.stderrReport : env.stdout, env, fail);

  if (report.kind === 'lint') for (const file of report.files) countProblems(file.diagnostics, counts);
  else for (const file of report.files) countProblems(file.targetDiagnostics, counts);
  return exitCode({ counts, maxWarnings: options.maxWarnings, failed });
}

/**
 * The file-by-file form of the report's format, when the report can be written so: a lint of
 * paths (not standard input, which is one file, maybe fixed) that writes or prunes no baseline.
 */
function filesOneByOne(options: CliOptions) {
  if (options.stdin || options.compareEditions || options.writeBaseline !== undefined || options.pruneBaseline) return undefined;
  return fileByFileFormatterFor(options.format);
}

/** The files of the paths (read one at a time, when linted), or standard input. */
function collectInputs(options: CliOptions, env: RunEnvironment, fail: (line: string) => void): { inputs: Input[]; roots: string[] } {
  if (options.stdin) {
    const found = stdinFile(options.stdinFilename, env.cwd);
    const source = readStdinSource(env.readStdin, found.file);
    return { inputs: [{ found, read: () => ({ source }) }], roots: [] };
  }
  const { files, errors, roots } = discoverFiles(options.paths, env.cwd);
  for (const error of errors) fail(`${error.file}: ${error.message}`);
  return {
    inputs: files.map((found) => ({
      found,
      read: () => {
        const onDisk = readSourceFile(found.absolutePath);
        return { source: onDisk.source, onDisk };
      },
    })),
    roots,
  };
}

/** Writes the report (or list) to `-o FILE`, atomically, or hands it to the stream given. */
function deliver(text: string, output: string | undefined, stream: (text: string) => void, env: RunEnvironment, fail: (line: string) => void): void {
  if (output === undefined) {
    stream(text);
    return;
  }
  try {
    writeFileAtomic(path.resolve(env.cwd, output), text);
  } catch (error) {
    fail(`cannot write the report to ${output}: ${describeFsError(error)}`);
  }
}
