import type { Diagnostic } from '../../engine';
import { isReported, type ComparisonReport, type LintReport } from '../report';
import type { Formatter } from './types';

/**
 * `--format json` (SPEC section 5): one array, a file an entry, every linted file present;
 * zero-based UTF-16 positions; each diagnostic with its `fingerprint` (SPEC section 9);
 * suppressed diagnostics, and those the baseline holds, left out.
 */
export const json: Formatter = (report) =>
  `${JSON.stringify(report.kind === 'lint' ? lintEntries(report) : comparisonEntries(report), null, 2)}\n`;

function lintEntries(report: LintReport) {
  return report.files.map((file) => ({
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
  }));
}

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
