/**
 * The language server under stress: random incremental edits at random positions,
 * sent over real stdio without waiting for anything, to two documents under two different
 * settings files, with requests mixed in. Then:
 * - the last published diagnostics of each document equal `privacy-lint --format json` on
 *   its final text (same folder, so the same settings file);
 * - no diagnostics of an older version are published after a newer one, and every version
 *   that was published equals the CLI on that version's text;
 * - a code action asked for with the diagnostics of an older version returns no edit for
 *   that older version (an edit, if any, is versioned for the document as it is then);
 * - fix all asked for an older version applies nothing;
 * - every request is answered, and the server is alive at the end.
 *
 * 500 edits in `npm test`, 10,000 in `npm run stress -- --full` (`STRESS_EDITS=N` for any N).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  CodeAction,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  PublishDiagnosticsParams,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { NO_EDITION } from '../server/fixtures';
import { TestClient, workspace } from '../server/lspClient';
import { newKinds, randomChanges } from './edits';
import {
  assertServing,
  failureLogs,
  FULL,
  firstDifference,
  fromCli,
  fromServer,
  guard,
  parseJsonReport,
  Random,
  record,
  ROOT,
  runCli,
  SEED,
  since,
  size,
} from './harness';

const EDITS = size('edits', 500, 10_000);
/** A request is mixed in after this many edits, on average. */
const REQUEST_EVERY = 15;
/** How many of the versions published along the way are compared with the CLI. */
const CHECKED_VERSIONS = size('checked_versions', 40, 300);

const CONTOSO = fs.readFileSync(path.join(ROOT, 'samples', 'contoso.privacy.jsonc'), 'utf8');
const FABRIKAM = fs.readFileSync(path.join(ROOT, 'samples', 'fabrikam.privacy.json'), 'utf8');

interface Tracked {
  uri: string;
  file: string;
  /** The text of every version not yet known to be superseded by a published one. */
  snapshots: Map<number, string>;
}

interface RequestOutcome {
  kind: string;
  uri: string;
  /** The document's version when the request was sent (the server handles messages in order). */
  version: number;
  ms: number;
  error?: string;
  /** What the check of the answer found wrong. */
  problem?: string;
}

/** The edits of a workspace edit, by the version each targets. */
function versionedEdits(edit: WorkspaceEdit | undefined): { uri: string; version: number | null; count: number }[] {
  return (edit?.documentChanges ?? []).flatMap((change) =>
    'textDocument' in change ? [{ uri: change.textDocument.uri, version: change.textDocument.version, count: change.edits.length }] : [],
  );
}

