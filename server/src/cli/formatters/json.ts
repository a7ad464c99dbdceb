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
        writeEntry(file, write, writeRaw);
      },
      finish: () => write(files ? '\n]\n' : '[]\n'),
    };
  },
};

/** Diagnostics written at once: a file with thousands of them is written a batch at a time. */
const BATCH = 256;

/**
 * A file's part of the report, as `jsonFileByFile.file` makes it, handed to `write` in pieces: a
 * file with more than BATCH findings has its diagnostics written a batch at a time by
 * `diagnosticText` (the text JSON.stringify gives them at their depth in the report). A file with tens of thousands of findings then never has
 * all their text at once. `writeRaw` takes text already escaped (`diagnosticText` escapes each
 * string it writes, the only places an unsafe character can be).
 */
function writeEntry(file: FileReport, write: (text: string) => void, writeRaw: (text: string) => void): void {
  const shown = file.diagnostics.filter(isReported);
  if (shown.length <= BATCH) {
    // A file with few findings (most files): JSON.stringify is native code, fast from a run's first file.
    write(JSON.stringify([{ file: file.file, edition: file.edition, diagnostics: shown.map(diagnosticEntry) }], null, 2).slice(2, -2));
    return;
  }
  write(`  {\n    "file": ${JSON.stringify(file.file)},\n    "edition": ${JSON.stringify(file.edition)},\n    "diagnostics": [\n`);
  for (let start = 0; start < shown.length; start += BATCH) {
    const end = Math.min(shown.length, start + BATCH);
    let text = start ? ',\n' : '';
    for (let i = start; i < end; i++) text += i > start ? `,\n${diagnosticText(shown[i])}` : diagnosticText(shown[i]);
    writeRaw(text);
  }
  write('\n    ]\n  }');
}

/** A string as JSON, with the characters a terminal would act on escaped (as escapeJsonText does to the whole report). */
const str = (value: string) => escapeJsonText(JSON.stringify(value));

/**
 * The text `JSON.stringify(diagnosticEntry(d), null, 2)` gives a diagnostic at its depth in the
 * report (an element of a file's `diagnostics`, six spaces in), written out directly: on a
 * findings-heavy run, making an object, three ranges' objects and the fixes' objects per finding
 * and having JSON.stringify walk them took more time than the rest of the json formatter.
 * Tests and `npm run compare-outputs` hold it to JSON.stringify's bytes.
 */
export function diagnosticText(d: ReportedDiagnostic): string {
  const path = d.path;
  let pathText = '[]';
  if (path.length) {
    pathText = '[';
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      pathText += `${i ? ',' : ''}\n          ${typeof segment === 'number' ? JSON.stringify(segment) : str(segment)}`;
    }
    pathText += '\n        ]';
  }
  let fixesText = '[]';
  if (d.fixes.length) {
    fixesText = '[';
    for (let i = 0; i < d.fixes.length; i++) {
      const fix = d.fixes[i];
      fixesText += `${i ? ',' : ''}\n          {\n            "title": ${str(fix.title)},\n            "preferred": ${fix.preferred}\n          }`;
    }
    fixesText += '\n        ]';
  }
  const { start, end } = d.range;
  return `      {
        "rule": ${str(d.rule)},
        "severity": ${str(d.severity)},
        "message": ${str(d.message)},
        "path": ${pathText},
        "range": {
          "start": {
            "line": ${start.line},
            "character": ${start.character}
          },
          "end": {
            "line": ${end.line},
            "character": ${end.character}
          }
        },
        "fixes": ${fixesText},
        "fingerprint": ${str(d.fingerprint)}
      }`;
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
