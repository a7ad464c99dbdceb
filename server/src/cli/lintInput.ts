import { fixAll, lint, type LintResult } from '../engine';
import type { CliOptions } from './args';
import { withFingerprints, withoutFingerprints } from './fingerprint';
import { fixFile } from './fixFile';
import type { ReadInput } from './inputs';
import { encodeSource } from './sourceFile';
import type { FileReport } from './report';

/** One input linted, or fixed then linted: its report, and for `--stdin --fix` the fixed bytes. */
export interface LintedInput {
  report: FileReport;
  /** `--stdin --fix`: the fixed text, byte order mark restored, for stdout. */
  fixedStdin?: Uint8Array;
}

/**
 * Lints one input; with `--fix`, applies the preferred fixes first (a file on disk is replaced,
 * standard input's fixed text is returned) and reports what is left. A fixed file that could not
 * be written is told with `fail`.
 */
export function lintInput(input: ReadInput, options: CliOptions, cwd: string, fail: (line: string) => void): LintedInput {
  const { found, source, lintOptions } = input;
  let result: LintResult;
  let fixedStdin: Uint8Array | undefined;
  if (options.fix && options.stdin) {
    const fixed = fixAll(source.text, lintOptions);
    fixedStdin = encodeSource({ text: fixed.text, bom: source.bom });
    result = fixed.result;
  } else if (options.fix && input.onDisk) {
    const outcome = fixFile(found, input.onDisk, lintOptions, cwd);
    if (outcome.notWritten) fail(`${found.file}: ${outcome.notWritten}`);
    result = outcome.result;
  } else {
    result = lint(source.text, lintOptions);
  }
  const report: FileReport = {
    file: found.file,
    absolutePath: found.absolutePath,
    edition: result.edition,
    diagnostics: needsFingerprints(options) ? withFingerprints(input.relativePath, result.diagnostics) : withoutFingerprints(result.diagnostics),
    ...(input.policies ? { policies: input.policies } : {}),
    dataMap: result.dataMap,
  };
  return { report, ...(fixedStdin ? { fixedStdin } : {}) };
}

/** The formats that print fingerprints (json, sarif) and the baseline options read them; for the others they are not computed (about 5% of a run's time). */
function needsFingerprints(options: CliOptions): boolean {
  return (
    options.format === 'json' || options.format === 'sarif' || options.baseline !== undefined || options.writeBaseline !== undefined || options.pruneBaseline
  );
}
