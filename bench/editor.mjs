#!/usr/bin/env node
// The editor workload: a language-server client over stdio (vscode-languageserver-protocol).
//
//   node bench/editor.mjs --server dist/server.js --doc FILE [--edits 200] [--requests 100] [--seed N] [--engine gen/engine.mjs]
//
// Opens FILE, waits for its diagnostics, then makes single-character edits at random places,
// each followed by a wait for the publishDiagnostics of that version (or, when the server
// sends no version, the first publish after the edit). Edits come in pairs: a random letter or
// digit typed at a random offset, then deleted again (a typo and its correction), so the
// document does not drift into noise. Then hover, completion and code-action requests at
// random places (code actions: half on a published diagnostic's range with that diagnostic
// in the context, half on an empty range at a random place). Each latency is measured in this
// process from sending to receiving. The parse time of the document (jsonc-parser parseTree
// with the engine's options, warm, in this process; the mean includes the GC it causes) is
// measured for comparison, and, with --engine, the engine's whole lint of it in-process too.
// Prints one JSON object on stdout.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node.js';
import { parseTree } from 'jsonc-parser';
import { rng } from './lib/generate.mjs';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const serverPath = path.resolve(opt('server', 'dist/server.js'));
const docPath = path.resolve(opt('doc'));
const EDITS = Number(opt('edits', 200));
const REQUESTS = Number(opt('requests', 100));
const SEED = Number(opt('seed', 7));
const enginePath = opt('engine');
const TIMEOUT_MS = 10_000;

const r = rng(SEED);
const uri = pathToFileURL(docPath).href;
let text = fs.readFileSync(docPath, 'utf8');

const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: path.dirname(docPath) });
let stderr = '';
child.stderr.on('data', (d) => {
  stderr = (stderr + d).slice(-4000);
});
let exited = null;
child.on('exit', (code, signal) => {
  exited = { code, signal };
});

const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
// The server may ask the client things (configuration, capability registration, progress): answer null.
// They are counted by method: a server that asks for its settings on every keystroke pays a round trip each time.
const serverRequests = {};
conn.onRequest(
  (method, params) => (
    (serverRequests[method] = (serverRequests[method] ?? 0) + 1),
    method === 'workspace/configuration'
      ? (params?.items ?? []).map(() => null)
      : method === 'workspace/workspaceFolders'
        ? [{ uri: pathToFileURL(path.dirname(docPath)).href, name: 'editor' }]
        : null
  ),
);
conn.onNotification(() => {});

let lastDiagnostics = [];
let waiter;
let publishes = 0;
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  if (p.uri !== uri) return;
  publishes++;
  lastDiagnostics = p.diagnostics;
  if (waiter && (p.version === undefined || p.version === null || p.version >= waiter.version)) {
    const w = waiter;
    waiter = undefined;
    w.resolve(p);
  }
});
conn.listen();

const waitForDiagnostics = (version) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiter = undefined;
      reject(new Error(`no publishDiagnostics for version ${version} within ${TIMEOUT_MS} ms`));
    }, TIMEOUT_MS);
    waiter = {
      version,
      resolve: (p) => {
        clearTimeout(timer);
        resolve(p);
      },
    };
  });

function lineStarts(t) {
  const starts = [0];
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
function positionAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}
const now = () => Number(process.hrtime.bigint()) / 1e6;
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { n: s.length, min: s[0], p50: q(0.5), p95: q(0.95), max: s.at(-1), mean: s.reduce((a, b) => a + b, 0) / s.length };
};

