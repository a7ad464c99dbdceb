import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { lint, ruleDocsUrl, type LintOptions } from '../../server/src/engine';
import { BROKEN } from './fixtures';
import { ROOT, TestClient, withServer, workspace } from './lspClient';

/** What the engine says about a text, as the server should publish it. */
function expected(text: string, options: LintOptions = {}): { code: string; range: Diagnostic['range']; message: string; severity: DiagnosticSeverity }[] {
  const severities = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    information: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint,
  };
  return lint(text, options)
    .diagnostics.filter((d) => !d.suppression)
    .map((d) => ({ code: d.rule, range: d.range, message: d.message, severity: severities[d.severity] }));
}

function published(diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => ({ code: d.code as string, range: d.range, message: d.message, severity: d.severity! }));
}

describe('server: diagnostics', function () {
  const server = withServer({ 'broken.privacy.jsonc': BROKEN });
  const { ws } = server;

  it('declares the features of SPEC section 7', () => {
    const capabilities = server.client.initializeResult.capabilities;
    assert.deepStrictEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.privacyLint']);
    assert.deepStrictEqual(capabilities.executeCommandProvider?.commands, ['tenantPrivacy.server.applyFixAll', 'tenantPrivacy.server.showRuleDocumentation']);
    for (const feature of [
      'hoverProvider',
      'completionProvider',
      'inlayHintProvider',
      'documentSymbolProvider',
      'foldingRangeProvider',
      'documentFormattingProvider',
    ] as const) {
      assert.ok(capabilities[feature], feature);
    }
  });

  it('registers for settings and settings file changes', async () => {
    const configuration = await server.client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration');
    assert.deepStrictEqual(configuration.registerOptions, { section: 'tenantPrivacy' });
    const watched = await server.client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepStrictEqual(watched.registerOptions, { watchers: [{ globPattern: '**/privacy-lint.config.json' }, { globPattern: '**/privacy-lint*.json' }] });
  });

  it('publishes on open what the engine reports, with the rule id, its docs and the source', async () => {
    const uri = ws.uri('broken.privacy.jsonc');
    const { diagnostics, version } = await server.client.open(uri, BROKEN);
    assert.strictEqual(version, 1);
    assert.deepStrictEqual(published(diagnostics), expected(BROKEN));
    assert.deepStrictEqual(diagnostics.map((d) => d.code).sort(), [
      'deletion/purge-window',
      'migration/deadline',
      'migration/feature-availability',
      'processing/purpose',
      'residency/store-geography',
      'retention/audit-logs',
    ]);
    for (const d of diagnostics) {
      assert.strictEqual(d.source, 'privacy-lint');
      assert.strictEqual(d.codeDescription?.href, ruleDocsUrl(d.code as string));
    }
    const auditLogs = diagnostics.find((d) => d.code === 'retention/audit-logs')!;
    assert.deepStrictEqual(auditLogs.range, { start: { line: 26, character: 17 }, end: { line: 26, character: 22 } });
    assert.strictEqual(auditLogs.severity, DiagnosticSeverity.Error);
    assert.strictEqual(diagnostics.find((d) => d.code === 'migration/feature-availability')!.severity, DiagnosticSeverity.Information);
  });

  it('publishes again on every change (incremental edits too)', async () => {
    const uri = ws.uri('broken.privacy.jsonc');
    const fixed = BROKEN.replace('"P2Y"', '"P1Y"');
    const full = await server.client.change(uri, fixed);
    assert.strictEqual(full.version, 2);
    assert.deepStrictEqual(published(full.diagnostics), expected(fixed));
    assert.ok(!full.diagnostics.some((d) => d.code === 'retention/audit-logs'));
    // An incremental change: "purgeWithinDays": 90 -> 30 on line 30.
    const range = { start: { line: 30, character: 53 }, end: { line: 30, character: 55 } };
    const incremental = await server.client.change(uri, '30', range);
    assert.strictEqual(incremental.version, 3);
    assert.strictEqual(server.client.text(uri), fixed.replace('"purgeWithinDays": 90', '"purgeWithinDays": 30'));
    assert.deepStrictEqual(published(incremental.diagnostics), expected(server.client.text(uri)));
  });

  it('publishes for the latest version only: results for stale versions are dropped', async () => {
    const uri = ws.uri('broken.privacy.jsonc');
    const before = server.client.diagnostics.all.length;
    const release = server.client.holdConfiguration();
    // The server keeps resolved settings; make it ask again, so that the validations wait on the held answer.
    await server.client.touchSettings();
    const stale = await server.client.sendChange(uri, BROKEN);
    const latestText = BROKEN.replace('"Marketing"', '"support"');
    const latest = server.client.version(uri) + 1;
    const published = server.client.diagnostics.next((p) => p.uri === uri && p.version === latest);
    await server.client.sendChange(uri, latestText);
    release();
    const result = await published;
    assert.ok(!result.diagnostics.some((d) => d.code === 'processing/purpose'));
    // One more full round trip, so the stale validation has surely finished.
    await server.client.change(uri, latestText);
    const versions = server.client.diagnostics.all
      .slice(before)
      .filter((p) => p.uri === uri)
      .map((p) => p.version);
    assert.ok(!versions.includes(stale), `no diagnostics for stale version ${stale}: ${versions.join(',')}`);
    assert.deepStrictEqual(versions, [latest, latest + 1]);
  });

  it('clears the diagnostics on close', async () => {
    const uri = ws.uri('broken.privacy.jsonc');
    const cleared = await server.client.close(uri);
    assert.deepStrictEqual(cleared.diagnostics, []);
  });

  it("strips a leading byte order mark; positions stay in the client's text", async () => {
    const uri = ws.uri('bom.privacy.json');
    const text = '{ "tenant": { "id": "x", "signupCountry": "de" } }';
    const { diagnostics } = await server.client.open(uri, `\uFEFF${text}`);
    const shifted = expected(text).map((d) => ({
      ...d,
      range: {
        start: { line: d.range.start.line, character: d.range.start.character + (d.range.start.line === 0 ? 1 : 0) },
        end: { line: d.range.end.line, character: d.range.end.character + (d.range.end.line === 0 ? 1 : 0) },
      },
    }));
    assert.deepStrictEqual(published(diagnostics), shifted);
    const country = diagnostics.find((d) => d.code === 'tenant/country-code')!;
    assert.strictEqual(`\uFEFF${text}`.slice(country.range.start.character, country.range.end.character), '"de"');
    await server.client.close(uri);
  });

  it('ignores documents of other languages', async () => {
    const uri = ws.uri('other.json');
    await server.client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text: '{ "a": 1 }' } });
    assert.strictEqual(await server.client.hover(uri, 0, 3), null);
  });
});

