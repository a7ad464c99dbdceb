import { escapeJsonText, type Diagnostic } from '../../engine';
import { isReported, type ComparisonReport, type FileReport, type LintReport } from '../report';
import type { FileByFileFormatter, Formatter } from './types';

/**
 * `--format json` (SPEC section 5): one array, a file an entry, every linted file present;
 * zero-based UTF-16 positions; each diagnostic with its `fingerprint` (SPEC section 9);
 * suppressed diagnostics, and those the baseline holds, left out. The characters JSON.stringify
 * leaves raw that a terminal would act on (DEL, C1, U+2028, U+2029, bidirectional controls) are
 * written as `\uXXXX` (engine/escape.ts): the same JSON value.
 */
export const json: Formatter = (report) =>
  `${escapeJsonText(JSON.stringify(report.kind === 'lint' ? lintEntries(report) : comparisonEntries(report), null, 2))}\n`;

function lintEntries(report: LintReport) {
  return report.files.map(lintEntry);
}

function lintEntry(file: FileReport) {
  return {
    file: file.file,
    edition: file.edition,
    // One object literal per diagnostic, no spread: every entry then has the same hidden class.
    diagnostics: file.diagnostics.filter(isReported).map((d) => ({
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      path: d.path,
      range: rangeOf(d),
      fixes: d.fixes.map((fix) => ({ title: fix.title, preferred: fix.preferred })),
      fingerprint: d.fingerprint,
    })),
  };
}

/**
 * `--format json` a file at a time, the very text `json` prints: each file's entry is
 * stringified as the only element of an array, which indents it as it is indented in the
 * whole array, and taken out of its brackets.
 */
export const jsonFileByFile: FileByFileFormatter = {
  file: (file) => escapeJsonText(JSON.stringify([lintEntry(file)], null, 2).slice(2, -2)),
  finish: (parts) => (parts.length ? `[\n${parts.join(',\n')}\n]\n` : '[]\n'),
};

/** SPEC section 8 in JSON: per file, its target edition and what only one edition raises. */
function comparisonEntries(report: ComparisonReport) {
  return report.files.map((file) => ({
    file: file.file,
    edition: file.edition,
    differences: file.differences.map(({ edition, diagnostic: d, fingerprint }) => ({
      edition,
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      path: d.path,
      range: rangeOf(d),
      fingerprint,
    })),
  }));
}

function rangeOf(d: Diagnostic) {
  return { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } };
}
