import type { Diagnostic, Edition, EditionDifference, RuleMeta } from '../engine';
import type { DataMap } from '../engine';

/** Where a finding stands against `--baseline` (SARIF's `baselineState`). */
export type BaselineState = 'new' | 'unchanged';

/** A diagnostic as the CLI reports it: the engine's, plus what CI needs. */
export interface ReportedDiagnostic extends Diagnostic {
  /** Stable identity by file, rule and JSON path (see fingerprint.ts); empty in a run whose format and options read none (lintInput.ts). */
  fingerprint: string;
  /**
   * Set when a baseline is in use, on unsuppressed diagnostics only: `unchanged` when the
   * baseline holds the fingerprint (then only SARIF lists it), else `new`.
   */
  baselineState?: BaselineState;
}

/** One linted file, as every formatter receives it. */
export interface FileReport {
  /** The path as given on the command line (joined with the path found inside a directory), `/` separators. */
  file: string;
  /** Absolute path, symlinks not resolved: SARIF makes its URI from it. */
  absolutePath: string;
  /** The edition the file was checked under. */
  edition: Edition;
  /** Every diagnostic, sorted by position; suppressed ones carry `suppression`. */
  diagnostics: readonly ReportedDiagnostic[];
  /** The organization's policies the file was linted with (SPEC section 10), for SARIF's rules; none when undefined. */
  policies?: readonly RuleMeta[];
  /** The file's data map, for `--format html` only. */
  dataMap?: DataMap;
}

export interface LintReport {
  kind: 'lint';
  files: readonly FileReport[];
}

/** A difference between the editions, with its fingerprint. */
export interface ReportedDifference extends EditionDifference {
  fingerprint: string;
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
  differences: readonly ReportedDifference[];
  /** The organization's policies the file was compared with, for SARIF's rules; none when undefined. */
  policies?: readonly RuleMeta[];
}

export interface ComparisonReport {
  kind: 'compare';
  files: readonly FileComparison[];
}

export type Report = LintReport | ComparisonReport;

/**
 * Whether a finding is shown in stylish, json, github and junit output and counts for the
 * exit code: not suppressed by a comment, and not already in the baseline.
 */
export function isReported(d: Diagnostic & { baselineState?: BaselineState }): boolean {
  return !d.suppression && d.baselineState !== 'unchanged';
}
