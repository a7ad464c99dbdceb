import * as path from 'node:path';
import { lint, type LintOptions } from '../engine';
import type { CliOptions } from './args';
import { compareFile } from './compare';
import { discoverFiles } from './discover';
import { countProblems, exitCode, type ExitCode } from './exitCode';
import { fixFile } from './fix';
import { formatterFor } from './formatters';
import { describeFsError } from './fsErrors';
import { readSource } from './readFile';
import type { FileComparison, FileReport, Report } from './report';
import { SettingsFinder } from './settingsDiscovery';
import { writeFileAtomic } from './writeAtomic';

/** What `run` may touch of the process; tests and main pass the real one. */
export interface RunEnvironment {
  cwd: string;
  /** privacy-lint's version (SARIF). */
  version: string;
  /** Colour for stylish output on stdout. */
  color: boolean;
  stdout(text: string): void;
  /** One line, without the `privacy-lint: ` prefix or a newline. */
  stderr(line: string): void;
}

/**
 * Lints (or fixes, or compares) the files the options name, prints the report and returns
 * the exit code. A path or file that cannot be read is reported on stderr and skipped;
 * the report of the others is still printed, and the exit code is then 2.
 */
export function run(options: CliOptions, env: RunEnvironment): ExitCode {
  let failed = false;
  const fail = (line: string) => {
    failed = true;
    env.stderr(line);
  };
  const finder = new SettingsFinder({ cwd: env.cwd, configFile: options.config, warn: env.stderr });
  const { files, errors } = discoverFiles(options.paths, env.cwd);
  for (const error of errors) fail(`${error.file}: ${error.message}`);

  const linted: FileReport[] = [];
  const compared: FileComparison[] = [];
  for (const found of files) {
    let source;
    try {
      source = readSource(found.absolutePath);
    } catch (error) {
      fail(`${found.file}: ${describeFsError(error)}`);
      continue;
    }
    const settings = finder.settingsFor(found.absolutePath);
    const lintOptions: LintOptions = { defaultEdition: options.edition ?? settings.edition, rules: settings.rules };
    try {
      if (options.compareEditions) {
        compared.push(compareFile(found, source, lintOptions));
        continue;
      }
      let result;
      if (options.fix) {
        const outcome = fixFile(found.realPath, source, lintOptions);
        if (outcome.writeError) fail(`${found.file}: cannot write the fixed file (${outcome.writeError}); left unchanged`);
        result = outcome.result;
      } else {
        result = lint(source.text, lintOptions);
      }
      linted.push({ file: found.file, absolutePath: found.absolutePath, edition: result.edition, diagnostics: result.diagnostics });
    } catch (error) {
      fail(`internal error while linting ${found.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const report: Report = options.compareEditions ? { kind: 'compare', files: compared } : { kind: 'lint', files: linted };
  const toFile = options.output !== undefined;
  const text = formatterFor(options.format)(report, { color: env.color && !toFile, cwd: env.cwd, version: env.version });
  if (options.output !== undefined) {
    try {
      writeFileAtomic(path.resolve(env.cwd, options.output), text);
    } catch (error) {
      fail(`cannot write the report to ${options.output}: ${describeFsError(error)}`);
    }
  } else {
    env.stdout(text);
  }

  const counts = { errors: 0, warnings: 0, infos: 0 };
  if (report.kind === 'lint') for (const file of report.files) countProblems(file.diagnostics, counts);
  else for (const file of report.files) countProblems(file.targetDiagnostics, counts);
  return exitCode({ counts, maxWarnings: options.maxWarnings, failed });
}
