import * as assert from 'assert';
import * as path from 'path';
import type { Diagnostic, RuleMeta } from '../../server/src/engine';
import { RULES } from '../../server/src/engine';
import { escapeData, escapeProperty, github, githubFileByFile } from '../../server/src/cli/formatters/github';
import { json, jsonFileByFile } from '../../server/src/cli/formatters/json';
import { junit, junitFileByFile } from '../../server/src/cli/formatters/junit';
import { sarif, sarifFileByFile } from '../../server/src/cli/formatters/sarif';
import type { LintReport, ReportedDiagnostic } from '../../server/src/cli/report';
import { ensureBuilt, expectGolden, removeTemporaryFolders, ROOT, runCli, temporaryFolder, writeTree } from './helpers';

const OPTIONS = { color: false, cwd: '/work/repo', version: '0.0.0' };

/** A diagnostic for formatter tests; positions zero-based. */
function diagnostic(overrides: Partial<ReportedDiagnostic> = {}): ReportedDiagnostic {
  return {
    rule: 'retention/audit-logs',
    severity: 'error',
    message: 'Audit logs are kept 730 days; the policy allows at most one year (365 days).',
    path: ['retention', 'auditLogs'],
    range: { start: { line: 2, character: 17 }, end: { line: 3, character: 4 } },
    offset: 0,
    length: 0,
    fixes: [],
    fingerprint: '0'.repeat(32),
    ...overrides,
  };
}

function report(file: string, diagnostics: ReportedDiagnostic[]): LintReport {
  return { kind: 'lint', files: [{ file, absolutePath: path.join(OPTIONS.cwd, file), edition: '2020-09', diagnostics }] };
}