async function main() {
  const out = { server: serverPath, doc: docPath, lines: text.split('\n').length, chars: text.length };
  const init = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(path.dirname(docPath)).href,
    workspaceFolders: [{ uri: pathToFileURL(path.dirname(docPath)).href, name: 'editor' }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true },
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: true },
        publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } },
          dataSupport: true,
          resolveSupport: { properties: ['edit'] },
        },
      },
    },
  });
  const sync = init.capabilities.textDocumentSync;
  const changeKind = typeof sync === 'number' ? sync : (sync?.change ?? 1);
  out.sync = changeKind === 2 ? 'incremental' : 'full';
  conn.sendNotification('initialized', {});

  let version = 1;
  let t0 = now();
  const opened = waitForDiagnostics(version);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'jsonc', version, text } });
  await opened;
  out.openMs = now() - t0;
  out.openDiagnostics = lastDiagnostics.length;

  const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const edits = [];
  let starts = lineStarts(text);
  let typo;
  for (let i = 0; i < EDITS; i++) {
    let change;
    if (!typo) {
      const offset = r.int(text.length + 1);
      const ch = ALPHABET[r.int(ALPHABET.length)];
      const pos = positionAt(starts, offset);
      change = { range: { start: pos, end: pos }, text: ch };
      text = text.slice(0, offset) + ch + text.slice(offset);
      typo = offset;
    } else {
      const pos = positionAt(starts, typo);
      change = { range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, text: '' };
      text = text.slice(0, typo) + text.slice(typo + 1);
      typo = undefined;
    }
    starts = typo === undefined ? lineStarts(text) : starts;
    version++;
    const waiting = waitForDiagnostics(version);
    t0 = now();
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [changeKind === 2 ? change : { text }] });
    await waiting;
    edits.push(now() - t0);
  }
  out.keystroke = stats(edits);
  out.diagnosticsAfterEdits = lastDiagnostics.length;

  // Requests at random places.
  starts = lineStarts(text);
  const randomPosition = () => positionAt(starts, r.int(text.length));
  const timed = async (method, params) => {
    const t = now();
    const result = await conn.sendRequest(method, params);
    return { ms: now() - t, result };
  };
  const hover = [];
  let hoverHits = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const { ms, result } = await timed('textDocument/hover', { textDocument: { uri }, position: randomPosition() });
    hover.push(ms);
    if (result) hoverHits++;
  }
  const completion = [];
  let completionItems = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const { ms, result } = await timed('textDocument/completion', { textDocument: { uri }, position: randomPosition() });
    completion.push(ms);
    completionItems += Array.isArray(result) ? result.length : (result?.items?.length ?? 0);
  }
  const codeAction = [];
  let actions = 0;
  const within = (d, pos) =>
    (d.range.start.line < pos.line || (d.range.start.line === pos.line && d.range.start.character <= pos.character)) &&
    (d.range.end.line > pos.line || (d.range.end.line === pos.line && d.range.end.character >= pos.character));
  for (let i = 0; i < REQUESTS; i++) {
    let range;
    let diagnostics;
    if (i % 2 === 0 && lastDiagnostics.length) {
      const d = lastDiagnostics[r.int(lastDiagnostics.length)];
      range = d.range;
      diagnostics = [d];
    } else {
      const pos = randomPosition();
      range = { start: pos, end: pos };
      diagnostics = lastDiagnostics.filter((d) => within(d, pos));
    }
    const { ms, result } = await timed('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, triggerKind: 1 } });
    codeAction.push(ms);
    actions += result?.length ?? 0;
  }
  out.hover = { ...stats(hover), answered: hoverHits };
  out.completion = { ...stats(completion), items: completionItems };
  out.codeAction = { ...stats(codeAction), actions };
  out.publishes = publishes;
  out.serverRequests = serverRequests;
  try {
    out.serverPeakRssKiB = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]);
  } catch {}

  // Parse time of the document, in this process, warm.
  const OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false };
  // 100 parses after 20 of warm-up, each tree dropped at once (the least a server could do).
  // min is the parse alone; mean is the parse with the garbage collection it causes, amortized
  // (one parse in two or three pays for a scavenge): the figure the keystroke target uses.
  const parse = [];
  let nodes = 0;
  for (let i = 0; i < 120; i++) {
    const t = now();
    nodes += parseTree(text, [], OPTIONS)?.children?.length ?? 0;
    if (i >= 20) parse.push(now() - t);
  }
  void nodes;
  out.parse = stats(parse);
  if (enginePath) {
    try {
      const engine = await import(pathToFileURL(path.resolve(enginePath)).href);
      const lint = [];
      let result;
      for (let i = 0; i < 60; i++) {
        const t = now();
        result = engine.lint(text);
        if (i >= 20) lint.push(now() - t);
      }
      void result;
      out.engineLint = stats(lint);
    } catch (error) {
      out.engineLintError = String(error.message).split('\n')[0];
    }
  }
  return out;
}

let result;
try {
  result = await main();
} catch (error) {
  result = { error: error.message, serverExit: exited, serverStderr: stderr.split('\n').slice(-5).join('\n') };
}
try {
  await Promise.race([conn.sendRequest('shutdown'), new Promise((res) => setTimeout(res, 2000))]);
  conn.sendNotification('exit');
} catch {}
setTimeout(() => {
  if (!exited) child.kill();
}, 1000).unref();
process.stdout.write(`${JSON.stringify(result)}\n`);
conn.dispose();
setTimeout(() => process.exit(0), 1500).unref();
