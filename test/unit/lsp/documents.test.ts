import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintDocument } from '../../../server/src/engine/lint';
import { parseDocument } from '../../../server/src/engine/parse';
import { ParsedDocuments } from '../../../server/src/lsp/documents';
import { BROKEN } from '../../server/fixtures';

/**
 * The server's parse cache: a new version is parsed incrementally from the last one when the
 * edit lies inside an object or array (the tree is reused, so the same root object comes back),
 * and gives what a whole parse gives; an edit at the top level is parsed whole.
 */
describe('ParsedDocuments: incremental parsing of new versions', () => {
  const today = '2026-11-23';
  const uri = 'file:///tenant.privacy.jsonc';

  function edit(document: TextDocument, at: string, insert: string): void {
    const offset = document.getText().indexOf(at);
    assert.ok(offset >= 0, `${at} in the document`);
    const position = document.positionAt(offset);
    TextDocument.update(document, [{ range: { start: position, end: position }, text: insert }], document.version + 1);
  }

  it('an edit inside a store reuses the tree, and lints as a whole parse does', () => {
    const parses = new ParsedDocuments();
    const document = TextDocument.create(uri, 'tenant-privacy', 1, BROKEN);
    const first = parses.get(document);
    lintDocument(first, { today });
    edit(document, '"geography"', 'x');
    const second = parses.get(document);
    assert.notStrictEqual(second, first);
    assert.strictEqual(second.root, first.root, 'the tree of version 1 is reused');
    assert.deepStrictEqual(lintDocument(second, { today }), lintDocument(parseDocument(document.getText()), { today }));
  });

  it('an edit at the top level is parsed whole', () => {
    const parses = new ParsedDocuments();
    const document = TextDocument.create(uri, 'tenant-privacy', 1, BROKEN);
    const first = parses.get(document);
    edit(document, '"policyEdition"', ' ');
    const second = parses.get(document);
    assert.notStrictEqual(second.root, first.root);
    assert.deepStrictEqual(lintDocument(second, { today }), lintDocument(parseDocument(document.getText()), { today }));
  });

  it('the same version twice is one parse', () => {
    const parses = new ParsedDocuments();
    const document = TextDocument.create(uri, 'tenant-privacy', 1, BROKEN);
    assert.strictEqual(parses.get(document), parses.get(document));
  });
});
