import * as assert from 'assert';
import * as fs from 'fs';
import { CancellationTokenSource, FileChangeType, type Diagnostic, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/engine';
import { BROKEN, NO_EDITION } from './fixtures';
import { TestClient, uriOf, workspace } from './lspClient';

/** What the engine says about a text: rule, range, message (as the server should report it). */
function expected(text: string) {
  return lint(text)
    .diagnostics.filter((d) => !d.suppression)
    .map((d) => ({ code: d.rule, range: d.range, message: d.message }));
}

function brief(diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => ({ code: d.code, range: d.range, message: d.message }));
}

const DUPLICATE = NO_EDITION.replace(
  '"stores": [],',
  '"stores": [{ "id": "a", "kind": "sqlAzure", "geography": "northAmerica", "data": ["service"] }, { "id": "a", "kind": "sqlAzure", "geography": "northAmerica", "data": ["service"] }],',
);

/** Configs on disk: two to lint, and one in each place the CLI skips, an excluded folder and a link out of the folder. */
function configs() {
  const ws = workspace({
    'a.privacy.jsonc': BROKEN,
    'team/b.privacy.json': DUPLICATE,
    'team/clean.privacy.json': NO_EDITION,
    'node_modules/pkg/c.privacy.json': BROKEN,
    '.hidden/d.privacy.json': BROKEN,
    'generated/e.privacy.json': BROKEN,
    'notes.json': BROKEN,
  });
  const outside = workspace({ 'outside.privacy.json': BROKEN, 'dir/inner.privacy.json': BROKEN });
  fs.symlinkSync(outside.file('outside.privacy.json'), ws.file('link.privacy.json'));
  fs.symlinkSync(outside.file('dir'), ws.file('linked-dir'));
  return {
    ws,
    remove: () => {
      ws.remove();
      outside.remove();
    },
  };
}

const full = (items: WorkspaceDocumentDiagnosticReport[], uri: string) => {
  const item = items.find((i) => i.uri === uri);
  assert.ok(item, `a report for ${uri}`);
  return item;
};