/** What the Actions runner does with a workflow command: split it and unescape its parts. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::([a-z]+) ([^:]*)::(.*)$/.exec(line);
  assert.ok(match, `a workflow command: ${line}`);
  const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of match[2].split(',')) {
    const equals = pair.indexOf('=');
    properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1));
  }
  return { command: match[1], properties, message: unescape(match[3]) };
}

describe('--format github', () => {
  // --format junit: test/cli/junit.test.ts
  before(ensureBuilt);
  after(removeTemporaryFolders);

  describe('github: workflow commands', () => {
    it('escapes data (%, CR, LF) and properties (also : and ,) as the Actions toolkit does', () => {
      assert.strictEqual(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
      assert.strictEqual(escapeProperty('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext%3A a%2C b');
      // % first, so an escape is never escaped twice.
      assert.strictEqual(escapeData('%0A'), '%250A');
    });

    it('one command a line: one-based positions, the rule as title, severity as the command', () => {
      const text = github(
        report('samples/a,b:c%d.privacy.json', [
          diagnostic(),
          diagnostic({ severity: 'warning', rule: 'schema/unknown-property', message: 'Unknown property "50%\nof\rit".' }),
          diagnostic({ severity: 'information', rule: 'migration/feature-availability' }),
          diagnostic({ severity: 'hint', rule: 'x/y' }),
        ]),
        OPTIONS,
      );
      const lines = text.split('\n');
      assert.strictEqual(lines.pop(), '', 'ends with a newline');
      assert.strictEqual(
        lines[0],
        '::error file=samples/a%2Cb%3Ac%25d.privacy.json,line=3,col=18,endLine=4,endColumn=5,title=retention/audit-logs' +
          '::Audit logs are kept 730 days; the policy allows at most one year (365 days).',
      );
      assert.deepStrictEqual(
        lines.map((line) => parseCommand(line).command),
        ['error', 'warning', 'notice', 'notice'],
      );
      const warning = parseCommand(lines[1]);
      assert.strictEqual(warning.message, 'Unknown property "50%\nof\rit".');
      assert.strictEqual(lines[1].split('::')[2], 'Unknown property "50%25%0Aof%0Dit".');
      assert.deepStrictEqual(warning.properties, {
        file: 'samples/a,b:c%d.privacy.json',
        line: '3',
        col: '18',
        endLine: '4',
        endColumn: '5',
        title: 'schema/unknown-property',
      });
    });

    it('leaves out suppressed findings and those in the baseline; nothing at all for a clean run', () => {
      const text = github(
        report('a.privacy.json', [
          diagnostic({ suppression: { kind: 'inSource', justification: 'ok' } }),
          diagnostic({ baselineState: 'unchanged' }),
          diagnostic({ baselineState: 'new', rule: 'deletion/purge-window' }),
        ]),
        OPTIONS,
      );
      assert.deepStrictEqual(
        text
          .trimEnd()
          .split('\n')
          .map((line) => parseCommand(line).properties.title),
        ['deletion/purge-window'],
      );
      assert.strictEqual(github(report('a.privacy.json', []), OPTIONS), '');
    });

    it('a file at a time: the very text of the whole report (no file, clean files, suppressed and baselined findings left out)', () => {
      const files = (entries: [string, ReportedDiagnostic[]][]): LintReport => ({
        kind: 'lint',
        files: entries.map(([file, diagnostics]) => ({ file, absolutePath: path.join(OPTIONS.cwd, file), edition: '2020-09' as const, diagnostics })),
      });
      for (const r of [
        files([]),
        files([['clean.privacy.json', []]]),
        files([
          [
            'a.privacy.json',
            [
              diagnostic(),
              diagnostic({ severity: 'warning', message: 'two\nlines, 100%' }),
              diagnostic({ suppression: { kind: 'inSource', justification: 'why' } }),
            ],
          ],
          ['clean.privacy.json', []],
          ['sub/b,c.privacy.json', [diagnostic({ baselineState: 'unchanged' }), diagnostic({ severity: 'hint', baselineState: 'new' })]],
        ]),
      ]) {
        const whole = github(r, OPTIONS);
        assert.strictEqual(
          githubFileByFile.finish(
            r.files.map((file) => githubFileByFile.file(file, OPTIONS)),
            OPTIONS,
          ),
          whole,
        );
        const pieces: string[] = [];
        const writer = githubFileByFile.writer!((chunk) => pieces.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), OPTIONS);
        for (const file of r.files) writer.file(file);
        writer.finish();
        assert.strictEqual(pieces.join(''), whole);
      }
      assert.strictEqual(github(files([['a.privacy.json', [diagnostic(), diagnostic({ baselineState: 'unchanged' })]]]), OPTIONS).split('\n').length, 2);
    });

    it('from the CLI: the samples, files relative to the working directory, exit code as usual', () => {
      const run = runCli(['--format', 'github', path.join(ROOT, 'samples')]);
      assert.strictEqual(run.status, 1, run.stderr);
      const commands = run.stdout.trimEnd().split('\n').map(parseCommand);
      assert.strictEqual(commands.length, 18);
      const audit = commands.find((c) => c.properties.title === 'retention/audit-logs')!;
      assert.deepStrictEqual(audit.properties, {
        file: 'samples/contoso.privacy.jsonc',
        line: '34',
        col: '18',
        endLine: '34',
        endColumn: '23',
        title: 'retention/audit-logs',
      });
      assert.strictEqual(audit.command, 'error');
      assert.ok(!commands.some((c) => c.properties.title === 'residency/store-geography' && c.properties.line === '28'), 'the suppressed finding is left out');
      assert.deepStrictEqual(
        commands.filter((c) => c.command === 'notice').map((c) => c.properties.file),
        ['samples/contoso.privacy.jsonc', 'samples/woodgrove.privacy.jsonc'],
      );
      expectGolden('samples.github.txt', runCli(['--format', 'github', 'samples']).stdout);
    });

    it("--compare-editions: each difference, at its severity when the file's own edition raises it, else as a notice", () => {
      const run = runCli(['--compare-editions', '--format', 'github', 'samples/northwind.privacy.jsonc']);
      assert.strictEqual(run.status, 1);
      const commands = run.stdout.trimEnd().split('\n').map(parseCommand);
      assert.deepStrictEqual(
        commands.map((c) => `${c.command} ${c.properties.title}`),
        [
          'error migration/edition (only in 2018-05)',
          'notice migration/feature-availability (only in 2020-09)',
          'error storage/approved-kind (only in 2018-05)',
          'error retention/telemetry (only in 2018-05)',
          'notice deletion/scenario (only in 2020-09)',
        ],
      );
      assert.match(commands[0].message, /^Only in edition 2018-05: A migration is configured/);
    });
  });
});

describe('--format json, a file at a time', () => {
  after(removeTemporaryFolders);

  const lintReport = (...files: [string, ReportedDiagnostic[]][]): LintReport => ({
    kind: 'lint',
    files: files.map(([file, diagnostics]) => ({ file, absolutePath: path.join(OPTIONS.cwd, file), edition: '2020-09' as const, diagnostics })),
  });
  const byFile = (r: LintReport) =>
    jsonFileByFile.finish(
      r.files.map((file) => jsonFileByFile.file(file, OPTIONS)),
      OPTIONS,
    );

  it('the very text of the whole report: no file, one, several; clean files, suppressed and baselined findings, fixes', () => {
    const reports = [
      lintReport(),
      lintReport(['a.privacy.json', []]),
      lintReport(['a.privacy.json', [diagnostic()]]),
      lintReport(
        [
          'dir/a "quoted".privacy.json',
          [
            diagnostic({ fixes: [{ title: 'Set to 365 days', preferred: true, edits: [{ offset: 1, length: 2, newText: '365' }] }] }),
            diagnostic({ rule: 'x/y', message: 'multi\nline \u2028 "text"' }),
          ],
        ],
        ['b.privacy.jsonc', []],
        [
          'c.privacy.json',
          [
            diagnostic({ suppression: { kind: 'inSource', justification: 'why' } }),
            diagnostic({ baselineState: 'unchanged' }),
            diagnostic({ baselineState: 'new', path: [] }),
          ],
        ],
      ),
    ];
    for (const r of reports) {
      assert.strictEqual(byFile(r), json(r, OPTIONS));
      assert.deepStrictEqual(
        JSON.parse(byFile(r)).map((entry: { file: string }) => entry.file),
        r.files.map((file) => file.file),
      );
    }
  });

  it('written in pieces (a file with more findings than a batch): the very text of the whole report, unsafe characters escaped', () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      diagnostic({
        rule: i % 2 ? 'schema/type' : 'x/y',
        severity: i % 3 ? 'error' : 'warning',
        message: i % 7 ? `Value ${i} is not allowed: "a\u2028b\u007f\u202e" \\ ok` : 'plain',
        path: i % 5 ? ['stores', i, 'data', i % 4, 'k\u0085ey'] : [],
        range: { start: { line: i, character: i % 13 }, end: { line: i + 1, character: 0 } },
        fixes:
          i % 3
            ? []
            : [
                { title: `Set to "x${i}" \u2029`, preferred: i % 2 === 0, edits: [] },
                { title: 'Other', preferred: false, edits: [] },
              ],
        suppression: i === 300 ? { kind: 'inSource', justification: 'why' } : undefined,
        fingerprint: i.toString(16).padStart(32, '0'),
      }),
    );
    for (const r of [
      lintReport(['big.privacy.json', many], ['small.privacy.json', many.slice(0, 3)]),
      lintReport(['exactly-a-batch.privacy.json', many.slice(0, 257)]),
    ]) {
      const pieces: string[] = [];
      const writer = jsonFileByFile.writer!((chunk) => pieces.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), OPTIONS);
      for (const file of r.files) writer.file(file);
      writer.finish();
      assert.ok(pieces.length > 3, 'written in several pieces');
      assert.strictEqual(pieces.join(''), json(r, OPTIONS));
    }
    assert.ok(json(lintReport(['big.privacy.json', many]), OPTIONS).includes('\\u2028b\\u007f\\u202e'));
  });

  it('from the CLI: the same report as with the whole report in memory (--write-baseline takes that path), exit code and all', () => {
    const folder = temporaryFolder();
    writeTree(folder, {
      'a.privacy.json': '{}',
      'sub/b.privacy.jsonc': '// comment\n{ "policyEdition": "2018-05", "tenant": { "id": "t", "signupCountry": "DE" } }',
      'sub/c.privacy.json': '{ "broken": ',
    });
    const streamed = runCli(['--format', 'json', '.'], { cwd: folder });
    const whole = runCli(['--format', 'json', '--write-baseline', 'baseline.txt', '.'], { cwd: folder });
    assert.strictEqual(streamed.status, 1);
    const entries = JSON.parse(streamed.stdout) as { file: string; diagnostics: { rule: string }[] }[];
    assert.deepStrictEqual(
      entries.map((entry) => entry.file),
      ['a.privacy.json', 'sub/b.privacy.jsonc', 'sub/c.privacy.json'],
    );
    assert.ok(entries[2].diagnostics.some((d) => d.rule === 'syntax'));
    // --write-baseline reports every finding as already known: json then lists none.
    assert.deepStrictEqual(
      (JSON.parse(whole.stdout) as typeof entries).map((entry) => [entry.file, entry.diagnostics.length]),
      entries.map((entry) => [entry.file, 0]),
    );
    const known = runCli(['--format', 'json', '--baseline', 'baseline.txt', '.'], { cwd: folder });
    assert.strictEqual(known.status, 0);
    assert.strictEqual(known.stdout, whole.stdout);
  });
});

describe('--format junit, a file at a time', () => {
  const files = (entries: [string, ReportedDiagnostic[]][]): LintReport => ({
    kind: 'lint',
    files: entries.map(([file, diagnostics]) => ({ file, absolutePath: path.join(OPTIONS.cwd, file), edition: '2020-09' as const, diagnostics })),
  });

  it('the very text of the whole report, with the totals of every suite (names that look like attributes too)', () => {
    for (const r of [
      files([]),
      files([['clean.privacy.json', []]]),
      files([
        [
          'a tests="9" failures="9".privacy.json',
          [diagnostic(), diagnostic({ severity: 'warning' }), diagnostic(), diagnostic({ suppression: { kind: 'inSource', justification: 'why' } })],
        ],
        ['clean.privacy.json', []],
        [
          'sub/<b>&.privacy.json',
          [
            diagnostic({ baselineState: 'unchanged' }),
            diagnostic({ severity: 'information', baselineState: 'new' }),
            diagnostic({ rule: 'x/y', message: 'm\u0001' }),
          ],
        ],
      ]),
    ]) {
      assert.strictEqual(
        junitFileByFile.finish(
          r.files.map((file) => junitFileByFile.file(file, OPTIONS)),
          OPTIONS,
        ),
        junit(r, OPTIONS),
      );
    }
    const text = junitFileByFile.finish(
      [
        files([
          ['a tests="9".privacy.json', [diagnostic(), diagnostic({ severity: 'warning' })]],
          ['b.privacy.json', []],
        ]).files,
      ]
        .flat()
        .map((file) => junitFileByFile.file(file, OPTIONS)),
      OPTIONS,
    );
    assert.ok(text.includes('<testsuites name="privacy-lint" tests="3" failures="1" errors="0" time="0">'), text);
  });
});

describe('--format sarif, a file at a time', () => {
  const files = (entries: [string, ReportedDiagnostic[], RuleMeta[]?][]): LintReport => ({
    kind: 'lint',
    files: entries.map(([file, diagnostics, policies]) => ({
      file,
      absolutePath: path.join(OPTIONS.cwd, file),
      edition: '2020-09' as const,
      diagnostics,
      policies,
    })),
  });
  const policy = (id: string, message = `${id} says no.`): RuleMeta => ({
    id,
    editions: ['2018-05', '2020-09'],
    severity: 'error',
    policySection: 'Organization policy',
    summary: message,
    rationale: message,
    organization: true,
    ...(id.endsWith('docs') ? { docs: `https://example.com/${id}` } : {}),
  });
  const byParts = (r: LintReport) =>
    sarifFileByFile.finish(
      r.files.map((file) => sarifFileByFile.file(file, OPTIONS)),
      OPTIONS,
    );
  const byWriter = (r: LintReport) => {
    const pieces: string[] = [];
    const writer = sarifFileByFile.writer!((chunk) => pieces.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), OPTIONS);
    for (const file of r.files) writer.file(file);
    writer.finish();
    return pieces;
  };
  interface Log {
    runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } }; results: { ruleId: string; ruleIndex?: number }[] }[];
  }

  it('the very text of the whole log: no file, clean files, suppressed and baselined findings, policies met in any order', () => {
    const a = policy('org/a-docs');
    const b = policy('org/b');
    const c = policy('org/c');
    const reports = [
      files([]),
      files([['clean.privacy.json', []]]),
      files([
        ['one.privacy.json', [diagnostic({ rule: 'org/a-docs' }), diagnostic({ suppression: { kind: 'inSource', justification: 'why "so"' } })], [a]],
        ['clean.privacy.json', []],
        // b comes before a here: the part numbers b as the first policy, the run as the second.
        [
          'two.privacy.json',
          [diagnostic({ rule: 'org/b' }), diagnostic({ rule: 'org/a-docs', baselineState: 'unchanged' }), diagnostic({ baselineState: 'new', path: [] })],
          [b, a],
        ],
        [
          'three.privacy.json',
          [diagnostic({ rule: 'org/c' }), diagnostic({ rule: 'org/a-docs', message: 'm\u2028\u007f' })],
          [c, policy('org/a-docs', 'a later copy, not listed')],
        ],
      ]),
    ];
    for (const r of reports) {
      const whole = sarif(r, OPTIONS);
      assert.strictEqual(byParts(r), whole);
      assert.strictEqual(byWriter(r).join(''), whole);
    }
    const log = JSON.parse(sarif(reports[2], OPTIONS)) as Log;
    const rules = log.runs[0].tool.driver.rules;
    assert.deepStrictEqual(
      rules.slice(RULES.length).map((rule) => [rule.id, rule.shortDescription.text]),
      [
        ['org/a-docs', 'org/a-docs says no.'],
        ['org/b', 'org/b says no.'],
        ['org/c', 'org/c says no.'],
      ],
    );
    assert.deepStrictEqual(
      log.runs[0].results.map((result) => rules[result.ruleIndex!].id),
      log.runs[0].results.map((result) => result.ruleId),
    );
    assert.deepStrictEqual(
      log.runs[0].results.map((result) => result.ruleId),
      ['org/a-docs', 'retention/audit-logs', 'org/b', 'org/a-docs', 'retention/audit-logs', 'org/c', 'org/a-docs'],
    );
  });

  it('a file with more findings than a batch: written in pieces, the very text of the whole log, unsafe characters escaped', () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      diagnostic({
        rule: i % 2 ? 'schema/type' : 'org/p',
        severity: i % 3 ? 'error' : 'hint',
        message: i % 7 ? `Value ${i} is not allowed: "a\u2028b\u007f\u202e" \\ ok` : 'plain',
        path: i % 5 ? ['stores', i, 'data', i % 4, 'k\u0085ey'] : [],
        range: { start: { line: i, character: i % 13 }, end: { line: i + 1, character: 0 } },
        suppression: i === 300 ? { kind: 'inSource', justification: 'why \u202e' } : undefined,
        fingerprint: i.toString(16).padStart(32, '0'),
      }),
    );
    const r = files([
      ['big \u2029.privacy.json', many, [policy('org/p')]],
      ['small.privacy.json', many.slice(0, 3), [policy('org/q'), policy('org/p')]],
    ]);
    const whole = sarif(r, OPTIONS);
    const pieces = byWriter(r);
    assert.ok(pieces.length >= 3, 'written in pieces');
    assert.strictEqual(pieces.join(''), whole);
    assert.strictEqual(byParts(r), whole);
    assert.ok(whole.includes('\\u2028b\\u007f\\u202e') && !/[\u2028\u2029\u007f\u202e\u0085]/.test(whole));
  });
});

// Keep the Diagnostic import used by the type of a synthetic report.
export type { Diagnostic };
