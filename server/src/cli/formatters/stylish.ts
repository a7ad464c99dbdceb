import { EDITIONS, escapeControlCharacters, neverACommand, type Diagnostic, type Severity } from '../../engine';
import { countProblems } from '../exitCode';
import { isReported, type ComparisonReport, type LintReport } from '../report';
import { paint, type Paint } from './ansi';
import type { Formatter } from './types';

/**
 * `--format stylish`, for people: problems grouped by file as `line:col  severity
 * message  rule` (one-based line and column, the column in UTF-16 code units, as ESLint
 * counts), then a summary. Files without problems are not listed; suppressed
 * diagnostics, and those the baseline holds, are left out.
 */
export const stylish: Formatter = (report, options) => {
  const c = paint(options.color);
  return report.kind === 'lint' ? stylishLint(report, c) : stylishComparison(report, c);
};

const LABELS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

function severityLabel(severity: Severity, c: Paint, width: number): string {
  const label = LABELS[severity].padEnd(width);
  if (severity === 'error') return c.red(label);
  if (severity === 'warning') return c.yellow(label);
  if (severity === 'information') return c.blue(label);
  return c.gray(label);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Text from the repository, shown on one line: escaped (engine/escape.ts). */
const shown = escapeControlCharacters;
/** A file's path at the start of a line: escaped, and never the start of a workflow command. */
const fileHeading = (file: string) => neverACommand(shown(file));

const position = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;

/** One table per file; columns padded to the file's widest cell, as ESLint does. */
function table(rows: readonly { cells: string[]; severity: Severity }[], c: Paint): string[] {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r.cells[i].length)));
  return rows.map(({ cells, severity }) => {
    const [where, , message, rule] = cells;
    return `  ${c.gray(where.padEnd(widths[0]))}  ${severityLabel(severity, c, widths[1])}  ${message.padEnd(widths[2])}  ${c.gray(rule)}`;
  });
}

function stylishLint(report: LintReport, c: Paint): string {
  const lines: string[] = [];
  const counts = { errors: 0, warnings: 0, infos: 0 };
  let fixable = 0;
  let baselined = 0;
  for (const file of report.files) {
    baselined += file.diagnostics.filter((d) => !d.suppression && d.baselineState === 'unchanged').length;
    const reported = file.diagnostics.filter(isReported);
    if (!reported.length) continue;
    countProblems(reported, counts);
    fixable += reported.filter((d) => d.fixes.some((f) => f.preferred)).length;
    lines.push('', c.underline(fileHeading(file.file)));
    lines.push(
      ...table(
        reported.map((d) => ({ severity: d.severity, cells: [position(d), LABELS[d.severity], shown(d.message), shown(d.rule)] })),
        c,
      ),
    );
  }
  const total = counts.errors + counts.warnings + counts.infos;
  if (!total) return '';
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')})`;
  const tone = counts.errors ? c.red : counts.warnings ? c.yellow : c.blue;
  lines.push('', c.bold(tone(summary)));
  if (fixable) lines.push(`  ${plural(fixable, 'problem')} potentially fixable with the \`--fix\` option.`);
  if (baselined) lines.push(`  ${plural(baselined, 'more finding')} in the baseline not shown.`);
  return `${lines.join('\n')}\n\n`;
}

/** SPEC section 8 for people: per file, each difference with the edition that raises it. */
function stylishComparison(report: ComparisonReport, c: Paint): string {
  const [older, newer] = EDITIONS;
  const lines: string[] = [];
  const only = new Map(EDITIONS.map((e) => [e, 0]));
  let failing = 0;
  for (const file of report.files) {
    lines.push('', `${c.underline(fileHeading(file.file))}  ${c.gray(`(own edition ${file.edition})`)}`);
    if (countProblems(file.targetDiagnostics).errors) failing++;
    if (!file.differences.length) {
      lines.push(`  no differences between ${older} and ${newer}`);
      continue;
    }
    for (const { edition } of file.differences) only.set(edition, only.get(edition)! + 1);
    lines.push(
      ...table(
        file.differences.map(({ edition, diagnostic: d }) => ({
          severity: d.severity,
          cells: [position(d), LABELS[d.severity], `only in ${edition}: ${shown(d.message)}`, shown(d.rule)],
        })),
        c,
      ),
    );
  }
  if (!report.files.length) return '';
  const total = [...only.values()].reduce((a, b) => a + b, 0);
  const split = EDITIONS.map((e) => `${only.get(e)} only in ${e}`).join(', ');
  lines.push('', c.bold(`${plural(total, 'difference')} between ${older} and ${newer} in ${plural(report.files.length, 'file')} (${split})`));
  if (failing) {
    const verb = failing === 1 ? 'has errors under its own edition' : 'have errors under their own edition';
    lines.push(c.bold(c.red(`\u2716 ${failing} of ${plural(report.files.length, 'file')} ${verb}`)));
  }
  return `${lines.join('\n')}\n\n`;
}
