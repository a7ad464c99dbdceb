import type { Diagnostic } from '../../engine';
import { jsonPathExpression } from './jsonPath';
import { isReported, type Report } from '../report';
import type { Formatter } from './types';
import { xmlAttributes, xmlText } from './xml';

/**
 * `--format junit`: JUnit XML for CI test reports. One `<testsuite>` in `<testsuites>`,
 * a `<testcase>` per linted file, and in it a `<failure>` per error: its `type` the rule
 * id, its `message` the diagnostic's, its body `file:line:col: message (rule at JSON path)`.
 * Warnings and information do not fail a test: they are listed in the test case's
 * `<system-out>`. `tests` counts the test cases (files) and `failures` the `<failure>`
 * elements (errors), so that the counts match the document; a file with several errors
 * makes `failures` larger than the number of failed files. Suppressed findings and those
 * the baseline holds are left out. With `--compare-editions`, a file fails on the errors
 * of its own edition (they decide the exit code) and its `<system-out>` lists the
 * differences between the editions.
 */
export const junit: Formatter = (report) => {
  const cases = report.kind === 'lint'
    ? report.files.map((file) => testCase(file.file, file.diagnostics.filter(isReported), []))
    : report.files.map((file) => testCase(
      file.file,
      file.targetDiagnostics.filter(isReported),
      file.differences.map(({ edition, diagnostic }) => `only in ${edition}: ${outLine(diagnostic)}`),
    ));
  const tests = cases.length;
  const failures = cases.reduce((sum, c) => sum + c.failures, 0);
  const counts = [['tests', tests], ['failures', failures], ['errors', 0]] as const;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${xmlAttributes([['name', 'privacy-lint'], ...counts])}>`,
    `  <testsuite ${xmlAttributes([['name', report.kind === 'lint' ? 'privacy-lint' : 'privacy-lint --compare-editions'], ...counts, ['skipped', 0]])}>`,
    ...cases.flatMap((c) => c.lines),
    '  </testsuite>',
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
};

interface TestCase {
  /** `<failure>` elements: the file's errors. */
  failures: number;
  lines: string[];
}

function testCase(file: string, diagnostics: readonly Diagnostic[], extraOut: readonly string[]): TestCase {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const others = diagnostics.filter((d) => d.severity !== 'error');
  const open = `    <testcase ${xmlAttributes([['classname', 'privacy-lint'], ['name', file], ['file', file]])}`;
  const out = [...others.map(outLine), ...extraOut];
  if (!errors.length && !out.length) return { failures: 0, lines: [`${open} />`] };
  const lines = [`${open}>`];
  for (const d of errors) {
    const body = `${file}:${position(d)}: ${d.message} (${d.rule} at ${jsonPathExpression(d.path)})`;
    lines.push(`      <failure ${xmlAttributes([['type', d.rule], ['message', d.message]])}>${xmlText(body)}</failure>`);
  }
  if (out.length) lines.push(`      <system-out>${xmlText(out.join('\n'))}</system-out>`);
  lines.push('    </testcase>');
  return { failures: errors.length, lines };
}

const position = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;

function outLine(d: Diagnostic): string {
  return `${position(d)} ${d.severity}: ${d.message} (${d.rule} at ${jsonPathExpression(d.path)})`;
}
