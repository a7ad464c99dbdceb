import type { Diagnostic, Edition, EditionDifference } from '../engine';

/** One linted file, as every formatter receives it. */
export interface FileReport {
  /** The path as given on the command line (joined with the path found inside a directory), `/` separators. */
  file: string;
  /** Absolute path, symlinks not resolved: SARIF makes its URI from it. */
  absolutePath: string;
  /** The edition the file was checked under. */
  edition: Edition;
  /** Every diagnostic, sorted by position; suppressed ones carry `suppression`. */
  diagnostics: readonly Diagnostic[];
}

export interface LintReport {
  kind: 'lint';
  files: readonly FileReport[];
}

/** One file compared under both editions (SPEC section 8). */
export interface FileComparison {
  file: string;
  absolutePath: string;
  /** The file's target edition: its `policyEdition`, else the default. */
  edition: Edition;
  /** The diagnostics of the target edition: they decide the exit code. */
  targetDiagnostics: readonly Diagnostic[];
  /** Diagnostics (by rule and path) that only one edition raises, sorted by position. */
  differences: readonly EditionDifference[];
}

export interface ComparisonReport {
  kind: 'compare';
  files: readonly FileComparison[];
}

export type Report = LintReport | ComparisonReport;
