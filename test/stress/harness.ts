/**
 * Shared pieces of the stress tests ("Language server under stress", "CLI under
 * hostile conditions", "the CLI and the language server give the same diagnostics").
 *
 * Sizes: small inside `npm test`, full with `STRESS_FULL=1` (what `npm run stress -- --full`
 * sets). Every random choice comes from one seeded generator (`STRESS_SEED`, printed by
 * `npm run stress`), so a failure is reproduced by running again with the same seed.
 * Nothing here sleeps: waits are on messages, process events and file system events, with a
 * timeout only as a guard against a hang.
 */
import * as assert from 'assert';
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../server/lspClient';

export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'bin', 'privacy-lint.js');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

/** `npm run stress -- --full` (or STRESS_FULL=1): the full sizes. */
export const FULL = process.env.STRESS_FULL === '1';
/** The seed of every random choice; fixed for `npm test`. */
export const SEED = Number(process.env.STRESS_SEED ?? 20260515);

/** The small size inside `npm test`, the full size in `npm run stress -- --full`; `STRESS_<NAME>` overrides either. */
export function size(name: string, small: number, full: number): number {
  const override = process.env[`STRESS_${name.toUpperCase()}`];
  return override !== undefined ? Number(override) : FULL ? full : small;
}

/** A small, fast, seedable generator (mulberry32). */
export class Random {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  /** A generator of its own for a sub-task, so that adding draws to one task does not change another. */
  fork(salt: number): Random {
    return new Random((this.seed * 31 + salt) >>> 0);
  }
}

// ---------------------------------------------------------------------------------------------
// Metrics: `npm run stress` sets STRESS_REPORT to a file and prints a summary from it.

export interface Metric {
  suite: string;
  case: string;
  /** What was run: edits, requests, files, runs... */
  counts?: Record<string, number>;
  /** Durations in milliseconds. */
  ms?: Record<string, number>;
  /** Anything worth printing (the slowest request, the largest document...). */
  notes?: Record<string, string | number | boolean>;
}

export function record(metric: Metric): void {
  const file = process.env.STRESS_REPORT;
  if (file) fs.appendFileSync(file, `${JSON.stringify(metric)}\n`);
  if (process.env.STRESS_VERBOSE) console.log(JSON.stringify(metric));
}

/** Milliseconds since `start` (from `performance.now()`), rounded. */
export function since(start: number): number {
  return Math.round(performance.now() - start);
}

/** Rejects when `promise` has not settled in `ms`: a guard against a hang, never a wait. */
export function guard<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------
// Temporary folders

const folders: string[] = [];

/** A fresh folder under the system temp folder (symlinks resolved), removed by `removeFolders`. */
export function tempFolder(prefix = 'privacy-stress-'): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  folders.push(folder);
  return folder;
}

export function removeFolders(): void {
  for (const folder of folders.splice(0)) {
    // Folders a test made unreadable or read-only are opened up first.
    spawnSync('chmod', ['-R', 'u+rwx', folder], { stdio: 'ignore' });
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The CLI, run as a child process without blocking the event loop (the language server of a
// test keeps talking meanwhile).

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface CliOptions {
  cwd?: string;
  /** `ulimit -n` for the run (through bash). */
  openFiles?: number;
  /** Run as this uid/gid (through setpriv), to meet permissions that root would ignore. */
  user?: { uid: number; gid: number };
  env?: NodeJS.ProcessEnv;
  /** Guard against a hang. */
  timeout?: number;
  /** Called with the child as soon as it is spawned (to kill it, or to disturb it). */
  onSpawn?: (child: ChildProcess) => void;
}

/** Runs `node bin/privacy-lint.js ARGS`; resolves when it has exited (or was killed). */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  let command = process.execPath;
  let argv = [CLI, ...args];
  if (options.openFiles !== undefined) {
    argv = ['-c', `ulimit -n ${options.openFiles} && exec "$0" "$@"`, command, ...argv];
    command = 'bash';
  }
  if (options.user) {
    argv = [`--reuid=${options.user.uid}`, `--regid=${options.user.gid}`, '--clear-groups', command, ...argv];
    command = 'setpriv';
  }
  const start = performance.now();
  const child = spawn(command, argv, { cwd: options.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  options.onSpawn?.(child);
  const done = new Promise<CliResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status, signal) =>
      resolve({ status, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), ms: since(start) }),
    );
  });
  return guard(done, options.timeout ?? 300_000, `privacy-lint ${args.join(' ')}`).catch((error) => {
    child.kill('SIGKILL');
    throw error;
  });
}

/** The `--format json` report entries (file, edition, diagnostics). */
export interface CliEntry {
  file: string;
  edition: string;
  diagnostics: {
    rule: string;
    severity: string;
    message: string;
    path: (string | number)[];
    range: Diagnostic['range'];
    fixes: { title: string; preferred: boolean }[];
  }[];
}

