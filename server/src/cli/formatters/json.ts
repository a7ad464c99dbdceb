import { escapeJsonText, type Diagnostic } from '../../engine';
import { isReported, type ComparisonReport, type FileReport, type LintReport, type ReportedDiagnostic } from '../report';
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
  return { file: file.file, edition: file.edition, diagnostics: file.diagnostics.filter(isReported).map(diagnosticEntry) };
}

// One object literal per diagnostic, no spread: every entry then has the same hidden class.
function diagnosticEntry(d: ReportedDiagnostic) {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    path: d.path,
    range: rangeOf(d),
    fixes: d.fixes.map((fix) => ({ title: fix.title, preferred: fix.preferred })),
    fingerprint: d.fingerprint,
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
  writer: (writeRaw) => {
    // The same escaping as `file` above: values' DEL, C1 and bidirectional controls as \uXXXX.
    const write = (text: string) => writeRaw(escapeJsonText(text));
    let files = 0;
    return {
      file: (file) => {
        write(files++ ? ',\n' : '[\n');
        writeEntry(file, write);
      },
      finish: () => write(files ? '\n]\n' : '[]\n'),
    };
  },
};

/** Diagnostics stringified at once: a file with thousands of them is written a batch at a time. */
const BATCH = 256;
/** What JSON.stringify([[[...]]], null, 2) puts around the elements: elements of a file's `diagnostics` array are indented so. */
const AROUND = '[\n  [\n    ['.length + 1;

/**
 * A file's part of the report, as `jsonFileByFile.file` makes it, handed to `write` in pieces: its
 * diagnostics' entries are made and stringified a batch at a time, each batch at the depth it has
 * in the report (as the only element of an array in an array) and taken out of its brackets. A
 * file with tens of thousands of findings then never has all their entries, or all its text, at once.
 */
function writeEntry(file: FileReport, write: (text: string) => void): void {
  const shown = file.diagnostics.filter(isReported);
  if (!shown.length) {
    write(JSON.stringify([{ file: file.file, edition: file.edition, diagnostics: shown }], null, 2).slice(2, -2));
    return;
  }
  write(`  {\n    "file": ${JSON.stringify(file.file)},\n    "edition": ${JSON.stringify(file.edition)},\n    "diagnostics": [\n`);
  for (let start = 0; start < shown.length; start += BATCH) {
    const end = Math.min(shown.length, start + BATCH);
    const entries = new Array(end - start);
    for (let i = start; i < end; i++) entries[i - start] = diagnosticEntry(shown[i]);
    const text = JSON.stringify([[entries]], null, 2);
    write(start ? `,\n${text.slice(AROUND, -AROUND)}` : text.slice(AROUND, -AROUND));
  }
  write('\n    ]\n  }');
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
