import { editionOf } from './format/check';
import { lintDocument } from './lint';
import { parseDocument } from './parse';
import { DEFAULT_EDITION, EDITIONS, type Diagnostic, type Edition, type LintOptions, type LintResult } from './types';

/** A diagnostic that only one edition raises (SPEC section 8). */
export interface EditionDifference {
  edition: Edition;
  diagnostic: Diagnostic;
}

export interface EditionComparison {
  /** The file's target edition: its `policyEdition`, else the default. */
  target: Edition;
  /** The file linted under its target edition. */
  targetResult: LintResult;
  /** Diagnostics (by rule and path) that one edition raises and the other does not. */
  differences: EditionDifference[];
}

export function compareEditions(text: string, options: LintOptions = {}): EditionComparison {
  const doc = parseDocument(text);
  const target = editionOf(doc.root, options.defaultEdition ?? DEFAULT_EDITION);
  const results = new Map(EDITIONS.map((edition) => [edition, lintDocument(doc, { ...options, forceEdition: edition })]));
  const keyOf = (d: Diagnostic) => `${d.rule}\u0000${JSON.stringify(d.path)}`;
  const differences: EditionDifference[] = [];
  for (const edition of EDITIONS) {
    const others = new Map<string, number>();
    for (const other of EDITIONS) {
      if (other === edition) continue;
      for (const d of results.get(other)!.diagnostics) if (!d.suppression) others.set(keyOf(d), (others.get(keyOf(d)) ?? 0) + 1);
    }
    for (const d of results.get(edition)!.diagnostics) {
      if (d.suppression) continue;
      const count = others.get(keyOf(d)) ?? 0;
      if (count > 0) others.set(keyOf(d), count - 1);
      else differences.push({ edition, diagnostic: d });
    }
  }
  differences.sort((a, b) => a.diagnostic.offset - b.diagnostic.offset || (a.edition < b.edition ? -1 : 1));
  return { target, targetResult: results.get(target)!, differences };
}
