import type { Report } from '../report';

export interface FormatOptions {
  /** ANSI colour (stylish only). Default: false. */
  color: boolean;
  /** The working directory: SARIF's `%SRCROOT%`, which artifact URIs are relative to. */
  cwd: string;
  /** privacy-lint's version, for SARIF's `tool.driver.version`. */
  version: string;
}

/** A report format: a pure function of the report. */
export type Formatter = (report: Report, options: FormatOptions) => string;
