/**
 * The language server under stress (over real stdio):
 * - a code action or fix requested for an older version returns no edit;
 * - cancellation before and after the work is done: `RequestCancelled` (-32800) for work
 *   not done, a normal answer for work done, and the server keeps serving;
 * - closing a document clears its diagnostics; reopening validates again (also in quick
 *   open/close cycles, and when a document is reopened with another text before the first
 *   validation finished);
 * - requests for positions past the end, documents of 10 MB, documents that are not
 *   configurations: an answer or an empty result, never an error or a crash; the process
 *   is checked after each.
 */
import * as assert from 'assert';
import {
  CancellationTokenSource,
  CodeAction,
  CodeActionRequest,
  CompletionRequest,
  Diagnostic,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  LSPErrorCodes,
  Position,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BROKEN, NO_EDITION } from '../server/fixtures';
import { LANGUAGE_ID, TestClient, workspace } from '../server/lspClient';
import { assertServing, failureLogs, FULL, fromServer, guard, Random, record, SEED, serverProcess, since, size } from './harness';

const FIX_ALL = 'source.fixAll.privacyLint';
const CANCELLATIONS = size('cancellations', 300, 3_000);
const CYCLES = size('cycles', 100, 1_000);
const REOPENS = size('reopens', 20, 200);

type Request = { name: string; send: (token?: CancellationTokenSource['token']) => Promise<unknown> };

/** Every request the server serves for a document, at a position. */
function requests(client: TestClient, uri: string, position: Position, end: Position = position): Request[] {
  const textDocument = { uri };
  const range = { start: position, end };
  const c = client.connection;
  return [
    { name: 'hover', send: (t) => c.sendRequest(HoverRequest.type, { textDocument, position }, t) },
    { name: 'completion', send: (t) => c.sendRequest(CompletionRequest.type, { textDocument, position }, t) },
    { name: 'codeAction', send: (t) => c.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: [] } }, t) },
    { name: 'fixAll', send: (t) => c.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: [], only: [FIX_ALL] } }, t) },
    { name: 'inlayHint', send: (t) => c.sendRequest(InlayHintRequest.type, { textDocument, range: { start: { line: 0, character: 0 }, end } }, t) },
    { name: 'documentSymbol', send: (t) => c.sendRequest(DocumentSymbolRequest.type, { textDocument }, t) },
    { name: 'foldingRange', send: (t) => c.sendRequest(FoldingRangeRequest.type, { textDocument }, t) },
    { name: 'formatting', send: (t) => c.sendRequest(DocumentFormattingRequest.type, { textDocument, options: { tabSize: 2, insertSpaces: true } }, t) },
  ];
}

const MB = 1024 * 1024;

/** The broken configuration with stores added up to about `bytes`. */
function bigStores(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const store = `\n    { "id": "s-${i}", "kind": "sqlAzure", "geography": "europe", "data": ["personal"] },`;
    parts.push(store);
    length += store.length;
  }
  return BROKEN.replace('"stores": [', `"stores": [${parts.join('')}`);
}

/** The error code of a rejected request, or 'answered'. */
async function outcome(promise: Promise<unknown>): Promise<number | 'answered'> {
  try {
    await promise;
    return 'answered';
  } catch (error) {
    if (error instanceof ResponseError) return error.code;
    throw error;
  }
}