describe('server: same diagnostics as the CLI', function () {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  const samples = fs.existsSync(path.join(ROOT, 'samples')) ? fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => /\.privacy\.jsonc?$/.test(f)) : [];
  const ws = workspace({
    'privacy-lint.config.json': '{ "rules": { "migration/feature-availability": "off", "processing/purpose": "warning" } }',
    ...Object.fromEntries(samples.map((f) => [f, fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8')])),
    'broken.privacy.jsonc': BROKEN,
  });
  let client: TestClient;

  before(async function () {
    if (!fs.existsSync(cli)) this.skip();
    client = await TestClient.start({ folders: [ws.root] });
  });
  after(async () => {
    await client?.stop();
    ws.remove();
  });

  for (const file of [...samples, 'broken.privacy.jsonc']) {
    it(`${file}: rule ids, ranges, severities and messages as \`privacy-lint --format json\``, async function () {
      let output: string;
      try {
        output = execFileSync(process.execPath, [cli, '--format', 'json', file], { cwd: ws.root, encoding: 'utf8' });
      } catch (error) {
        output = (error as { stdout: string }).stdout;
      }
      const [report] = JSON.parse(output) as { diagnostics: { rule: string; severity: string; message: string; range: Diagnostic['range'] }[] }[];
      const { diagnostics } = await client.open(ws.uri(file), fs.readFileSync(ws.file(file), 'utf8'));
      const names = ['', 'error', 'warning', 'information', 'hint'];
      const fromServer = diagnostics.map((d) => ({ rule: d.code, severity: names[d.severity!], message: d.message, range: d.range }));
      const fromCli = report.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range }));
      assert.deepStrictEqual(fromServer, fromCli);
      assert.ok(!fromServer.some((d) => d.rule === 'migration/feature-availability'), 'the settings file applies');
    });
  }
});

describe('server: node IPC', function () {
  it('serves the same diagnostics over --node-ipc', async () => {
    const ws = workspace({});
    const client = await TestClient.start({ folders: [ws.root], transport: 'ipc' });
    try {
      const { diagnostics } = await client.open(ws.uri('a.privacy.jsonc'), BROKEN);
      assert.deepStrictEqual(published(diagnostics), expected(BROKEN));
    } finally {
      await client.stop();
      ws.remove();
    }
  });
});
