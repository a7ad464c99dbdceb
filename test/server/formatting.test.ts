/**
 * Untrusted input (the language server): formatting keeps what disable comments cover, and a document
 * too large to format in well under a second is refused with a message instead of holding every
 * other request (20 MB held them 20 seconds).
 */
import * as assert from 'assert';
import { DocumentFormattingRequest, HoverRequest, MessageType } from 'vscode-languageserver-protocol/node';
import { withServer } from './lspClient';

const COMMENT = '// privacy-lint-disable-next-line residency/store-geography, storage/telemetry-separation -- legacy archive, PRIV-1';
const TEXT = `{
  "policyEdition": "2020-09",
  "tenant": { "id": "t", "signupCountry": "DE" },
  "residency": { "geography": "germany" },
  "stores": [
    ${COMMENT}
    { "id": "a", "kind": "sqlAzure", "geography": "asiaPacific", "data": ["personal", "telemetry"] }
  ],
  "retention": { "auditLogs": "P1Y" },
  "deletion": { "active": { "enabled": true, "purgeWithinDays": 30 }, "passive": { "enabled": true, "purgeWithinDays": 30 } },
  "processing": { "isoCertified": true, "purposes": [] }
}`;

/** A valid configuration of about `bytes` characters (one store a line). */
function large(bytes: number): string {
  const stores: string[] = [];
  for (let length = 0, i = 0; length < bytes; i++) {
    const store = `\n    { "id": "s-${i}", "kind": "sqlAzure", "geography": "germany", "data": ["personal"] },`;
    stores.push(store);
    length += store.length;
  }
  return TEXT.replace(`"stores": [\n    ${COMMENT}`, `"stores": [${stores.join('')}\n    ${COMMENT}`);
}

describe('server: formatting', function () {
  this.timeout(120_000);
  const server = withServer();
  const { ws } = server;

  it('a one-line store under a disable-next-line comment: formatted and linted again, the same findings are suppressed, none is reported', async () => {
    const uri = ws.uri('format.privacy.jsonc');
    const opened = await server.client.open(uri, TEXT);
    assert.deepStrictEqual(
      opened.diagnostics.map((d) => d.code),
      [],
      'everything found is suppressed',
    );
    const edits = await server.client.formatting(uri);
    assert.ok(edits.length > 0, 'the rest of the document is formatted');
    const after = await server.client.edit(uri, edits);
    assert.deepStrictEqual(
      after.diagnostics.map((d) => `${d.code} ${d.range.start.line}`),
      [],
      'no finding uncovered, no comment unused',
    );
    assert.ok(
      server.client
        .text(uri)
        .includes(`    ${COMMENT}\n    { "id": "a", "kind": "sqlAzure", "geography": "asiaPacific", "data": ["personal", "telemetry"] }\n`),
    );
    await server.client.close(uri);
  });

  it('a document over the size limit is not formatted: an empty answer and a message saying why; a hover sent behind it is answered', async () => {
    const uri = ws.uri('large.privacy.jsonc');
    const text = large(1.2 * 1024 * 1024);
    await server.client.open(uri, text);
    const message = server.client.messages.next((m) => /not formatted/.test(m.message));
    const c = server.client.connection;
    const formatting = c.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const hover = c.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 5 } });
    assert.deepStrictEqual(await formatting, []);
    assert.ok(await hover, 'the hover is answered');
    const shown = await message;
    assert.strictEqual(shown.type, MessageType.Info);
    assert.match(shown.message, /^Tenant Privacy: this document is not formatted: it has 1\.2 M characters, and formatting is offered up to 1\.0 M/);
    await server.client.close(uri);
  });
});