describe(`stress: language server robustness (seed ${SEED})`, function () {
  // A 10 MB input takes 5-10 s alone and up to a minute on a 2-core machine busy with other work:
  // the limit catches a hang, not a slow machine.
  this.timeout(FULL ? 900_000 : 180_000);
  // Made in a hook, not in the describe body: a run that filters these tests out (--grep) leaves nothing behind.
  const ws = lazyWorkspace();
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ folders: [ws.root] });
  });
  after(async () => {
    await client?.stop();
    ws.remove();
  });

  describe('code actions and fixes for an older version', () => {
    it('return no edit, whether the newer version is linted yet or not', async () => {
      const uri = ws.uri('stale.privacy.jsonc');
      const v1 = await client.open(uri, BROKEN);
      const fixable = v1.diagnostics.filter((d) => d.code === 'retention/audit-logs');
      assert.strictEqual(fixable.length, 1);

      // Version 2 is not linted yet (the server is made to ask for the settings again, and the answer
      // is held): the version 1 diagnostics find nothing.
      const release = client.holdConfiguration();
      await client.touchSettings();
      const v2Text = BROKEN.replace('"P2Y"', '"P3Y"').replace('"Marketing"', '"marketing"');
      await client.sendChange(uri, v2Text);
      const quickFixes = await client.codeActions(uri, v1.diagnostics);
      assert.deepStrictEqual(
        quickFixes.filter((a) => a.edit),
        [],
        'no quick fix edit from diagnostics of version 1',
      );
      // Fix all asked for version 2, then version 3 arrives before the settings do: no edit for version 2.
      const fixAllV2 = client.codeActions(uri, [], [FIX_ALL]);
      await client.sendChange(uri, `${v2Text} `);
      assert.deepStrictEqual(await client.executeCommand('tenantPrivacy.server.applyFixAll', [{ uri, version: 2 }]), { applied: false });
      assert.deepStrictEqual(await client.executeCommand('tenantPrivacy.server.applyFixAll', [{ uri, version: 1 }]), { applied: false });
      const v3 = client.diagnostics.next((p) => p.uri === uri && p.version === 3);
      release();
      const stale = (await fixAllV2).filter((a) => a.edit);
      for (const action of stale) assert.notStrictEqual(editVersion(action), 2, 'fix all edits version 2 after version 3 arrived');
      // Version 3 linted: its own diagnostics give versioned edits for version 3 only.
      const latest = await v3;
      for (const action of await client.codeActions(uri, latest.diagnostics)) {
        if (action.edit) assert.strictEqual(editVersion(action), 3);
      }
      for (const action of await client.codeActions(uri, v1.diagnostics)) {
        if (action.edit) assert.strictEqual(editVersion(action), 3, 'an old diagnostic with the same key still gets an edit of the current version only');
      }
      assert.strictEqual(client.appliedEdits.all.length, 0, 'no workspace/applyEdit for an older version');
      await client.close(uri);
    });
  });

  describe('cancellation', () => {
    let uri: string;
    before(async () => {
      uri = ws.uri('cancel.privacy.jsonc');
      await client.open(uri, BROKEN);
    });
    after(async () => {
      await client.close(uri);
    });

    it('before the server starts the work ($/cancelRequest right behind the request): RequestCancelled', async () => {
      // Deterministic: the server is kept busy linting a large document while the request and
      // its cancellation arrive, so both wait in its input together (two writes on a pipe may
      // otherwise reach a free server in two reads, the answer going out in between).
      const blocker = ws.uri('blocker.privacy.jsonc');
      const big = bigStores(2 * MB);
      await client.open(blocker, big);
      const answers: Record<string, number | 'answered'> = {};
      let round = 0;
      for (const request of requests(client, uri, { line: 20, character: 10 })) {
        // A change at the top of the large document: parsed and linted whole, some tens of milliseconds.
        await client.sendChange(blocker, round++ % 2 ? big : `// ${round}\n${big}`);
        const source = new CancellationTokenSource();
        const pending = request.send(source.token);
        source.cancel(); // the cancel notification is written right after the request, before any answer
        answers[request.name] = await guard(outcome(pending), 30_000, request.name);
      }
      await client.close(blocker);
      await assertServing(client, 'cancelled requests');
      const notCancelled = Object.entries(answers)
        .filter(([, code]) => code !== LSPErrorCodes.RequestCancelled)
        .map(([name, code]) => `${name}: ${code}`);
      assert.ok(
        notCancelled.length === 0,
        `requests cancelled before the server started them must fail with RequestCancelled (${LSPErrorCodes.RequestCancelled}); instead: ${notCancelled.join(', ')}`,
      );
    });

    it('while the server waits (fix all waiting for the settings of a new version): RequestCancelled', async () => {
      const release = client.holdConfiguration();
      await client.touchSettings(); // the server asks for the settings again: the answer is held
      const version = await client.sendChange(uri, `${client.text(uri)} `);
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest(
        CodeActionRequest.type,
        { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: [FIX_ALL] } },
        source.token,
      );
      await client.hover(uri, 0, 0); // the fix all request is being handled now (requests are handled in order)
      source.cancel();
      await client.hover(uri, 0, 0); // and the cancellation has arrived
      const published = client.diagnostics.next((p) => p.uri === uri && p.version === version);
      release();
      const code = await guard(outcome(pending), 30_000, 'the cancelled fix all');
      await published;
      await assertServing(client, 'a cancelled fix all');
      assert.strictEqual(code, LSPErrorCodes.RequestCancelled, 'a request cancelled while it waits fails with RequestCancelled');
    });

    it('after the work is done: the answer stands, and the server keeps serving', async () => {
      for (const request of requests(client, uri, { line: 3, character: 5 })) {
        const source = new CancellationTokenSource();
        const code = await outcome(request.send(source.token));
        assert.strictEqual(code, 'answered', request.name);
        source.cancel(); // too late: nothing is sent
      }
      // Cancellations of requests that are done, and of ids never used.
      for (const id of [0, 1, 2, 3, 5, 8, 13, 10_000, 'no-such-id']) await client.connection.sendNotification('$/cancelRequest', { id });
      const changed = await client.change(uri, `${client.text(uri)}\n`);
      assert.ok(changed.diagnostics.length > 0, 'diagnostics are published after the cancellations');
      await assertServing(client, 'cancellations of finished requests');
    });

    it(`${CANCELLATIONS} requests cancelled at random moments: each settles with an answer or RequestCancelled, and the server keeps serving`, async () => {
      const random = new Random(SEED).fork(3);
      const document = client.texts.get(uri)!;
      const settled: Promise<{ name: string; when: string; code: number | 'answered' }>[] = [];
      const start = performance.now();
      for (let i = 0; i < CANCELLATIONS; i++) {
        const position = document.positionAt(random.int(document.getText().length + 1));
        const request = random.pick(requests(client, uri, position));
        const source = new CancellationTokenSource();
        const pending = request.send(source.token);
        const when = random.pick(['at once', 'next turn', 'after the answer', 'never']);
        if (when === 'at once') source.cancel();
        else if (when === 'next turn') setImmediate(() => source.cancel());
        settled.push(
          outcome(pending).then((code) => {
            if (when === 'after the answer') source.cancel();
            return { name: request.name, when, code };
          }),
        );
        if (random.chance(0.05))
          void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: document.version + 1 + i },
            contentChanges: [{ text: client.text(uri) }],
          });
      }
      const results = await guard(Promise.all(settled), 120_000, 'every cancelled request settles');
      const bad = results.filter((r) => r.code !== 'answered' && r.code !== LSPErrorCodes.RequestCancelled);
      assert.deepStrictEqual(bad, [], 'only answers and RequestCancelled');
      await assertServing(client, `${CANCELLATIONS} cancellations`);
      record({
        suite: 'lsp',
        case: 'requests cancelled at random moments',
        counts: {
          requests: CANCELLATIONS,
          answered: results.filter((r) => r.code === 'answered').length,
          requestCancelled: results.filter((r) => r.code === LSPErrorCodes.RequestCancelled).length,
        },
        ms: { all: since(start) },
      });
      // The document's versions above were sent outside the client's mirror: resynchronise it.
      await client.close(uri);
      await client.open(uri, BROKEN);
    });
  });

  describe('close and reopen', () => {
    it('closing clears the diagnostics; reopening validates again', async () => {
      const uri = ws.uri('reopen.privacy.jsonc');
      const first = await client.open(uri, BROKEN);
      assert.ok(first.diagnostics.length > 0);
      const cleared = await client.close(uri);
      assert.deepStrictEqual(cleared.diagnostics, []);
      assert.strictEqual(cleared.version, undefined);
      assert.strictEqual(await client.hover(uri, 3, 5), null, 'a closed document is not served');
      const again = await client.open(uri, BROKEN);
      assert.deepStrictEqual(fromServer(again.diagnostics), fromServer(first.diagnostics));
      await client.close(uri);
    });

    it(`${CYCLES} open/change/close cycles without waiting: the last word is right each time`, async () => {
      const random = new Random(SEED).fork(4);
      const uri = ws.uri('cycles.privacy.json');
      const texts = [BROKEN, NO_EDITION, '{}', '[1,2]', ''];
      const expected = new Map<string, ReturnType<typeof fromServer>>();
      for (const text of texts) {
        expected.set(text, fromServer((await client.open(uri, text)).diagnostics));
        await client.close(uri);
      }
      const c = client.connection;
      const start = performance.now();
      let version = 100;
      let open = false;
      let text = '';
      for (let i = 0; i < CYCLES; i++) {
        text = random.pick(texts);
        version += 10;
        void c.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: LANGUAGE_ID, version, text } });
        open = true;
        if (random.chance(0.5)) {
          text = random.pick(texts);
          version++;
          void c.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
        }
        if (i === CYCLES - 1 && random.chance(0.5)) break;
        void c.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        open = false;
        if (random.chance(0.1)) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      if (open) {
        const last = await guard(
          client.diagnostics.some((p) => p.uri === uri && p.version === version),
          60_000,
          'the diagnostics of the last open',
        );
        assert.deepStrictEqual(fromServer(last.diagnostics), expected.get(text));
      }
      // A barrier: another document's diagnostics, validated after everything above was sent.
      await client.open(ws.uri('barrier.privacy.json'), '{}');
      await client.close(ws.uri('barrier.privacy.json'));
      const last = client.diagnostics.all.filter((p) => p.uri === uri).at(-1)!;
      if (open) {
        assert.strictEqual(last.version, version, 'the last publish is of the open version');
        assert.deepStrictEqual(fromServer(last.diagnostics), expected.get(text));
        void c.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      } else {
        assert.deepStrictEqual(last.diagnostics, [], `after the last close the diagnostics are cleared (last publish: version ${last.version})`);
      }
      await assertServing(client, 'open/close cycles');
      record({ suite: 'lsp', case: 'open/change/close cycles', counts: { cycles: CYCLES }, ms: { all: since(start) } });
    });

    it(`reopened with another text before the first validation finished (${REOPENS} times): the new text's diagnostics, and fix all edits the new text`, async () => {
      // An editor reopens a document with version 1 again (VS Code does, after a close).
      const uri = ws.uri('race.privacy.jsonc');
      const c = client.connection;
      const expectedNew = fromServer((await client.open(uri, NO_EDITION)).diagnostics);
      await client.close(uri);
      const wrong: string[] = [];
      for (let round = 0; round < REOPENS; round++) {
        void c.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: LANGUAGE_ID, version: 1, text: BROKEN } });
        void c.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        await client.open(uri, NO_EDITION); // resolves on the first publish of version 1
        // A barrier: another document validated after both opens.
        await client.open(ws.uri('barrier2.privacy.json'), '{}');
        await client.close(ws.uri('barrier2.privacy.json'));
        const shown = client.diagnostics.all.filter((p) => p.uri === uri).at(-1)!;
        const [fixAll] = await client.codeActions(uri, [], [FIX_ALL]);
        const fixed = fixAll?.edit ? client.apply(uri, client.editsOf(fixAll.edit, uri)) : NO_EDITION;
        if (JSON.stringify(fromServer(shown.diagnostics)) !== JSON.stringify(expectedNew)) {
          wrong.push(
            `round ${round}: shows ${shown.diagnostics.length} diagnostics of the old text (${shown.diagnostics.map((d) => d.code).join(', ')}); fix all would turn the new text into:\n${fixed}`,
          );
        }
        await client.close(uri);
      }
      assert.deepStrictEqual(
        wrong.slice(0, 1),
        [],
        `${wrong.length} of ${REOPENS} reopens show the diagnostics of the closed text (and quick fixes edit the new text with the old text's ranges)`,
      );
    });
  });

  describe('positions past the end, 10 MB documents, documents that are not configurations', () => {
    const documents: { name: string; text: () => string }[] = [
      { name: 'a configuration', text: () => BROKEN },
      { name: 'empty', text: () => '' },
      { name: 'only whitespace and comments', text: () => ' \n\t// nothing\n/* at all */\r\n' },
      { name: '[1,2]', text: () => '[1,2]' },
      { name: 'null', text: () => 'null' },
      { name: 'a string', text: () => '"tenant"' },
      {
        name: 'binary-ish (control characters, U+FFFD, NUL)',
        text: () => Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 0x3000)).join(''),
      },
      { name: 'lone surrogates', text: () => '{ "tenant": { "id": "\uD800x\uDC00", "signupCountry": "\uDBFF" } }\uD83D' },
      { name: 'unterminated everything', text: () => '{ "tenant": { "id": "abc, /* never closed\n "stores": [ { ' },
      { name: 'a 2 MB single line', text: () => `{"tenant":{"id":"${'x'.repeat(2 * MB)}"}}` },
      {
        name: '10 MB: a comment and a long string',
        text: () => `// ${'c'.repeat(5 * MB)}\n{ "tenant": { "id": "${'y'.repeat(5 * MB)}", "signupCountry": "DE" } }`,
      },
      { name: `${FULL ? 10 : 1} MB: a configuration with a very long stores array`, text: () => bigStores((FULL ? 10 : 1) * MB) },
      { name: '10 MB of newlines', text: () => '\n'.repeat(10 * MB) },
    ];

    for (const doc of documents) {
      it(`${doc.name}: diagnostics published; every request answered, in range and past the end`, async () => {
        const text = doc.text();
        const uri = ws.uri(`hostile-${doc.name.replace(/[^a-z0-9]+/gi, '-')}.privacy.json`);
        const logsBefore = client.logs.length;
        const timings: Record<string, number> = {};
        const opened = performance.now();
        const published = await guard(client.open(uri, text), FULL ? 120_000 : 30_000, 'the diagnostics of the document');
        timings.open = since(opened);
        assert.ok(Array.isArray(published.diagnostics));
        await assertServing(client, `opening ${doc.name}`);
        const mirror = TextDocument.create(uri, LANGUAGE_ID, 1, text);
        const end = mirror.positionAt(text.length);
        const positions: [string, Position, Position][] = [
          ['start', { line: 0, character: 0 }, end],
          ['middle', mirror.positionAt(Math.floor(text.length / 2)), end],
          ['end', end, end],
          ['past the end of a line', { line: 0, character: 1_000_000 }, { line: 0, character: 1_000_001 }],
          ['past the last line', { line: end.line + 5, character: 3 }, { line: end.line + 1_000_000, character: 0 }],
          ['a huge line number', { line: 2 ** 31 - 1, character: 2 ** 31 - 1 }, { line: 2 ** 31 - 1, character: 2 ** 31 - 1 }],
        ];
        const failures: string[] = [];
        for (const [where, position, rangeEnd] of positions) {
          for (const request of requests(client, uri, position, rangeEnd)) {
            // Requests about the whole document are sent once.
            if (where !== 'start' && ['documentSymbol', 'foldingRange', 'formatting'].includes(request.name)) continue;
            const started = performance.now();
            const code = await guard(outcome(request.send()), FULL ? 120_000 : 30_000, `${request.name} at ${where}`);
            const ms = since(started);
            timings[request.name] = Math.max(timings[request.name] ?? 0, ms);
            if (code !== 'answered') failures.push(`${request.name} at ${where}: error ${code}`);
          }
          await assertServing(client, `requests at ${where} in ${doc.name}`);
        }
        // Quick fixes for the published diagnostics, and for diagnostics that point past the end.
        const pastEnd: Diagnostic = {
          range: { start: { line: end.line + 3, character: 0 }, end: { line: end.line + 9, character: 9 } },
          message: 'x',
          code: 'retention/audit-logs',
        };
        for (const diagnostics of [published.diagnostics, [pastEnd]]) {
          const code = await outcome(client.codeActions(uri, diagnostics));
          if (code !== 'answered') failures.push(`codeAction with diagnostics: error ${code}`);
        }
        await client.close(uri);
        await assertServing(client, `closing ${doc.name}`);
        const logged = failureLogs(client, logsBefore);
        const slowest = Object.entries(timings).sort((a, b) => b[1] - a[1])[0];
        record({
          suite: 'lsp',
          case: `document: ${doc.name}`,
          counts: { characters: text.length, diagnostics: published.diagnostics.length, requests: positions.length * 5 + 5 },
          ms: timings,
          notes: { slowest: slowest.join(' ') },
        });
        assert.deepStrictEqual(failures, [], 'every request answered');
        assert.deepStrictEqual(logged, [], 'nothing failed in the server');
      });
    }
  });
});

