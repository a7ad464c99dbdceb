import { fixAll, lint, type LintOptions, type LintResult } from '../engine';
import { describeFsError } from './fsErrors';
import { encodeSource, type SourceText } from './readFile';
import { writeFileAtomic } from './writeAtomic';

export interface FixOutcome {
  /** What is left to report: the fixed text's diagnostics, or the original's when writing failed. */
  result: LintResult;
  /** Whether the file was rewritten. */
  written: boolean;
  /** Why the fixed text could not be written; the file is then unchanged. */
  writeError?: string;
}

/**
 * `--fix` for one file: the engine applies preferred fixes to a fixpoint; the file is
 * replaced atomically, byte order mark restored, only when the text changed.
 */
export function fixFile(realPath: string, source: SourceText, options: LintOptions): FixOutcome {
  const fixed = fixAll(source.text, options);
  if (fixed.text === source.text) return { result: fixed.result, written: false };
  try {
    writeFileAtomic(realPath, encodeSource({ text: fixed.text, bom: source.bom }));
  } catch (error) {
    return { result: lint(source.text, options), written: false, writeError: describeFsError(error) };
  }
  return { result: fixed.result, written: true };
}