describe('server: workspace diagnostics (pull, as VS Code)', function () {
  const { ws, remove } = configs();
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ folders: [ws.root], pull: true, filesExclude: { '**/generated': true } });
  });
  after(async () => {
    await client.stop();
    remove();
  });

  it('declares pull diagnostics with workspace diagnostics, and watches configs', async () => {
    assert.deepStrictEqual(client.initializeResult.capabilities.diagnosticProvider, {
      identifier: 'privacy-lint',
      interFileDependencies: false,
      workspaceDiagnostics: true,
    });
    const watched = await client.registrations.some(
      (r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.registerOptions).includes('privacy.jsonc'),
    );
    assert.deepStrictEqual(watched.registerOptions, { watchers: [{ globPattern: '**/*.privacy.json' }, { globPattern: '**/*.privacy.jsonc' }] });
  });

  let first: WorkspaceDocumentDiagnosticReport[];

  it('reports every config under the folder without opening it, skipping what the CLI skips, files.exclude and links', async () => {
    first = (await client.pullWorkspace()).items;
    assert.deepStrictEqual(
      first.map((i) => i.uri).sort(),
      [ws.uri('a.privacy.jsonc'), ws.uri('team/b.privacy.json'), ws.uri('team/clean.privacy.json')].sort(),
    );
    const a = full(first, ws.uri('a.privacy.jsonc'));
    assert.ok(a.kind === 'full' && a.resultId);
    assert.deepStrictEqual(brief(a.items), expected(BROKEN));
    assert.ok(!client.diagnostics.all.length, 'nothing is pushed to a client that pulls');
  });

  it('related locations point into the same file', () => {
    const b = full(first, ws.uri('team/b.privacy.json'));
    assert.ok(b.kind === 'full');
    const duplicate = b.items.find((d) => d.code === 'stores/duplicate-id')!;
    const firstId = lint(DUPLICATE).diagnostics.find((d) => d.rule === 'stores/duplicate-id')!.related![0];
    assert.deepStrictEqual(duplicate.relatedInformation, [
      { location: { uri: ws.uri('team/b.privacy.json'), range: firstId.range }, message: firstId.message },
    ]);
  });

  it('a pull with every result id waits for a change on disk, then reports it (unchanged for the rest)', async () => {
    const previous = first.map((i) => ({ uri: i.uri, value: i.resultId! }));
    const pending = client.pullWorkspace(previous);
    const fixed = BROKEN.replace('"P2Y"', '"P1Y"');
    ws.write('a.privacy.jsonc', fixed);
    await client.fileChanged(ws.file('a.privacy.jsonc'), FileChangeType.Changed);
    const { items } = await pending;
    const a = full(items, ws.uri('a.privacy.jsonc'));
    assert.ok(a.kind === 'full');
    assert.deepStrictEqual(brief(a.items), expected(fixed));
    assert.strictEqual(full(items, ws.uri('team/b.privacy.json')).kind, 'unchanged');
    first = items;
  });

  it('a deleted config gets an empty report', async () => {
    const previous = first.map((i) => ({ uri: i.uri, value: i.resultId! }));
    const pending = client.pullWorkspace(previous);
    fs.rmSync(ws.file('team/clean.privacy.json'));
    await client.fileChanged(ws.file('team/clean.privacy.json'), FileChangeType.Deleted);
    const { items } = await pending;
    assert.deepStrictEqual(full(items, ws.uri('team/clean.privacy.json')), { kind: 'full', uri: ws.uri('team/clean.privacy.json'), version: null, items: [] });
  });

  it('a waiting pull ends when cancelled', async () => {
    const source = new CancellationTokenSource();
    const pending = client.pullWorkspace(
      first.map((i) => ({ uri: i.uri, value: i.resultId! })),
      source.token,
    );
    source.cancel();
    await assert.rejects(pending);
  });

  it('an open document is pulled with textDocument/diagnostic: its buffer, with result ids', async () => {
    const uri = ws.uri('team/b.privacy.json');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'tenant-privacy', version: 1, text: BROKEN } });
    client.texts.set(uri, TextDocument.create(uri, 'tenant-privacy', 1, BROKEN));
    const report = await client.pullDocument(uri);
    assert.ok(report.kind === 'full' && report.resultId);
    assert.deepStrictEqual(brief(report.items), expected(BROKEN));
    const again = await client.pullDocument(uri, report.resultId);
    assert.deepStrictEqual(again, { kind: 'unchanged', resultId: report.resultId });
    const edited = BROKEN.replace('"P2Y"', '"P1Y"');
    await client.sendChange(uri, edited);
    const changed = await client.pullDocument(uri, report.resultId);
    assert.ok(changed.kind === 'full');
    assert.deepStrictEqual(brief(changed.items), expected(edited));
  });

  it('settings changed: a refresh is asked for; tenantPrivacy.workspaceDiagnostics false clears the closed configs', async () => {
    const previous = first.map((i) => ({ uri: i.uri, value: i.resultId! }));
    const refreshed = client.refreshes.next();
    await client.changeSettings(() => ({ workspaceDiagnostics: false }));
    await refreshed;
    const { items } = await client.pullWorkspace(previous);
    assert.deepStrictEqual(full(items, ws.uri('a.privacy.jsonc')), { kind: 'full', uri: ws.uri('a.privacy.jsonc'), version: null, items: [] });
    assert.ok(!items.some((i) => i.kind === 'full' && i.items.length), 'nothing reported');
  });
});

describe('server: workspace diagnostics (push, a client that does not pull)', function () {
  const { ws, remove } = configs();
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ folders: [ws.root] });
  });
  after(async () => {
    await client.stop();
    remove();
  });

  it('publishes the configs on disk without opening them (no version)', async () => {
    const a = await client.diagnostics.some((p) => p.uri === ws.uri('a.privacy.jsonc'));
    assert.strictEqual(a.version, undefined);
    assert.deepStrictEqual(brief(a.diagnostics), expected(BROKEN));
    const b = await client.diagnostics.some((p) => p.uri === ws.uri('team/b.privacy.json'));
    assert.deepStrictEqual(brief(b.diagnostics), expected(DUPLICATE));
  });

  it('a change on disk is published again; closing a document brings back what is on disk', async () => {
    const uri = ws.uri('a.privacy.jsonc');
    const fixed = BROKEN.replace('"P2Y"', '"P1Y"');
    const published = client.diagnostics.next((p) => p.uri === uri);
    ws.write('a.privacy.jsonc', fixed);
    await client.fileChanged(ws.file('a.privacy.jsonc'), FileChangeType.Changed);
    assert.deepStrictEqual(brief((await published).diagnostics), expected(fixed));
    await client.open(uri, NO_EDITION);
    const back = client.diagnostics.next((p) => p.uri === uri && p.diagnostics.length > 0);
    await client.close(uri);
    assert.deepStrictEqual(brief((await back).diagnostics), expected(fixed));
  });

  it('never follows a link out of the folder', () => {
    for (const p of client.diagnostics.all) assert.ok(p.uri.startsWith(uriOf(ws.root)) && !/link/.test(p.uri), p.uri);
    assert.ok(!client.diagnostics.all.some((p) => /node_modules|\.hidden|notes\.json/.test(p.uri)));
  });
});
