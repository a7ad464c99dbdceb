import { compareEditions, type LintOptions } from '../engine';
import type { FoundFile } from './discover';
import { fingerprintDiagnostics } from './fingerprint';
import type { FileComparison } from './report';
import type { SourceText } from './sourceFile';

/**
 * `--compare-editions` for one file (SPEC section 8). A difference's fingerprint also
 * holds the edition that alone raises it. `relativePath` is the file's path relative to
 * the working directory (fingerprints).
 */
export function compareFile(found: FoundFile, relativePath: string, source: SourceText, options: LintOptions): FileComparison {
  const comparison = compareEditions(source.text, options);
  const diagnostics = comparison.differences.map((d) => d.diagnostic);
  const fingerprints = fingerprintDiagnostics(relativePath, diagnostics, (index) => comparison.differences[index].edition);
  return {
    file: found.file,
    absolutePath: found.absolutePath,
    edition: comparison.target,
    targetDiagnostics: comparison.targetResult.diagnostics,
    differences: comparison.differences.map((difference, index) => ({ ...difference, fingerprint: fingerprints[index] })),
  };
}
