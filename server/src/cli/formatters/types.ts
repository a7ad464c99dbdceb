import type { FileReport, Report } from '../report';

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

/**
 * A format that can be written a file at a time: the CLI hands it each file as soon as the file
 * is linted and keeps only the text, not the file's diagnostics (a run over thousands of files
 * then keeps far fewer objects alive). `finish(files.map(file))` must equal the formatter's
 * output for a lint report of those files.
 */
export interface FileByFileFormatter {
  file(file: FileReport, options: FormatOptions): string;
  finish(parts: readonly string[], options: FormatOptions): string;
  /**
   * The same text again, handed to `write` in pieces as the files come (a large file's part in
   * several): `writer(w)`, then `file` for each file and `finish`, write what `finish(parts)` returns
   * (some pieces as UTF-8 bytes).
   */
  writer?(write: (text: string | Uint8Array) => void, options: FormatOptions): { file(file: FileReport): void; finish(): void };
}
