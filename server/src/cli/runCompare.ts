import { compareFile } from './compareFile';
import { deliver } from './deliver';
import { countProblems, exitCode, type ExitCode, type ProblemCounts } from './exitCode';
import { formatterFor } from './formatters';
import { forEachInput, type RunInputs } from './inputs';
import type { FileComparison } from './report';
import type { RunEnvironment } from './run';

/** `--compare-editions` (SPEC section 8): each file under both editions; the exit code counts the file's own edition's findings. */
export function runCompare(run: RunInputs, env: RunEnvironment): ExitCode {
  const { options } = run;
  const compared: FileComparison[] = [];
  forEachInput(run, (input) => {
    compared.push({
      ...compareFile(input.found, input.relativePath, input.source, input.lintOptions),
      ...(input.policies ? { policies: input.policies } : {}),
    });
  });
  const color = options.output !== undefined ? false : env.color;
  const text = formatterFor(options.format)({ kind: 'compare', files: compared }, { color, cwd: env.cwd, version: env.version });
  deliver(text, options.output, env.stdout, env.cwd, run.fail);
  const counts: ProblemCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const file of compared) countProblems(file.targetDiagnostics, counts);
  return exitCode({ counts, maxWarnings: options.maxWarnings, failed: run.failed() });
}
