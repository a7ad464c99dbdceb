import type { FileByFileFormatter, FormatOptions } from './formatters';
import { markBaseline } from './applyBaseline';
import { deliver } from './deliver';
import { countProblems, exitCode, type ExitCode, type ProblemCounts } from './exitCode';
import { forEachInput, type RunInputs } from './inputs';
import { lintInput } from './lintInput';
import { ReportOutput } from './reportOutput';
import type { RunEnvironment } from './run';

/**
 * A lint (or fix) of paths whose report is made a file at a time: each file's part as soon as it
 * is linted, nothing kept of the others. With a writer, the report goes to stdout in chunks, or is
 * kept for `-o FILE`; otherwise the parts are joined at the end. `known`: the fingerprints of
 * `--baseline`.
 */
export function runByFile(run: RunInputs, env: RunEnvironment, byFile: FileByFileFormatter, known: ReadonlySet<string> | undefined): ExitCode {
  const { options } = run;
  const counts: ProblemCounts = { errors: 0, warnings: 0, infos: 0 };
  const formatOptions: FormatOptions = { color: options.output === undefined && env.color, cwd: env.cwd, version: env.version };
  const output = byFile.writer && new ReportOutput(options.output === undefined ? env.stdout : undefined);
  const writer = output && byFile.writer!(output.write, formatOptions);
  const parts: string[] = [];
  forEachInput(run, (input) => {
    const { report } = lintInput(input, options, env.cwd, run.fail);
    const marked = known ? markBaseline([report], known)[0] : report;
    countProblems(marked.diagnostics, counts);
    if (writer) writer.file(marked);
    else parts.push(byFile.file(marked, formatOptions));
  });
  if (writer) {
    writer.finish();
    if (options.output === undefined) output.flush();
    else deliver(output.bytes(), options.output, env.stdout, env.cwd, run.fail);
  } else {
    deliver(byFile.finish(parts, formatOptions), options.output, env.stdout, env.cwd, run.fail);
  }
  return exitCode({ counts, maxWarnings: options.maxWarnings, failed: run.failed() });
}
