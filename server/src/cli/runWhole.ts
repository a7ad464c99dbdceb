import { markBaseline, pruneBaseline, writeBaseline, type LoadedBaseline } from './applyBaseline';
import { deliver } from './deliver';
import { countProblems, exitCode, type ExitCode, type ProblemCounts } from './exitCode';
import { formatterFor } from './formatters';
import { forEachInput, type RunInputs } from './inputs';
import { lintInput } from './lintInput';
import type { FileReport } from './report';
import type { RunEnvironment } from './run';

/**
 * A lint (or fix) whose report needs every file before it is made: standard input (with
 * `--fix`, the fixed text goes to stdout and the report to `-o FILE` or stderr),
 * `--write-baseline` (what was just recorded is reported as `--baseline` would: nothing is new),
 * `--prune-baseline` (the entries that match nothing are printed instead of a report), or a
 * format that cannot be written a file at a time.
 */
export function runWhole(run: RunInputs, env: RunEnvironment, baseline: LoadedBaseline | undefined, known: ReadonlySet<string> | undefined): ExitCode {
  const { options } = run;
  let files: FileReport[] = [];
  let fixedStdin: Uint8Array | undefined;
  forEachInput(run, (input) => {
    const linted = lintInput(input, options, env.cwd, run.fail);
    if (linted.fixedStdin) fixedStdin = linted.fixedStdin;
    files.push(linted.report);
  });

  if (options.writeBaseline !== undefined) {
    const written = writeBaseline(options.writeBaseline, files, env.cwd, run.failed(), run.fail);
    if (written) files = markBaseline(files, written);
  } else if (known) {
    files = markBaseline(files, known);
  }

  if (options.pruneBaseline && baseline) {
    const pruned = pruneBaseline(options.baseline!, baseline, files, env.cwd, run.failed(), run.fail);
    deliver(pruned, options.output, env.stdout, env.cwd, run.fail);
    return exitCode({ counts: { errors: 0, warnings: 0, infos: 0 }, failed: run.failed() });
  }

  const toStderr = fixedStdin !== undefined && options.output === undefined;
  const color = options.output !== undefined ? false : toStderr ? env.stderrColor : env.color;
  const text = formatterFor(options.format)({ kind: 'lint', files }, { color, cwd: env.cwd, version: env.version });
  if (fixedStdin !== undefined) env.stdout(fixedStdin);
  deliver(text, options.output, toStderr ? env.stderrReport : env.stdout, env.cwd, run.fail);
  const counts: ProblemCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const file of files) countProblems(file.diagnostics, counts);
  return exitCode({ counts, maxWarnings: options.maxWarnings, failed: run.failed() });
}