describe(`stress: language server under ${EDITS} random incremental edits (seed ${SEED})`, function () {
  this.timeout(FULL ? 900_000 : 60_000);
  let ws: ReturnType<typeof workspace>;
  let client: TestClient;

  // In a hook, not in the describe body: a run that filters this test out (--grep) leaves nothing behind.
  before(async () => {
    ws = workspace({
      'privacy-lint.config.json': '{ "rules": { "migration/feature-availability": "off", "processing/purpose": "warning" } }',
      'a.privacy.jsonc': CONTOSO,
      'legacy/privacy-lint.config.json': '{ "edition": "2018-05", "rules": { "retention/telemetry": "hint", "schema/unknown-property": "off" } }',
      'legacy/b.privacy.json': NO_EDITION,
    });
    client = await TestClient.start({ folders: [ws.root] });
  });
  after(async () => {
    await client?.stop();
    ws?.remove();
  });

  it('publishes, for the latest version only and in order, what the CLI reports on the final text; stale code actions edit nothing', async () => {
    const random = new Random(SEED).fork(1);
    const docs: Tracked[] = [
      { uri: ws.uri('a.privacy.jsonc'), file: ws.file('a.privacy.jsonc'), snapshots: new Map() },
      { uri: ws.uri('legacy/b.privacy.json'), file: ws.file('legacy/b.privacy.json'), snapshots: new Map() },
    ];
    for (const doc of docs) {
      const text = fs.readFileSync(doc.file, 'utf8');
      await client.open(doc.uri, text);
      doc.snapshots.set(1, text);
    }
    const firstPublish = client.diagnostics.all.length;
    const logsBefore = client.logs.length;
    const kinds = newKinds();
    const requests: Promise<RequestOutcome>[] = [];
    let maxLength = 0;
    const published = (uri: string) => client.diagnostics.all.slice(firstPublish).filter((p) => p.uri === uri);
    const lastPublished = (uri: string) => published(uri).at(-1);

    const send = (kind: string, doc: Tracked, work: () => Promise<string | undefined>) => {
      const version = client.version(doc.uri);
      const start = performance.now();
      requests.push(
        work().then(
          (problem) => ({ kind, uri: doc.uri, version, ms: since(start), problem }),
          (error: Error) => ({ kind, uri: doc.uri, version, ms: since(start), error: `${(error as { code?: number }).code ?? ''} ${error.message}` }),
        ),
      );
    };

    // Edits go out in bursts, each edit without waiting for anything. Between bursts the client
    // sometimes lets the server's messages in (a turn of its event loop, which answers the
    // server's configuration requests, as an editor does while the user types) or waits for
    // the next publish, so that validations of many versions are in flight at once.
    const start = performance.now();
    let waits = 0;
    let turns = 0;
    for (let i = 0; i < EDITS;) {
      const doc = random.chance(0.8) ? docs[0] : docs[1];
      const burst = Math.min(EDITS - i, random.chance(0.05) ? random.between(50, 300) : random.between(1, 8));
      for (let b = 0; b < burst; b++, i++) {
        const previous = client.texts.get(doc.uri)!;
        const { changes, text } = randomChanges(random, previous, kinds, { maxLength: 12_000, fullTexts: [CONTOSO, FABRIKAM, NO_EDITION] });
        const version = previous.version + 1;
        client.texts.set(doc.uri, TextDocument.update(previous, changes, version));
        assert.strictEqual(client.text(doc.uri), text);
        doc.snapshots.set(version, text);
        maxLength = Math.max(maxLength, text.length);
        void client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: doc.uri, version }, contentChanges: changes });
        if (random.chance(1 / REQUEST_EVERY)) mixInRequest(random, doc, send);
        if (i % 250 === 249) prune(docs, published);
      }
      const pause = random.next();
      if (pause < 0.15) {
        // The latest version of this document is always published, so a publish is due.
        waits++;
        await guard(
          client.diagnostics.next((p) => p.uri === doc.uri),
          60_000,
          `a publish for ${doc.uri} after edit ${i}`,
        );
      } else if (pause < 0.6) {
        turns++;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    const sent = since(start);

    // The diagnostics of each final version (the only event worth waiting for).
    const finals = await guard(
      Promise.all(docs.map((doc) => client.diagnostics.some((p) => p.uri === doc.uri && p.version === client.version(doc.uri)))),
      FULL ? 600_000 : 50_000,
      'the diagnostics of the final versions',
    );
    const settled = since(start);
    const outcomes = await guard(Promise.all(requests), 120_000, 'the answers to the requests mixed in');
    await assertServing(client, `${EDITS} edits`);

    // 1. Never an older version after a newer one.
    const publishes: Record<string, number> = {};
    for (const doc of docs) {
      const versions = published(doc.uri).map((p) => p.version!);
      publishes[path.basename(doc.file)] = versions.length;
      for (let k = 1; k < versions.length; k++) {
        assert.ok(versions[k] >= versions[k - 1], `${doc.uri}: version ${versions[k]} published after version ${versions[k - 1]} (all: ${versions.join(',')})`);
      }
      assert.strictEqual(versions.at(-1), client.version(doc.uri), 'the last publish is of the final version');
    }

    // 2. The published versions (the final one and a sample of the others) equal the CLI on their text.
    const checks: { doc: Tracked; publish: PublishDiagnosticsParams; file: string }[] = [];
    for (const doc of docs) {
      const final = lastPublished(doc.uri)!;
      fs.writeFileSync(doc.file, client.text(doc.uri));
      checks.push({ doc, publish: final, file: doc.file });
      const along = published(doc.uri).filter((p) => p.version !== final.version && doc.snapshots.has(p.version!));
      for (const publish of sample(random, along, CHECKED_VERSIONS / 2)) {
        const file = path.join(path.dirname(doc.file), `snapshot-v${publish.version}-${path.basename(doc.file)}`);
        fs.writeFileSync(file, doc.snapshots.get(publish.version!)!);
        checks.push({ doc, publish, file });
      }
    }
    const cli = await runCli(['--format', 'json', ...checks.map((c) => path.relative(ws.root, c.file))], { cwd: ws.root });
    const entries = parseJsonReport(cli);
    assert.strictEqual(entries.length, checks.length, `one report entry per file; stderr: ${cli.stderr}`);
    checks.forEach((check, k) => {
      const server = fromServer(check.publish.diagnostics);
      const expected = fromCli(entries[k]);
      assert.deepStrictEqual(
        server,
        expected,
        `${check.doc.uri} version ${check.publish.version}: the server's diagnostics differ from the CLI's on ${check.file}\n${firstDifference(server, expected)}`,
      );
    });
    assert.deepStrictEqual(
      finals.map((f) => f.version),
      docs.map((d) => client.version(d.uri)),
    );

    // 3. Requests: all answered; no edit for an older version than the document's at the time.
    const failed = outcomes.filter((o) => o.error || o.problem);
    assert.deepStrictEqual(failed, [], `requests that failed or got a wrong answer (${failed.length} of ${outcomes.length})`);
    assert.deepStrictEqual(failureLogs(client, logsBefore), [], 'the server logged no failure');

    const slowest = [...outcomes].sort((a, b) => b.ms - a.ms)[0];
    record({
      suite: 'lsp',
      case: 'random incremental edits',
      counts: {
        edits: EDITS,
        requests: outcomes.length,
        waitsForAPublish: waits,
        eventLoopTurns: turns,
        checkedVersions: checks.length,
        ...kinds,
        ...Object.fromEntries(Object.entries(publishes).map(([k, v]) => [`publishes ${k}`, v])),
      },
      ms: { send: sent, untilFinalDiagnostics: settled, afterLastEdit: settled - sent, cli: cli.ms, slowestRequest: slowest?.ms ?? 0 },
      notes: { seed: SEED, maxDocumentLength: maxLength, slowestRequest: slowest ? `${slowest.kind} at version ${slowest.version}` : '' },
    });
  });

  /** Adds one request of a random kind, with a check of its answer. */
  function mixInRequest(random: Random, doc: Tracked, send: (kind: string, doc: Tracked, work: () => Promise<string | undefined>) => void): void {
    const document = client.texts.get(doc.uri)!;
    const version = document.version;
    const text = document.getText();
    const position = document.positionAt(random.int(text.length + 1));
    const textDocument = { uri: doc.uri };
    const staleEdit = (actions: CodeAction[]) => {
      for (const action of actions) {
        for (const target of versionedEdits(action.edit)) {
          if (target.version !== version) return `"${action.title}" edits version ${target.version}, the document is at ${version}`;
        }
        if (action.edit && !action.edit.documentChanges) return `"${action.title}" has an unversioned edit`;
        if (action.edit) {
          const snapshot = TextDocument.create(doc.uri, 'tenant-privacy', version, text);
          const change = action.edit.documentChanges!.find((c) => 'textDocument' in c && c.textDocument.uri === doc.uri);
          if (change && 'edits' in change) TextDocument.applyEdits(snapshot, change.edits); // throws on overlapping edits
        }
      }
      return undefined;
    };
    const kind = random.pick([
      'quickfix-stale',
      'quickfix-stale',
      'fixall',
      'fixall-command-stale',
      'hover',
      'completion',
      'symbols',
      'folding',
      'inlay',
      'past-end',
    ]);
    switch (kind) {
      case 'quickfix-stale': {
        // The diagnostics the client shows now: of whatever version was published last, older than this one.
        const shown = client.diagnostics.all.filter((p) => p.uri === doc.uri).at(-1);
        const diagnostics = shown?.diagnostics ?? [];
        send(kind, doc, async () =>
          staleEdit(await client.codeActions(doc.uri, diagnostics, undefined, diagnostics[0]?.range ?? { start: position, end: position })),
        );
        break;
      }
      case 'fixall':
        send(kind, doc, async () => staleEdit(await client.codeActions(doc.uri, [], ['source.fixAll.privacyLint'], { start: position, end: position })));
        break;
      case 'fixall-command-stale': {
        const applied = client.appliedEdits.all.length;
        send(kind, doc, async () => {
          const answer = await client.executeCommand('tenantPrivacy.server.applyFixAll', [{ uri: doc.uri, version: version - 1 }]);
          if (JSON.stringify(answer) !== JSON.stringify({ applied: false })) return `fix all of version ${version - 1} answered ${JSON.stringify(answer)}`;
          const edits = client.appliedEdits.all.slice(applied).filter((e) => versionedEdits(e).some((t) => t.uri === doc.uri && t.version === version - 1));
          return edits.length ? `fix all of an older version sent workspace/applyEdit` : undefined;
        });
        break;
      }
      case 'hover':
        send(kind, doc, async () => {
          await client.connection.sendRequest(HoverRequest.type, { textDocument, position });
          return undefined;
        });
        break;
      case 'completion':
        send(kind, doc, async () => {
          const list = await client.connection.sendRequest(CompletionRequest.type, { textDocument, position });
          return list === undefined ? 'no completion answer' : undefined;
        });
        break;
      case 'symbols':
        send(kind, doc, async () => void (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument })));
        break;
      case 'folding':
        send(kind, doc, async () => void (await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument })));
        break;
      case 'inlay': {
        const end = document.positionAt(text.length);
        send(
          kind,
          doc,
          async () => void (await client.connection.sendRequest(InlayHintRequest.type, { textDocument, range: { start: { line: 0, character: 0 }, end } })),
        );
        break;
      }
      case 'past-end': {
        const far = { line: document.lineCount + random.int(1000), character: random.int(100_000) };
        send(kind, doc, async () => {
          const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument, position: far });
          const actions = await client.codeActions(doc.uri, [], undefined, { start: far, end: far });
          return staleEdit(actions) ?? (hover !== null && hover !== undefined && !hover.contents ? 'a malformed hover' : undefined);
        });
        break;
      }
    }
  }
});

/** Drops the snapshots of versions older than the newest published one: they can never be published again without failing the test. */
function prune(docs: Tracked[], published: (uri: string) => PublishDiagnosticsParams[]): void {
  for (const doc of docs) {
    const newest = published(doc.uri).at(-1)?.version;
    if (newest === undefined) continue;
    const keep = new Set(published(doc.uri).map((p) => p.version!));
    for (const version of doc.snapshots.keys()) if (version < newest && !keep.has(version)) doc.snapshots.delete(version);
  }
}

function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (pool.length && out.length < count) out.push(pool.splice(random.int(pool.length), 1)[0]);
  return out;
}
