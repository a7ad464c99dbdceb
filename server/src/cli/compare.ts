import { compareEditions, type LintOptions } from '../engine';
import type { FoundFile } from './discover';
import type { FileComparison } from './report';
import type { SourceText } from './readFile';

/** `--compare-editions` for one file (SPEC section 8). */
export function compareFile(found: FoundFile, source: SourceText, options: LintOptions): FileComparison {
  const comparison = compareEditions(source.text, options);
  return {
    file: found.file,
    absolutePath: found.absolutePath,
    edition: comparison.target,
    targetDiagnostics: comparison.targetResult.diagnostics,
    differences: comparison.differences,
  };
}