describe('stress: language server and deeply nested documents', function () {
  this.timeout(FULL ? 300_000 : 60_000);
  const ws = lazyWorkspace();

  after(() => ws.remove());

  // 100,000 levels on a server with a heap of 512 MB (so that a request that needs memory
  // without bound fails fast instead of filling the machine's memory); in the full run also
  // 8,000 levels with node's default heap, as the VS Code client starts the server.
  const arrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const unclosed = (depth: number) => '{"a":['.repeat(depth);
  const cases: { name: string; depth: number; text: (depth: number) => string; heapMb?: number }[] = [
    ...(FULL ? [{ name: 'arrays', depth: 8_000, text: arrays }] : []),
    { name: 'arrays', depth: 100_000, text: arrays, heapMb: 512 },
    { name: 'unclosed objects and arrays', depth: 30_000, text: unclosed, heapMb: 512 },
  ];
  for (const { name, depth, text: make, heapMb } of cases) {
    it(`${depth.toLocaleString('en-US')} levels of ${name}${heapMb ? ` (server heap ${heapMb} MB)` : ''}: diagnostics published; every request answered; the server survives`, async () => {
      const previous = process.env.NODE_OPTIONS;
      if (heapMb) process.env.NODE_OPTIONS = `--max-old-space-size=${heapMb}`;
      let client: TestClient;
      try {
        client = await TestClient.start({ folders: [ws.root] });
      } finally {
        if (previous === undefined) delete process.env.NODE_OPTIONS;
        else process.env.NODE_OPTIONS = previous;
      }
      const child = serverProcess(client);
      const died = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(`the server died (exit ${code}, signal ${signal})`)));
      const uri = ws.uri(`deep-${depth}-${name.replace(/\W+/g, '-')}.privacy.json`);
      const text = make(depth);
      const failures: string[] = [];
      const timings: Record<string, number> = {};
      try {
        // Opened without waiting; a document opened after it is the barrier, then a short guard.
        const opened = client.open(uri, text);
        await client.open(ws.uri('barrier.privacy.json'), '{}');
        await client.close(ws.uri('barrier.privacy.json'));
        const published = await Promise.race([opened, died, guard(new Promise<never>(() => undefined), 5_000, 'publish').catch(() => 'none')]);
        if (typeof published === 'string') failures.push(`diagnostics: ${published === 'none' ? 'none published for the document' : published}`);
        const inside = { line: 0, character: Math.floor(text.length / 2) };
        for (const [where, position] of [
          ['the start', { line: 0, character: 1 }],
          ['the innermost level', inside],
        ] as const) {
          for (const request of requests(client, uri, position, inside)) {
            if (where !== 'the start' && ['documentSymbol', 'foldingRange', 'formatting'].includes(request.name)) continue;
            const started = performance.now();
            const result = await guard(Promise.race([outcome(request.send()), died]), 60_000, `${request.name} at ${where}`);
            timings[request.name] = Math.max(timings[request.name] ?? 0, since(started));
            if (result !== 'answered') failures.push(`${request.name} at ${where}: ${typeof result === 'number' ? `error ${result}` : result}`);
            if (typeof result === 'string' && result !== 'answered') break;
          }
          if (child.exitCode !== null || child.signalCode !== null) break;
        }
      } finally {
        record({ suite: 'lsp', case: `${depth} levels of ${name}`, ms: timings, notes: { failures: failures.join('; ') || 'none' } });
        if (child.exitCode === null && child.signalCode === null) await client.stop();
        else client.connection.dispose();
      }
      assert.deepStrictEqual(failures, [], 'every request answered, and the server alive');
    });
  }
});

/** An empty workspace folder, made when a test first uses it. */
function lazyWorkspace(): { readonly root: string; uri(relative: string): string; remove(): void } {
  let made: ReturnType<typeof workspace> | undefined;
  const get = () => (made ??= workspace({}));
  return {
    get root() {
      return get().root;
    },
    uri: (relative) => get().uri(relative),
    remove: () => made?.remove(),
  };
}

function editVersion(action: CodeAction): number | null | undefined {
  const change = action.edit?.documentChanges?.find((c) => 'textDocument' in c);
  return change && 'textDocument' in change ? change.textDocument.version : undefined;
}
