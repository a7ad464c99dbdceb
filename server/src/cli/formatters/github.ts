import { escapeControlCharacters, type Diagnostic, type Severity } from '../../engine';
import { displayPath } from '../paths';
import { isReported, type Report } from '../report';
import type { Formatter } from './types';

/**
 * `--format github`: GitHub Actions workflow commands, one a line, which the runner turns
 * into annotations on the pull request:
 *
 *   ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE
 *
 * Lines and columns are one-based (columns in UTF-16 code units); the file is relative to
 * the working directory (the repository root in a workflow). Errors are `::error`, warnings
 * `::warning`, information and hints `::notice`. Suppressed findings and those the baseline
 * holds are left out. With `--compare-editions`, each difference is annotated: at its own
 * severity when the file's edition raises it, as a notice when only the other edition does.
 */
export const github: Formatter = (report, options) =>
  commands(report, options.cwd).map((line) => `${line}\n`).join('');

const COMMANDS: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = {
  error: 'error',
  warning: 'warning',
  information: 'notice',
  hint: 'notice',
};

function commands(report: Report, cwd: string): string[] {
  const lines: string[] = [];
  if (report.kind === 'lint') {
    for (const file of report.files) {
      const name = displayPath(file.absolutePath, cwd);
      for (const d of file.diagnostics.filter(isReported)) lines.push(command(COMMANDS[d.severity], name, d, d.rule, d.message));
    }
  } else {
    for (const file of report.files) {
      const name = displayPath(file.absolutePath, cwd);
      for (const { edition, diagnostic: d } of file.differences) {
        const kind = edition === file.edition ? COMMANDS[d.severity] : 'notice';
        lines.push(command(kind, name, d, `${d.rule} (only in ${edition})`, `Only in edition ${edition}: ${d.message}`));
      }
    }
  }
  return lines;
}

function command(kind: string, file: string, d: Diagnostic, title: string, message: string): string {
  const properties: [string, string | number][] = [
    ['file', file],
    ['line', d.range.start.line + 1],
    ['col', d.range.start.character + 1],
    ['endLine', d.range.end.line + 1],
    ['endColumn', d.range.end.character + 1],
    ['title', title],
  ];
  return `::${kind} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')}::${escapeData(message)}`;
}

/**
 * A command's message, as the Actions toolkit escapes it (`%`, CR and LF, which the runner turns
 * back into line breaks of the annotation), then every other control character escaped
 * visibly (engine/escape.ts): the command stays one line, and moves no cursor in the log.
 */
export function escapeData(text: string): string {
  return escapeControlCharacters(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A command property's value: as data, and also `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
