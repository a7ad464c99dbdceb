import type { Diagnostic } from '../engine';
import { isReported, type BaselineState } from './report';

/** Exit codes (SPEC section 5). */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;
export type ExitCode = typeof EXIT_OK | typeof EXIT_PROBLEMS | typeof EXIT_FAILURE;

/** Reported diagnostics by severity; `infos` counts information and hints. */
export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts what is reported: suppressed diagnostics and those already in the baseline are left out. */
export function countProblems(
  diagnostics: Iterable<Diagnostic & { baselineState?: BaselineState }>,
  counts: ProblemCounts = { errors: 0, warnings: 0, infos: 0 },
): ProblemCounts {
  for (const diagnostic of diagnostics) {
    if (!isReported(diagnostic)) continue;
    if (diagnostic.severity === 'error') counts.errors++;
    else if (diagnostic.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

export interface ExitInputs {
  counts: ProblemCounts;
  /** `--max-warnings`; undefined allows any number. */
  maxWarnings?: number;
  /** A path could not be read or written, or linting a file failed. */
  failed: boolean;
}

/** The exit code, computed apart from any formatting. */
export function exitCode({ counts, maxWarnings, failed }: ExitInputs): ExitCode {
  if (failed) return EXIT_FAILURE;
  if (counts.errors > 0) return EXIT_PROBLEMS;
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) return EXIT_PROBLEMS;
  return EXIT_OK;
}
