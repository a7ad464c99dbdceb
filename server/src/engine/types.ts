import type { DataMap } from './dataMap/model';

/**
 * Public types of the engine. The engine is pure: text in, findings out.
 * It never imports vscode, a language-server connection or fs.
 */

/** A policy edition: the edition of "Data storage and processing in Intune" whose rules apply. */
export type Edition = '2018-05' | '2020-09';

/** Every edition, oldest first. */
export const EDITIONS: readonly Edition[] = ['2018-05', '2020-09'];

/** The edition used when neither the file, the settings nor the command line names one. */
export const DEFAULT_EDITION: Edition = '2020-09';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** A JSON path: keys and array indices from the root. `[]` is the document itself. */
export type JSONPath = (string | number)[];

/** A zero-based position; `character` counts UTF-16 code units, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A text edit by offsets into the text the engine was given (UTF-16 code units). */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

export interface Fix {
  /** What the fix does, for a person: "Set to 30 days". */
  title: string;
  /** Safe to apply without a human decision: `--fix` and "fix all" apply only these. */
  preferred: boolean;
  edits: TextEdit[];
}

/** A second place a finding points to, and what it is there. */
export interface RelatedLocation {
  /** The JSON path of the node there. */
  path: JSONPath;
  range: Range;
  offset: number;
  length: number;
  /** What that place is, for a person: "First occurrence of \"id\"". */
  message: string;
}

/** An in-source suppression of a diagnostic by a disable comment. */
export interface Suppression {
  kind: 'inSource';
  /** The comment's reason (the text after `--`), empty when none was given. */
  justification: string;
}

export interface Diagnostic {
  /** The rule id, such as `retention/audit-logs`. */
  rule: string;
  severity: Severity;
  /** What is wrong and what is allowed. */
  message: string;
  /** The JSON path of the node the diagnostic is about. */
  path: JSONPath;
  range: Range;
  /** Offset and length of `range` in the text. */
  offset: number;
  length: number;
  fixes: Fix[];
  /**
   * Other places that explain the finding (a duplicate's first occurrence, the elected
   * geography a store lies outside of); absent when there are none.
   */
  related?: RelatedLocation[];
  /** Present when a disable comment suppresses this diagnostic. */
  suppression?: Suppression;
}

/**
 * The options of a rule that takes them (SPEC section 10, rule options): a stricter limit than
 * the published policy's. Which rule takes which is in its metadata (`RuleMeta.options`).
 */
export interface RuleOptions {
  /** The most days allowed (a whole number from 1 to the published limit). */
  maxDays?: number;
  /** Purposes forbidden besides the published ones, lower-cased. */
  forbidden?: readonly string[];
}

/** The linter settings (section 6 of the SPEC), after validation. */
export interface Settings {
  /** Default edition for files without `policyEdition`. Default: none (then 2020-09). */
  edition?: Edition;
  /** Severity per rule id (policies included); `off` turns a rule off. Default: each rule's own severity. */
  rules?: Record<string, SeveritySetting>;
  /** Options per rule id (SPEC section 10). Default: none, the published limits. */
  ruleOptions?: Readonly<Record<string, RuleOptions>>;
  /** The organization's policies (SPEC section 10), each a rule, in the order given. Default: none. */
  policies?: readonly import('./rule').Rule[];
}

export interface LintOptions {
  /** The edition for a file without a valid `policyEdition`. Default: 2020-09. */
  defaultEdition?: Edition;
  /** Check under this edition whatever the file says (used by the edition comparison). */
  forceEdition?: Edition;
  /** Severity overrides per rule id (policies included). */
  rules?: Record<string, SeveritySetting>;
  /** Options per rule id (SPEC section 10); the settings' `ruleOptions`. Default: none. */
  ruleOptions?: Readonly<Record<string, RuleOptions>>;
  /** The organization's policies; the settings' `policies`. Default: none. */
  policies?: readonly import('./rule').Rule[];
  /**
   * The run's date, `YYYY-MM-DD`, for expiring disable comments. The engine never reads the
   * clock: the front ends pass it (the CLI once per run, the language server per request).
   * Default: undefined, and then no disable comment has expired.
   */
  today?: string;
  /**
   * Rule ids besides the built-in rules that a disable comment may name (an organization's
   * policy ids, SPEC section 10); any other name is reported as not a rule. Default: none.
   */
  extraRuleIds?: Iterable<string>;
  /** Also give the document's data map (`LintResult.dataMap`), as `--format html` draws it. Default: false. */
  dataMap?: boolean;
}

export interface LintResult {
  /** The edition the file was checked under. */
  edition: Edition;
  /** Every diagnostic, sorted by position; suppressed ones carry `suppression`. */
  diagnostics: Diagnostic[];
  /** With `LintOptions.dataMap`: the data map, with the unsuppressed diagnostics on it. */
  dataMap?: DataMap;
}
