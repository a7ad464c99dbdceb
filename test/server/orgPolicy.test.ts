import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { MarkupContent } from 'vscode-languageserver-protocol/node';
import { lint } from '../../server/src/engine';
import { renderDataMap } from '../../server/src/engine/dataMap';
import { DataMapRequest, type DataMapResult } from '../../server/src/lsp/shared/protocol';
import { BROKEN } from './fixtures';
import { TestClient, uriOf, workspace } from './lspClient';
import { loadSettingsSync } from '../../server/src/shared/settingsChain';
import { readSettingsFileSync } from '../../server/src/shared/regularFile';

const BASE = JSON.stringify({
  policies: [
    {
      id: 'acme/eu-only',
      message: 'Acme keeps Customer Data in the EU.',
      given: '$.stores[*].geography',
      schema: { enum: ['europe', 'germany'] },
      docs: 'https://privacy.acme.example/eu-only',
    },
  ],
});
const SETTINGS = '{ "extends": "./shared/privacy-lint.base.json", "rules": { "retention/audit-logs": ["error", { "maxDays": 180 }] } }';

describe('server: organization policy (SPEC section 10)', function () {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it("policy findings as any rule's: code, docs link, hover, disable-comment completion, severity from tenantPrivacy.rules; the same as the CLI's", async () => {
    const ws = workspace({ 'privacy-lint.config.json': SETTINGS, 'shared/privacy-lint.base.json': BASE, 'a.privacy.jsonc': BROKEN });
    try {
      client = await TestClient.start({ folders: [ws.root], settings: () => ({ rules: { 'acme/eu-only': 'warning' } }) });
      const uri = ws.uri('a.privacy.jsonc');
      const { diagnostics } = await client.open(uri, BROKEN);
      const policy = diagnostics.find((d) => d.code === 'acme/eu-only');
      assert.ok(policy, JSON.stringify(diagnostics.map((d) => d.code)));
      assert.strictEqual(policy.severity, 2, 'warning, from tenantPrivacy.rules');
      assert.deepStrictEqual(policy.codeDescription, { href: 'https://privacy.acme.example/eu-only' });
      assert.ok(!client.logs.some((line) => line.includes('unknown rule')), client.logs.join('\n'));
      // The CLI's engine, with the same settings file, finds the same.
      const loaded = loadSettingsSync(ws.file('privacy-lint.config.json'), readSettingsFileSync);
      const cli = lint(BROKEN, {
        rules: { ...loaded.settings.rules, 'acme/eu-only': 'warning' },
        ruleOptions: loaded.settings.ruleOptions,
        policies: loaded.settings.policies,
      }).diagnostics.filter((d) => !d.suppression);
      assert.deepStrictEqual(
        diagnostics.map((d) => `${d.code} ${JSON.stringify(d.range)} ${d.message}`).sort(),
        cli.map((d) => `${d.rule} ${JSON.stringify(d.range)} ${d.message}`).sort(),
      );

      const hover = await client.hover(uri, policy.range.start.line, policy.range.start.character + 1);
      const markdown = (hover!.contents as MarkupContent).value;
      assert.match(markdown, /\*\*acme\/eu-only\*\*/);
      assert.match(markdown, /Acme keeps Customer Data in the EU\\\./);
      assert.match(markdown, /\[Documentation\]\(https:\/\/privacy\.acme\.example\/eu-only\)/);

      const withComment = `// privacy-lint-disable-file acme/\n${BROKEN}`;
      await client.change(uri, withComment);
      const completion = await client.completion(uri, 0, '// privacy-lint-disable-file acme/'.length);
      assert.ok(
        completion.items.some((item) => item.label === 'acme/eu-only'),
        completion.items.map((i) => i.label).join(),
      );
    } finally {
      ws.remove();
    }
  });

  it("the data map's timeline has the settings' stricter limit, from the document's lint and with linting turned off", async () => {
    const text = BROKEN.replace('"auditLogs": "P2Y"', '"auditLogs": 200');
    const ws = workspace({ 'privacy-lint.config.json': '{ "rules": { "retention/audit-logs": ["error", { "maxDays": 180 }] } }', 'a.privacy.jsonc': text });
    try {
      client = await TestClient.start({ folders: [ws.root] });
      const uri = ws.uri('a.privacy.jsonc');
      await client.open(uri, text);
      const request = () => client!.connection.sendRequest<DataMapResult | null>(DataMapRequest, { uri });
      const linted = await request();
      const engine = lint(text, { ruleOptions: { 'retention/audit-logs': { maxDays: 180 } }, dataMap: true });
      const audit = engine.dataMap!.timeline.find((t) => t.key === 'retention.auditLogs')!;
      assert.deepStrictEqual([audit.limitDays, audit.limitSource, audit.policyLimitDays, audit.over], [180, 'organization', 365, true]);
      assert.strictEqual(linted!.html, renderDataMap(engine.dataMap!, { idPrefix: 'dm', headingLevel: 2, interactive: true }));
      assert.ok(
        linted!.html.includes(
          '<tr><th scope="row">Audit log retention</th><td>200 days</td><td>180 days (organization; policy 365 days)</td><td class="bad">OVER the organization\'s limit by 20 days</td>',
        ),
        linted!.html,
      );
      await client.stop();

      // Linting turned off: nothing linted, the map is drawn from the document's settings, without findings.
      client = await TestClient.start({ folders: [ws.root], settings: () => ({ enable: false }) });
      await client.open(uri, text);
      const unlinted = await request();
      assert.ok(
        unlinted!.html.includes(
          '<tr><th scope="row">Audit log retention</th><td>200 days</td><td>180 days (organization; policy 365 days)</td><td class="bad">OVER the organization\'s limit by 20 days</td><td><span class="none">none</span></td></tr>',
        ),
        unlinted!.html,
      );
    } finally {
      ws.remove();
    }
  });

  it('problems of a file that settings extend are published on that file, at their place', async () => {
    const ws = workspace({
      'privacy-lint.config.json': SETTINGS,
      'shared/privacy-lint.base.json': '{\n  "policies": [{ "id": "acme/x", "message": "m", "given": "$", "schema": { "format": "email" } }]\n}',
      'a.privacy.jsonc': BROKEN,
    });
    try {
      client = await TestClient.start({ folders: [ws.root] });
      const baseUri = uriOf(ws.file('shared/privacy-lint.base.json'));
      const published = client.diagnostics.next((p) => p.uri === baseUri && p.diagnostics.length > 0);
      const { diagnostics } = await client.open(ws.uri('a.privacy.jsonc'), BROKEN);
      assert.ok(
        diagnostics.some((d) => d.code === 'retention/audit-logs'),
        'the editor lints with the defaults',
      );
      const problems = (await published).diagnostics;
      assert.strictEqual(problems.length, 1);
      assert.match(problems[0].message, /Unknown schema keyword "format"/);
      assert.deepStrictEqual(problems[0].range.start, { line: 1, character: 75 });
    } finally {
      ws.remove();
    }
  });

  it('a settings file that is a FIFO does not block the server: a problem on it, and linting goes on', async function () {
    if (process.platform === 'win32') this.skip();
    const ws = workspace({ 'a.privacy.jsonc': BROKEN });
    try {
      assert.strictEqual(spawnSync('mkfifo', [path.join(ws.root, 'privacy-lint.config.json')]).status, 0);
      client = await TestClient.start({ folders: [ws.root] });
      const settingsUri = uriOf(ws.file('privacy-lint.config.json'));
      const published = client.diagnostics.next((p) => p.uri === settingsUri);
      const { diagnostics } = await client.open(ws.uri('a.privacy.jsonc'), BROKEN);
      assert.ok(diagnostics.length > 0);
      assert.match((await published).diagnostics[0].message, /not a regular file \(it is a FIFO\)/);
      assert.ok(fs.lstatSync(ws.file('privacy-lint.config.json')).isFIFO());
    } finally {
      ws.remove();
    }
  });
});
