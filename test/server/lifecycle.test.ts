/**
 * A repository is untrusted input (the language server): the LSP lifecycle and
 * JSON-RPC error codes over stdio, driven with raw bytes. Waits are on the server's output
 * and its exit; timeouts only guard against a hang.
 */
import * as assert from 'assert';
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import { SERVER } from './lspClient';

interface Reply {
  id: number | string | null;
  result?: unknown;
  error?: { code: number; message: string };
  method?: string;
}

/** The server over stdio, read as whole JSON-RPC messages. */
class RawServer {
  readonly child: ChildProcessWithoutNullStreams;
  readonly messages: Reply[] = [];
  stderr = '';
  private buffer = Buffer.alloc(0);
  private waiters: (() => void)[] = [];
  readonly exited: Promise<number | null>;

  constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const end = this.buffer.indexOf('\r\n\r\n');
        if (end < 0) break;
        const length = Number(/Content-Length: (\d+)/.exec(this.buffer.subarray(0, end).toString())![1]);
        if (this.buffer.length < end + 4 + length) break;
        this.messages.push(JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')));
        this.buffer = this.buffer.subarray(end + 4 + length);
      }
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    this.child.stdin.on('error', () => undefined); // the server may be gone before a write lands
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  send(bytes: string | Buffer): void {
    this.child.stdin.write(bytes);
  }

  message(body: object): void {
    const json = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...body }), 'utf8');
    this.send(Buffer.concat([Buffer.from(`Content-Length: ${json.length}\r\n\r\n`), json]));
  }

  initialize(processId: number | null = null): void {
    this.message({ id: 'init', method: 'initialize', params: { processId, rootUri: null, capabilities: {} } });
    this.message({ method: 'initialized', params: {} });
  }

  /** The reply with this id (waits for it). */
  async reply(id: number | string | null, what = `the reply to ${id}`): Promise<Reply> {
    return guard(
      this.until(() => this.messages.find((m) => m.id === id && m.method === undefined)),
      what,
    );
  }

  private async until<T>(find: () => T | undefined): Promise<T> {
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  async exit(what: string): Promise<number | null> {
    return guard(this.exited, what);
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

function guard<T>(promise: Promise<T>, what: string, ms = 20_000): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    }),
  ]);
}

const HOVER = { textDocument: { uri: 'file:///tmp/a.privacy.json' }, position: { line: 0, character: 0 } };

describe('server: lifecycle and JSON-RPC errors over stdio (raw bytes)', function () {
  this.timeout(60_000);
  const servers: RawServer[] = [];
  const start = () => {
    const server = new RawServer();
    servers.push(server);
    return server;
  };
  afterEach(() => {
    for (const server of servers.splice(0)) server.kill();
  });

  for (const [name, header] of [
    ['Content-Length: abc', 'Content-Length: abc\r\n\r\n{}'],
    ['Content-Length: -5', 'Content-Length: -5\r\n\r\n'],
    ['a line that is no header', 'hello\n\n'],
    ['no Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'],
  ] as const) {
    it(`a broken header (${name}) ends the server with exit code 1 and one line on stderr, instead of a server that never answers`, async () => {
      const server = start();
      server.send(header);
      server.initialize();
      assert.strictEqual(await server.exit('the server to exit'), 1);
      const lines = server.stderr.trim().split('\n');
      assert.strictEqual(lines.length, 1, server.stderr);
      assert.match(lines[0], /^privacy-lint language server: the client sent a broken message header \(.+\); closing\.$/);
    });
  }

  it('a body that is not JSON is answered with -32700 (Parse error, id null), and the server goes on serving', async () => {
    const server = start();
    server.send('Content-Length: 5\r\n\r\n{abc}');
    const parseError = await server.reply(null);
    assert.strictEqual(parseError.error?.code, -32700);
    assert.match(parseError.error.message, /^Parse error/);
    server.initialize();
    assert.ok((await server.reply('init')).result, 'initialize is answered after the parse error');
  });

  it('a JSON value that is no JSON-RPC message is answered with -32600 (Invalid request)', async () => {
    const server = start();
    server.message({ id: 7 });
    assert.strictEqual((await server.reply(7)).error?.code, -32600);
  });

  it('a request before initialize gets -32002 (ServerNotInitialized); initialize is then answered', async () => {
    const server = start();
    server.message({ id: 1, method: 'textDocument/hover', params: HOVER });
    const early = await server.reply(1);
    assert.strictEqual(early.error?.code, -32002);
    assert.match(early.error.message, /not initialized/);
    server.initialize();
    assert.ok((await server.reply('init')).result);
  });

  it('null or malformed params get -32602 (InvalidParams) naming the problem, not -32603 with a TypeError', async () => {
    const server = start();
    server.initialize();
    await server.reply('init');
    server.message({ id: 1, method: 'textDocument/hover', params: null });
    server.message({ id: 2, method: 'textDocument/codeAction', params: { textDocument: { uri: 'file:///a' }, range: { start: { line: 0 } } } });
    server.message({ id: 3, method: 'textDocument/hover', params: HOVER });
    const nullParams = await server.reply(1);
    assert.strictEqual(nullParams.error?.code, -32602);
    assert.match(nullParams.error.message, /^Invalid params for "textDocument\/hover": the params are null/);
    const badRange = await server.reply(2);
    assert.strictEqual(badRange.error?.code, -32602);
    assert.match(badRange.error.message, /"range\.start" must be a position/);
    assert.deepStrictEqual((await server.reply(3)).error, undefined, 'a well-formed request is still served');
    assert.ok(!server.messages.some((m) => m.error?.code === -32603), 'no internal error');
  });

  it('after shutdown a request gets -32600 (InvalidRequest); exit then ends the process with 0', async () => {
    const server = start();
    server.initialize();
    await server.reply('init');
    server.message({ id: 1, method: 'shutdown' });
    assert.deepStrictEqual((await server.reply(1)).result, null);
    server.message({ id: 2, method: 'textDocument/hover', params: HOVER });
    const late = await server.reply(2);
    assert.strictEqual(late.error?.code, -32600);
    server.message({ method: 'exit' });
    assert.strictEqual(await server.exit('exit after shutdown'), 0);
  });

  it('exit without shutdown ends the process with 1', async () => {
    const server = start();
    server.initialize();
    await server.reply('init');
    server.message({ method: 'exit' });
    assert.strictEqual(await server.exit('exit without shutdown'), 1);
  });

  it('the server exits when its standard input ends (the client is gone)', async () => {
    const server = start();
    server.initialize();
    await server.reply('init');
    server.child.stdin.end();
    assert.strictEqual(await server.exit('the server to notice its client is gone'), 1);
  });

  it("the server exits when the parent process named by initialize's processId is gone", async () => {
    // A short-lived process stands in for the editor: its id is given, then it ends.
    const parent = spawn(process.execPath, ['-e', 'process.stdin.resume()'], { stdio: ['pipe', 'ignore', 'ignore'] });
    const server = start();
    server.initialize(parent.pid);
    await server.reply('init');
    const parentGone = new Promise((resolve) => parent.on('exit', resolve));
    parent.stdin.end();
    await guard(parentGone, 'the stand-in parent to exit');
    // vscode-languageserver's watchdog checks the parent every 3 seconds.
    assert.strictEqual(await server.exit('the server to notice its parent is gone'), 1);
  });
});
