import * as assert from 'assert';
import { CodeActionResolveRequest, DocumentLinkRequest } from 'vscode-languageserver-protocol/node';
import { fixAllOfRule, ruleDocsUrl } from '../../server/src/engine';
import { BROKEN } from './fixtures';
import { withServer } from './lspClient';

describe('server: lazy code actions (codeAction/resolve) and document links', function () {
  const server = withServer({}, { resolveCodeActions: true });
  const { ws } = server;
  const text = BROKEN.replace('["serviceDelivery", "Marketing"]', '["serviceDelivery", "Marketing", "profiling"]');

  it('declares resolveProvider; the light bulb carries no edit; resolving gives it', async () => {
    assert.deepStrictEqual((server.client.initializeResult.capabilities.codeActionProvider as { resolveProvider?: boolean }).resolveProvider, true);
    const uri = ws.uri('a.privacy.jsonc');
    const { diagnostics } = await server.client.open(uri, text);
    const purpose = diagnostics.filter((d) => d.code === 'processing/purpose');
    assert.strictEqual(purpose.length, 2);
    const actions = await server.client.codeActions(uri, [purpose[0]]);
    assert.ok(
      actions.every((a) => a.edit === undefined),
      'no edit before resolve',
    );
    const fixRule = actions.find((a) => a.title === 'Fix all processing/purpose problems in this file')!;
    const resolved = await server.client.connection.sendRequest(CodeActionResolveRequest.type, fixRule);
    assert.strictEqual(server.client.apply(uri, server.client.editsOf(resolved.edit, uri)), fixAllOfRule(text, 'processing/purpose').text);
    const disable = actions.find((a) => a.title === 'Disable processing/purpose for this line')!;
    const disabled = await server.client.connection.sendRequest(CodeActionResolveRequest.type, disable);
    assert.match(
      server.client.apply(uri, server.client.editsOf(disabled.edit, uri)),
      /\/\/ privacy-lint-disable-next-line processing\/purpose -- <reason>\n {4}"purposes"/,
    );
  });

  it('document links: rule ids in disable comments to their docs', async () => {
    const uri = ws.uri('b.privacy.jsonc');
    await server.client.open(uri, `// privacy-lint-disable-file retention/audit-logs -- reviewed\n${BROKEN}`);
    const links = await server.client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
    assert.deepStrictEqual(
      links?.map((l) => [l.target, l.range]),
      [[ruleDocsUrl('retention/audit-logs'), { start: { line: 0, character: 29 }, end: { line: 0, character: 49 } }]],
    );
  });
});
