import * as assert from 'assert';
import { lint } from '../../server/src/engine';
import { renderDataMap } from '../../server/src/engine/dataMap';
import { DataMapRequest, type DataMapResult } from '../../server/src/lsp/shared/protocol';
import { BROKEN } from './fixtures';
import { withOpenDocument } from './lspClient';

describe('server: tenantPrivacy/dataMap', function () {
  const doc = withOpenDocument('map.privacy.jsonc', BROKEN);
  const { uri, ws } = doc;

  const request = (of: string) => doc.client.connection.sendRequest<DataMapResult | null>(DataMapRequest, { uri: of });

  it("draws the document's map with its findings as buttons: what the engine draws for the same text", async () => {
    const result = await request(uri);
    const engine = lint(BROKEN, { dataMap: true });
    assert.deepStrictEqual(result, {
      uri,
      version: 1,
      edition: engine.edition,
      html: renderDataMap(engine.dataMap!, { idPrefix: 'dm', headingLevel: 2, interactive: true }),
    });
    assert.ok(engine.dataMap!.findings.length > 0 && result.html.includes('<button type="button" class="dm-reveal" data-range='));
  });

  it('follows the document: a change is drawn at its version, even before it is linted', async () => {
    const changed = BROKEN.replace(/"id": "([^"]+)", "kind"/, '"id": "renamed-store", "kind"');
    assert.notStrictEqual(changed, BROKEN);
    const version = await doc.client.sendChange(uri, changed);
    const result = await request(uri);
    assert.strictEqual(result!.version, version);
    assert.ok(result!.html.includes('<code>renamed-store</code>'));
  });

  it('answers null for a document that is not open', async () => {
    assert.strictEqual(await request(ws.uri('other.privacy.jsonc')), null);
  });
});
