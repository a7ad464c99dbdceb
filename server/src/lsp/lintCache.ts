import type { LintOptions, LintResult } from '../engine';

/** The last lint of a document: code actions find its diagnostics again by key, never by re-linting. */
export interface LintEntry {
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

  /** The lint of exactly this version; undefined when it is stale or missing. */
  of(uri: string, version: number): LintEntry | undefined {
    const entry = this.entries.get(uri);
    return entry?.version === version ? entry : undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