export function parseJsonReport(result: CliResult): CliEntry[] {
  try {
    return JSON.parse(result.stdout) as CliEntry[];
  } catch {
    assert.fail(
      `stdout is not a JSON report (exit ${result.status}, signal ${result.signal}):\n${result.stdout.slice(0, 2000)}\nstderr:\n${result.stderr.slice(0, 2000)}`,
    );
  }
}

/** A diagnostic as both tools are compared on: rule, range, severity, message. */
export interface Comparable {
  rule: string;
  severity: string;
  message: string;
  range: Diagnostic['range'];
}

const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'];

export function fromServer(diagnostics: readonly Diagnostic[]): Comparable[] {
  return sortComparable(diagnostics.map((d) => ({ rule: String(d.code), severity: SEVERITY_NAMES[d.severity ?? 0], message: d.message, range: d.range })));
}

export function fromCli(entry: CliEntry): Comparable[] {
  return sortComparable(entry.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range })));
}

/** Diagnostics have no required order (SPEC section 4): both sides are sorted the same way. */
function sortComparable(list: Comparable[]): Comparable[] {
  const key = (d: Comparable) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];
  return list.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < 4; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}

/** A short description of the first difference, for a failure message. */
export function firstDifference(server: readonly Comparable[], cli: readonly Comparable[]): string {
  for (let i = 0; i < Math.max(server.length, cli.length); i++) {
    if (JSON.stringify(server[i]) !== JSON.stringify(cli[i])) {
      return `#${i}: server ${JSON.stringify(server[i])}\n      cli    ${JSON.stringify(cli[i])}`;
    }
  }
  return 'none';
}

// ---------------------------------------------------------------------------------------------
// The language server process behind a TestClient (test/server/lspClient.ts keeps it private;
// it is read here, never changed).

export function serverProcess(client: TestClient): ChildProcess {
  return (client as unknown as { child: ChildProcess }).child;
}

export function serverStderr(client: TestClient): string {
  return (client as unknown as { stderr: string }).stderr;
}

/** The server process is still running and answers a request. */
export async function assertServing(client: TestClient, what: string): Promise<void> {
  const child = serverProcess(client);
  assert.ok(
    child.exitCode === null && child.signalCode === null,
    `the server died (${what}): exit ${child.exitCode}, signal ${child.signalCode}; stderr:\n${serverStderr(client).slice(-3000)}`,
  );
  const answer = await guard(client.hover('file:///nothing-open.privacy.json', 0, 0), 30_000, `a request after ${what}`);
  assert.strictEqual(answer, null, `the server answers a request after ${what}`);
}

/** The server's log lines that report a failure (the server logs a crash of a handler and keeps serving). */
export function failureLogs(client: TestClient, from = 0): string[] {
  return client.logs.slice(from).filter((line) => /failed|Unhandled|Error/.test(line));
}

// ---------------------------------------------------------------------------------------------
// Files: what a run must not change, and who can read what.

export interface FileState {
  bytes: Buffer;
  mtimeMs: number;
  mode: number;
}

/** Every regular file under `folder` (symlinks not followed), with its bytes, mtime and mode. */
export function snapshotTree(folder: string): Map<string, FileState> {
  const states = new Map<string, FileState>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const stat = fs.statSync(full);
        states.set(path.relative(folder, full), { bytes: fs.readFileSync(full), mtimeMs: stat.mtimeMs, mode: stat.mode });
      }
    }
  };
  walk(folder);
  return states;
}

/** The files whose bytes, mtime or mode changed, or that appeared or went away (`only`: just these). */
export function changedFiles(before: Map<string, FileState>, after: Map<string, FileState>, only?: readonly string[]): string[] {
  const names = only ?? [...new Set([...before.keys(), ...after.keys()])];
  return names
    .filter((name) => {
      const a = before.get(name);
      const b = after.get(name);
      return !a || !b || !a.bytes.equals(b.bytes) || a.mtimeMs !== b.mtimeMs || a.mode !== b.mode;
    })
    .sort();
}

/** An unprivileged user to run the CLI as, when this process is root (root reads files of mode 000). */
export const NOBODY = { uid: 65534, gid: 65534 };

/** How a test meets permission errors here: as the current (non-root) user, as nobody through setpriv, or not at all. */
export function permissionMode(): 'self' | 'setpriv' | 'none' {
  if (typeof process.getuid !== 'function' || process.platform === 'win32') return 'none';
  if (process.getuid() !== 0) return 'self';
  return spawnSync('setpriv', ['--version'], { stdio: 'ignore' }).status === 0 ? 'setpriv' : 'none';
}

/** stderr is only `privacy-lint: ...` lines, none of them a stack trace; returns the lines. */
export function clearLines(stderr: string): string[] {
  const lines = stderr.split('\n').filter((line) => line !== '');
  for (const line of lines) {
    assert.match(line, /^privacy-lint: /, `a line on stderr that is not a privacy-lint message:\n${stderr.slice(0, 3000)}`);
    assert.doesNotMatch(line, /\bat .+:\d+:\d+\)?$|Error: |node:internal/, `a stack trace on stderr:\n${stderr.slice(0, 3000)}`);
  }
  return lines;
}
