#!/usr/bin/env node
// node bench/workspace.mjs [--files 2000] [--runs 3]      (also: npm run bench -- --only workspace)
//
// Workspace diagnostics: a folder of N small configs (the small workload's texts,
// in 20 sub-folders), the language server started on it as VS Code starts it (pull
// diagnostics: `workspace/diagnostic`), none opened. Measures the time from `initialized`
// to the first complete workspace report (every file reported), and the server's resident
// memory right after it (VmRSS of /proc/PID/status), beside the CLI (`privacy-lint --format
// json`) on the same files: wall time and peak RSS (/usr/bin/time).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSpec } from './lib/bundle.mjs';
import { smallConfig } from './lib/generate.mjs';
import { ROOT, WORKLOADS } from './lib/paths.mjs';

const argv = process.argv.slice(2);
const value = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const FILES = value('files', 2000);
const RUNS = value('runs', 3);
const SERVER = path.join(ROOT, 'dist', 'server.js');
const CLI = path.join(ROOT, 'dist', 'cli.js');

export async function benchWorkspace(log = console.log) {
  if (!fs.existsSync(SERVER) || !fs.existsSync(CLI)) throw new Error('run `npm run build` first');
  const dir = path.join(WORKLOADS, `workspace-${FILES}`);
  if (!fs.existsSync(path.join(dir, '.done'))) {
    const spec = await loadSpec();
    fs.rmSync(dir, { recursive: true, force: true });
    for (let i = 0; i < FILES; i++) {
      const sub = path.join(dir, `team-${String(i % 20).padStart(2, '0')}`);
      fs.mkdirSync(sub, { recursive: true });
      fs.writeFileSync(path.join(sub, `tenant-${String(i + 1).padStart(5, '0')}.privacy.jsonc`), smallConfig(spec, i));
    }
    fs.writeFileSync(path.join(dir, '.done'), String(FILES));
  }
  const rows = [];
  for (let run = 0; run < RUNS; run++) rows.push({ server: await serverRun(dir), cli: cliRun(dir) });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const result = {
    files: FILES,
    runs: RUNS,
    serverFirstReportMs: median(rows.map((r) => r.server.ms)),
    serverReported: rows[0].server.reported,
    serverWithFindings: rows[0].server.withFindings,
    serverRssMiB: median(rows.map((r) => r.server.rssMiB)),
    cliMs: median(rows.map((r) => r.cli.ms)),
    cliPeakRssMiB: median(rows.map((r) => r.cli.peakMiB)),
    cliWithFindings: rows[0].cli.withFindings,
  };
  log(`workspace diagnostics, ${FILES} configs (median of ${RUNS}):`);
  log(
    `  server: first complete workspace report ${result.serverFirstReportMs} ms (${result.serverReported} files, ${result.serverWithFindings} with findings); RSS after it ${result.serverRssMiB} MiB`,
  );
  log(`  CLI --format json on the same files: ${result.cliMs} ms, peak RSS ${result.cliPeakRssMiB} MiB (${result.cliWithFindings} files with findings)`);
  return result;
}

/** A minimal LSP client over stdio: Content-Length framing, requests with ids, answers to the server's requests. */
function lspClient(child) {
  let buffer = Buffer.alloc(0);
  let id = 0;
  const pending = new Map();
  const send = (message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const head = buffer.indexOf('\r\n\r\n');
      if (head < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())[1]);
      if (buffer.length < head + 4 + length) return;
      const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString());
      buffer = buffer.subarray(head + 4 + length);
      if (message.id !== undefined && message.method) {
        // The server's requests: configuration (defaults), registrations.
        const result = message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null;
        send({ id: message.id, result });
      } else if (message.id !== undefined) {
        pending.get(message.id)?.(message);
        pending.delete(message.id);
      }
    }
  });
  return {
    request: (method, params) =>
      new Promise((resolve) => {
        pending.set(++id, resolve);
        send({ id, method, params });
      }),
    notify: (method, params) => send({ method, params }),
  };
}

async function serverRun(dir) {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const client = lspClient(child);
  await client.request('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'workspace' }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { diagnostic: { dynamicRegistration: false }, publishDiagnostics: { relatedInformation: true } },
    },
  });
  const t0 = performance.now();
  client.notify('initialized', {});
  const answer = await client.request('workspace/diagnostic', { previousResultIds: [] });
  const ms = Math.round(performance.now() - t0);
  const items = answer.result.items;
  const rssMiB = Math.round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024);
  await client.request('shutdown');
  client.notify('exit');
  await new Promise((resolve) => child.once('exit', resolve));
  return { ms, rssMiB, reported: items.length, withFindings: items.filter((i) => i.items?.length).length };
}

function cliRun(dir) {
  const t0 = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Math.round(performance.now() - t0);
  const peakMiB = Math.round(Number(run.stderr.trim().split('\n').pop()) / 1024);
  const files = JSON.parse(run.stdout);
  return { ms, peakMiB, withFindings: files.filter((f) => f.diagnostics.length).length };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchWorkspace();
