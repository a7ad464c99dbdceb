import { escapeControlCharacters, type Diagnostic, type Severity } from '../../engine';
import { displayPath } from '../paths';
import { isReported, type FileReport, type Report } from '../report';
import type { FileByFileFormatter, Formatter } from './types';

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
  commands(report, options.cwd)
    .map((line) => `${line}\n`)
    .join('');

/**
 * `--format github` a file at a time, the very text `github` prints (a line per finding, nothing
 * around them), written as each file is linted: a findings-heavy run then keeps no file's
 * diagnostics, nor their parse trees, until the end.
 */
export const githubFileByFile: FileByFileFormatter = {
  file: (file, options) => fileCommands(file, options.cwd),
  finish: (parts) => parts.join(''),
  writer: (write, options) => ({
    file: (file) => {
      const text = fileCommands(file, options.cwd);
      if (text) write(text);
    },
    finish: () => {},
  }),
};

function fileCommands(file: FileReport, cwd: string): string {
  const name = displayPath(file.absolutePath, cwd);
  let text = '';
  for (const d of file.diagnostics) if (isReported(d)) text += `${command(COMMANDS[d.severity], name, d, d.rule, d.message)}\n`;
  return text;
}

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
