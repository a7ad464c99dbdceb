import * as assert from 'assert';
import * as path from 'path';
import { DiagnosticSeverity, FileChangeType, MessageType } from 'vscode-languageserver-protocol/node';
import { BROKEN, NO_EDITION } from './fixtures';
import { TestClient, uriOf, workspace } from './lspClient';

function codes(diagnostics: { code?: string | number }[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

describe('server: settings', function () {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it("reads privacy-lint.config.json from the document's folder upward; tenantPrivacy.rules overrides it rule by rule", async () => {
    const ws = workspace({
      'privacy-lint.config.json': '{ "rules": { "processing/purpose": "warning", "deletion/purge-window": "off", "retention/audit-logs": "hint" } }',
      'tenants/eu/a.privacy.jsonc': BROKEN,
    });
    try {
      client = await TestClient.start({ folders: [ws.root], settings: () => ({ rules: { 'retention/audit-logs': 'error' } }) });
      const { diagnostics } = await client.open(ws.uri('tenants/eu/a.privacy.jsonc'), BROKEN);
      assert.strictEqual(diagnostics.find((d) => d.code === 'processing/purpose')?.severity, DiagnosticSeverity.Warning, 'from the file');
      assert.ok(!diagnostics.some((d) => d.code === 'deletion/purge-window'), 'off in the file');
      assert.strictEqual(diagnostics.find((d) => d.code === 'retention/audit-logs')?.severity, DiagnosticSeverity.Error, 'the setting wins');
    } finally {
      ws.remove();
    }
  });

  it("asks for the settings of each document's own scope (multi-root), and stops the search at its workspace folder", async () => {
    const ws = workspace({
      'privacy-lint.config.json': '{ "rules": { "processing/purpose": "off" } }',
      'one/privacy-lint.config.json': '{ "edition": "2018-05" }',
      'one/a.privacy.jsonc': NO_EDITION,
      'two/b.privacy.jsonc': NO_EDITION,
    });
    try {
      const scopes: (string | undefined)[] = [];
      client = await TestClient.start({
        folders: [ws.file('one'), ws.file('two')],
        settings: (scope) => {
          scopes.push(scope);
          return scope?.includes('/two/') ? { edition: '2018-05', rules: { 'retention/telemetry': 'warning' } } : {};
        },
      });
      const one = await client.open(ws.uri('one/a.privacy.jsonc'), NO_EDITION);
      assert.deepStrictEqual(codes(one.diagnostics), ['retention/telemetry'], 'edition 2018-05 from one/privacy-lint.config.json');
      const status = await client.statuses.some((s) => s.uri === ws.uri('one/a.privacy.jsonc'));
      assert.deepStrictEqual(status, { uri: ws.uri('one/a.privacy.jsonc'), enabled: true, edition: '2018-05', editionSource: 'settingsFile' });
      const two = await client.open(ws.uri('two/b.privacy.jsonc'), BROKEN);
      assert.ok(
        two.diagnostics.some((d) => d.code === 'processing/purpose'),
        'the file above the workspace folder is not read',
      );
      assert.ok(scopes.includes(ws.uri('one/a.privacy.jsonc')) && scopes.includes(ws.uri('two/b.privacy.jsonc')));
    } finally {
      ws.remove();
    }
  });

  it('tenantPrivacy.edition sets the edition of files without policyEdition', async () => {
    const ws = workspace({ 'privacy-lint.config.json': '{ "edition": "2020-09" }' });
    try {
      client = await TestClient.start({ folders: [ws.root], settings: () => ({ edition: '2018-05' }) });
      const uri = ws.uri('a.privacy.json');
      const { diagnostics } = await client.open(uri, NO_EDITION);
      assert.deepStrictEqual(codes(diagnostics), ['retention/telemetry']);
      assert.deepStrictEqual(await client.statuses.some((s) => s.uri === uri), { uri, enabled: true, edition: '2018-05', editionSource: 'setting' });
    } finally {
      ws.remove();
    }
  });

  it('a change of settings re-validates the open documents', async () => {
    const ws = workspace({});
    try {
      client = await TestClient.start({ folders: [ws.root] });
      const uri = ws.uri('a.privacy.jsonc');
      const first = await client.open(uri, BROKEN);
      assert.ok(first.diagnostics.some((d) => d.code === 'processing/purpose'));
      const next = client.diagnostics.next((p) => p.uri === uri);
      await client.changeSettings(() => ({ rules: { 'processing/purpose': 'off' } }));
      const after = await next;
      assert.strictEqual(after.version, 1);
      assert.ok(!after.diagnostics.some((d) => d.code === 'processing/purpose'));
      const disabled = client.diagnostics.next((p) => p.uri === uri);
      await client.changeSettings(() => ({ enable: false }));
      assert.deepStrictEqual((await disabled).diagnostics, [], 'tenantPrivacy.enable: false');
      assert.deepStrictEqual(await client.codeActions(uri, first.diagnostics), [], 'no quick fixes while disabled');
    } finally {
      ws.remove();
    }
  });

  it('a new or changed privacy-lint.config.json (a watched file) re-validates the open documents', async () => {
    const ws = workspace({});
    try {
      client = await TestClient.start({ folders: [ws.root] });
      const uri = ws.uri('a.privacy.jsonc');
      await client.open(uri, BROKEN);
      ws.write('privacy-lint.config.json', '{ "rules": { "migration/feature-availability": "off" } }');
      const next = client.diagnostics.next((p) => p.uri === uri);
      await client.fileChanged(ws.file('privacy-lint.config.json'), FileChangeType.Created);
      assert.ok(!(await next).diagnostics.some((d) => d.code === 'migration/feature-availability'));
    } finally {
      ws.remove();
    }
  });

  it('a broken settings file: diagnostics on that file, one window message, and linting with the defaults', async () => {
    const ws = workspace({ 'privacy-lint.config.json': '{ "rules": { "retention/audit-log": "warning" } }' });
    try {
      client = await TestClient.start({ folders: [ws.root] });
      const settingsUri = uriOf(path.join(ws.root, 'privacy-lint.config.json'));
      const problems = client.diagnostics.next((p) => p.uri === settingsUri);
      const message = client.messages.next();
      const { diagnostics } = await client.open(ws.uri('a.privacy.jsonc'), BROKEN);
      assert.ok(
        diagnostics.some((d) => d.code === 'retention/audit-logs'),
        'the defaults apply',
      );
      const published = await problems;
      assert.strictEqual(published.diagnostics.length, 1);
      assert.match(published.diagnostics[0].message, /Unknown rule "retention\/audit-log"; did you mean "retention\/audit-logs"\?/);
      assert.deepStrictEqual(published.diagnostics[0].range, { start: { line: 0, character: 13 }, end: { line: 0, character: 34 } });
      const shown = await message;
      assert.strictEqual(shown.type, MessageType.Warning);
      assert.match(shown.message, /privacy-lint\.config\.json:1:14: Unknown rule "retention\/audit-log"/);
      await client.open(ws.uri('b.privacy.jsonc'), BROKEN);
      assert.strictEqual(client.messages.all.length, 1, 'the message is shown once');
      // Fixed: its diagnostics are cleared.
      ws.write('privacy-lint.config.json', '{ "rules": { "retention/audit-logs": "warning" } }');
      const cleared = client.diagnostics.next((p) => p.uri === settingsUri);
      await client.fileChanged(ws.file('privacy-lint.config.json'), FileChangeType.Changed);
      assert.deepStrictEqual((await cleared).diagnostics, []);
    } finally {
      ws.remove();
    }
  });
});
