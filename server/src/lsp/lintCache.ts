import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintOptions, LintResult } from '../engine';

/** The last lint of a document: code actions find its diagnostics again by key, never by re-linting. */
export interface LintEntry {
  /** The document object linted: a document closed and opened again is another object. */
  document: TextDocument;
  version: number;
  result: LintResult;
  /** The options it was linted with (the document's settings at the time). */
  options: LintOptions;
}

export class LintCache {
  private readonly entries = new Map<string, LintEntry>();

  set(uri: string, entry: LintEntry): void {
    this.entries.set(uri, entry);
  }

  /** The last lint of a document, whatever its version. */
  last(uri: string): LintEntry | undefined {
    return this.entries.get(uri);
  }

  /** The lint of exactly this document at its current version; undefined when it is stale or missing. */
  of(document: TextDocument): LintEntry | undefined {
    const entry = this.entries.get(document.uri);
    return entry?.document === document && entry.version === document.version ? entry : undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
