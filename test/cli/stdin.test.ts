import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { brief, cleanConfig, ensureBuilt, FIXTURES, lintJson, removeTemporaryFolders, ROOT, runCli, SAMPLES, temporaryFolder, writeTree } from './helpers';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const sample = (name: string) => fs.readFileSync(path.join(SAMPLES, name), 'utf8');

describe('--stdin and --stdin-filename', () => {
  let folder: string;
  before(() => {
    ensureBuilt();
    folder = temporaryFolder();
    writeTree(folder, {
      // A settings file in sub/: edition 2018-05, audit-log retention off.
      'sub/privacy-lint.config.json': '{ "edition": "2018-05", "rules": { "retention/audit-logs": "off" } }',
    });
  });
  after(removeTemporaryFolders);

  it('lints standard input as <stdin>: the same findings as the file', () => {
    const fromFile = lintJson(['samples/northwind.privacy.jsonc']).entries[0];
    const { run, entries } = lintJson(['--stdin'], { input: sample('northwind.privacy.jsonc') });
    assert.strictEqual(run.status, 1, run.stderr);
    assert.strictEqual(entries.length, 1);
    assert.strictEqual(entries[0].file, '<stdin>');
    assert.deepStrictEqual(entries[0].diagnostics.map(brief), fromFile.diagnostics.map(brief));
    assert.match(runCli(['--stdin'], { input: sample('northwind.privacy.jsonc') }).stdout, /^<stdin>$/m);
    assert.strictEqual(runCli(['--stdin'], { input: cleanConfig() }).status, 0);
  });

  it("--stdin-filename names it: report, SARIF URI and fingerprints are the named file's", () => {
    const args = ['--stdin', '--stdin-filename', 'samples/contoso.privacy.jsonc'];
    const { run, entries } = lintJson(args, { input: sample('contoso.privacy.jsonc') });
    assert.strictEqual(run.status, 1);
    assert.strictEqual(entries[0].file, 'samples/contoso.privacy.jsonc');
    const fromFile = lintJson(['samples/contoso.privacy.jsonc']).entries[0];
    assert.deepStrictEqual(
      entries[0].diagnostics.map((d) => d.fingerprint),
      fromFile.diagnostics.map((d) => d.fingerprint),
    );
    const sarif = JSON.parse(runCli([...args, '--format', 'sarif'], { input: sample('contoso.privacy.jsonc') }).stdout);
    assert.deepStrictEqual(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation, {
      uri: 'samples/contoso.privacy.jsonc',
      uriBaseId: '%SRCROOT%',
    });
    // A baseline written from the files covers the same text on standard input.
    const root = temporaryFolder();
    writeTree(root, { 'samples/contoso.privacy.jsonc': sample('contoso.privacy.jsonc') });
    assert.strictEqual(runCli(['--write-baseline', 'b.txt', 'samples'], { cwd: root }).status, 0);
    const baselined = runCli([...args, '--baseline', 'b.txt'], { cwd: root, input: sample('contoso.privacy.jsonc') });
    assert.deepStrictEqual([baselined.status, baselined.stdout], [0, '']);
  });

  it("settings are found from --stdin-filename's folder (which need not hold the file)", () => {
    const text = cleanConfig().replace('"auditLogs": 365', '"auditLogs": 400').replace('"telemetry": 30', '"telemetry": 31');
    const inSub = lintJson(['--stdin', '--stdin-filename', 'sub/new.privacy.json'], { cwd: folder, input: text });
    assert.strictEqual(inSub.entries[0].edition, '2018-05', 'the edition of sub/privacy-lint.config.json');
    assert.deepStrictEqual(
      inSub.entries[0].diagnostics.map((d) => d.rule),
      ['retention/telemetry'],
      'audit-log retention is off there',
    );
    const atRoot = lintJson(['--stdin', '--stdin-filename', 'new.privacy.json'], { cwd: folder, input: text });
    assert.strictEqual(atRoot.entries[0].edition, '2020-09');
    assert.deepStrictEqual(
      atRoot.entries[0].diagnostics.map((d) => d.rule),
      ['retention/audit-logs'],
    );
    const unnamed = lintJson(['--stdin'], { cwd: path.join(folder, 'sub'), input: text });
    assert.strictEqual(unnamed.entries[0].edition, '2018-05', 'without a name, settings are found from the working directory');
    assert.strictEqual(
      lintJson(['--stdin', '--stdin-filename', 'sub/new.privacy.json', '--edition', '2020-09'], { cwd: folder, input: text }).entries[0].edition,
      '2020-09',
    );
  });

  it('--fix: the fixed text on stdout (as --fix writes the file), the report of what is left on stderr', () => {
    const run = runCli(['--stdin', '--fix', '--stdin-filename', 'samples/contoso.privacy.jsonc'], { input: sample('contoso.privacy.jsonc') });
    assert.strictEqual(run.status, 1, 'an error is left: the store outside the elected geography has no preferred fix');
    assert.strictEqual(run.stdout, fs.readFileSync(path.join(FIXTURES, 'fix', 'contoso.fixed.privacy.jsonc'), 'utf8'));
    assert.match(run.stderr, /^samples\/contoso\.privacy\.jsonc$/m);
    assert.match(run.stderr, /^ {2}29:72 +error .* residency\/store-geography$/m);
    assert.match(run.stderr, /^\u2716 3 problems \(1 error, 1 warning, 1 info\)$/m);
    assert.ok(!fs.readFileSync(path.join(SAMPLES, 'contoso.privacy.jsonc'), 'utf8').includes('"auditLogs": "P1Y"'), 'no file is written');
  });

  it('--fix with -o: the report goes to the file, stderr stays empty', () => {
    const output = path.join(folder, 'left.json');
    const run = runCli(['--stdin', '--fix', '--format', 'json', '-o', output], { input: sample('northwind.privacy.jsonc') });
    assert.strictEqual(run.status, 1);
    assert.strictEqual(run.stderr, '');
    assert.ok(run.stdout.includes('"telemetry": "P30D"'), 'fixed');
    const [entry] = JSON.parse(fs.readFileSync(output, 'utf8'));
    assert.deepStrictEqual(
      entry.diagnostics.map((d: { rule: string }) => d.rule),
      ['migration/edition', 'storage/approved-kind', 'processing/iso'],
    );
  });

  it('--fix on a clean text prints it unchanged, exit 0, nothing on stderr; a byte order mark and CRLF are kept', () => {
    const clean = runCli(['--stdin', '--fix'], { input: cleanConfig() });
    assert.deepStrictEqual([clean.status, clean.stdout, clean.stderr], [0, cleanConfig(), '']);
    const crlf = cleanConfig().replace('"auditLogs": 365', '"auditLogs": 400').split('\n').join('\r\n');
    const spawned = require('child_process').spawnSync(process.execPath, [path.join(ROOT, 'bin', 'privacy-lint.js'), '--stdin', '--fix'], {
      input: Buffer.concat([BOM, Buffer.from(crlf)]),
    });
    assert.strictEqual(spawned.status, 0, String(spawned.stderr));
    assert.deepStrictEqual(spawned.stdout, Buffer.concat([BOM, Buffer.from(crlf.replace('"auditLogs": 400', '"auditLogs": 365'))]));
  });

  it('--fix leaves a text with syntax errors as it is, and reports them', () => {
    const broken = '{ "tenant": { "id": "t", }\n';
    const run = runCli(['--stdin', '--fix'], { input: broken });
    assert.strictEqual(run.status, 1);
    assert.strictEqual(run.stdout, broken);
    assert.match(run.stderr, / syntax$/m);
  });

  it('empty input is linted: one syntax diagnostic at 0:0', () => {
    const { run, entries } = lintJson(['--stdin']);
    assert.strictEqual(run.status, 1);
    assert.deepStrictEqual(entries[0].diagnostics.map(brief), ['syntax [] 0:0-0:0']);
  });

  it('input that is not UTF-8: exit 2, one line, nothing linted', () => {
    const run = runCli(['--stdin', '--stdin-filename', 'x.privacy.json'], { input: Buffer.from('{ "tenant": { "id": "caf\xe9" } }\n', 'latin1') });
    assert.deepStrictEqual([run.status, run.stdout], [2, '']);
    assert.strictEqual(run.stderr, 'privacy-lint: x.privacy.json: standard input is not valid UTF-8; nothing was linted\n');
    const fix = runCli(['--stdin', '--fix'], { input: Buffer.from([0x7b, 0xff, 0x7d]) });
    assert.deepStrictEqual([fix.status, fix.stdout, fix.stderr], [2, '', 'privacy-lint: <stdin>: standard input is not valid UTF-8; nothing was linted\n']);
  });

  for (const [args, message] of [
    [['--stdin', 'samples'], '--stdin lints standard input and takes no paths (got "samples"); name the input with --stdin-filename'],
    [['--stdin', '--', '-x'], '--stdin lints standard input and takes no paths (got "-x"); name the input with --stdin-filename'],
    [['--stdin-filename', 'a.privacy.json'], '--stdin-filename names standard input: it needs --stdin'],
    [['--stdin', '--stdin-filename'], '--stdin-filename needs a file name'],
    [['--stdin=yes'], '--stdin takes no value'],
  ] as const) {
    it(`bad usage: ${args.join(' ')}`, () => {
      const run = runCli(args, { input: cleanConfig() });
      assert.deepStrictEqual([run.status, run.stdout, run.stderr], [2, '', `privacy-lint: ${message}\n`]);
    });
  }
});
