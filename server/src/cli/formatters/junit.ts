import type { Diagnostic } from '../../engine';
import { jsonPathExpression } from './jsonPath';
import { isReported } from '../report';
import type { FileByFileFormatter, Formatter } from './types';
import { xmlAttributes, xmlText } from './xml';
import { escapeControlCharacters } from '../../engine';

/**
 * `--format junit`: JUnit XML as the common consumers read it (Jenkins, GitLab, ESLint's junit
 * formatter), valid against the Jenkins junit-4 XSD.
 *
 * - `<testsuites>` holds a `<testsuite>` per linted file (`name` its path).
 * - A `<testcase>` per finding: `classname` the file's path, `name` `RULE JSON-PATH` (with
 *   ` #2`, ` #3` for a second and third finding of one rule on one path). An error is a
 *   `<failure>` (`type` the rule id, `message` the message; body `file:line:col: message (rule
 *   at JSON path)`); a warning, information or hint is a passing test case whose
 *   `<system-out>` says what it is (they do not fail the run either).
 * - A file without findings is one passing test case, `name` `no findings`.
 * - `tests` counts test cases and `failures` failures, so `tests >= failures + errors` holds
 *   (`errors` is 0: a file that cannot be read stops the run with exit 2 and no report).
 *
 * Suppressed findings and those the baseline holds are left out. With `--compare-editions`, a
 * file's test cases are its own edition's findings (they decide the exit code) and its
 * testsuite's `<system-out>` lists the differences between the editions.
 *
 * Text from the linted files (file names, messages quoting values) is shown, never dropped:
 * control characters and characters XML 1.0 cannot hold are written visibly as `\uXXXX`
 * (`\u{XXXXX}` never happens: astral characters are valid XML), so no line of the document
 * can begin a GitHub workflow command and a name still matches its file.
 */
export const junit: Formatter = (report) => {
  const suites =
    report.kind === 'lint'
      ? report.files.map((file) => testSuite(file.file, file.diagnostics.filter(isReported), []))
      : report.files.map((file) =>
          testSuite(
            file.file,
            file.targetDiagnostics.filter(isReported),
            file.differences.map(({ edition, diagnostic }) => `only in ${edition}: ${position(diagnostic)} ${diagnostic.severity}: ${describe(diagnostic)}`),
          ),
        );
  const tests = suites.reduce((sum, s) => sum + s.tests, 0);
  const failures = suites.reduce((sum, s) => sum + s.failures, 0);
  const name = report.kind === 'lint' ? 'privacy-lint' : 'privacy-lint --compare-editions';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${xmlAttributes([
      ['name', name],
      ['tests', tests],
      ['failures', failures],
      ['errors', 0],
      ['time', 0],
    ])}>`,
    ...suites.flatMap((s) => s.lines),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
};

/**
 * `--format junit` a file at a time, the very text `junit` prints: a run keeps each file's
 * `<testsuite>` text, not its diagnostics (nor their parse trees), until the end, where the
 * totals of `<testsuites>` are the sums of the suites' own `tests` and `failures`.
 */
export const junitFileByFile: FileByFileFormatter = {
  file: (file) => testSuite(file.file, file.diagnostics.filter(isReported), []).lines.join('\n'),
  finish: (parts) => {
    let tests = 0;
    let failures = 0;
    for (const part of parts) {
      // The suite's first line, as testSuite writes it; a name cannot hold `"` (written &quot;), so this finds its own attributes.
      const counts = SUITE_COUNTS.exec(part)!;
      tests += Number(counts[1]);
      failures += Number(counts[2]);
    }
    const lines = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites ${xmlAttributes([
        ['name', 'privacy-lint'],
        ['tests', tests],
        ['failures', failures],
        ['errors', 0],
        ['time', 0],
      ])}>`,
      ...parts,
      '</testsuites>',
    ];
    return `${lines.join('\n')}\n`;
  },
};

const SUITE_COUNTS = /^ {2}<testsuite [^\n]*? tests="(\d+)" failures="(\d+)"/;

/**
 * Text from a linted file, made safe and visible: C0 and C1 control characters, DEL, the
 * line and paragraph separators, lone surrogates and the non-characters U+FFFE and U+FFFF
 * become `\uXXXX` (as text, six characters). Tabs and line ends too: every value is one line.
 */
export function junitVisible(text: string): string {
  // The control characters every format escapes, then what XML 1.0 cannot carry besides them.
  return escapeControlCharacters(text).replace(
    /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

interface TestSuite {
  tests: number;
  failures: number;
  lines: string[];
}

function testSuite(rawFile: string, diagnostics: readonly Diagnostic[], extraOut: readonly string[]): TestSuite {
  const file = junitVisible(rawFile);
  const cases: string[] = [];
  let failures = 0;
  const seen = new Map<string, number>();
  for (const d of diagnostics) {
    const base = `${junitVisible(d.rule)} ${junitVisible(jsonPathExpression(d.path))}`;
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    const open = `    <testcase ${xmlAttributes([
      ['classname', file],
      ['name', occurrence > 1 ? `${base} #${occurrence}` : base],
      ['time', 0],
    ])}>`;
    const line = `${file}:${position(d)}: ${describe(d)}`;
    if (d.severity === 'error') {
      failures++;
      const failure = xmlAttributes([
        ['type', junitVisible(d.rule)],
        ['message', junitVisible(d.message)],
      ]);
      cases.push(`${open}<failure ${failure}>${xmlText(line)}</failure></testcase>`);
    } else {
      cases.push(`${open}<system-out>${xmlText(`${d.severity}: ${line}`)}</system-out></testcase>`);
    }
  }
  if (!diagnostics.length)
    cases.push(
      `    <testcase ${xmlAttributes([
        ['classname', file],
        ['name', 'no findings'],
        ['time', 0],
      ])} />`,
    );
  const tests = cases.length;
  const attributes = xmlAttributes([
    ['name', file],
    ['tests', tests],
    ['failures', failures],
    ['errors', 0],
    ['skipped', 0],
    ['time', 0],
  ]);
  const lines = [`  <testsuite ${attributes}>`, ...cases];
  // Each line of the system-out starts with "only in", never with "::".
  if (extraOut.length) lines.push(`    <system-out>${xmlText(extraOut.join('\n'))}</system-out>`);
  lines.push('  </testsuite>');
  return { tests, failures, lines };
}

const position = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;

/** `message (rule at JSON path)`, one line, made visible. */
function describe(d: Diagnostic): string {
  return `${junitVisible(d.message)} (${junitVisible(d.rule)} at ${junitVisible(jsonPathExpression(d.path))})`;
}
