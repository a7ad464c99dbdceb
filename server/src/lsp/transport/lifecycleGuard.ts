import {
  AbstractMessageReader,
  ErrorCodes,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';

/**
 * What the server accepts, and when (LSP 3.17, "Lifecycle Messages"; JSON-RPC 2.0 error codes),
 * checked before a message reaches the connection:
 * - before `initialize`: a request is answered with -32002 (ServerNotInitialized), a
 *   notification is dropped (`exit` excepted);
 * - after `shutdown`: a request is answered with -32600 (InvalidRequest), a notification is
 *   dropped (`exit` excepted; the connection exits 0 after shutdown, 1 without);
 * - a message that is neither a request, a notification nor a response: -32600;
 * - a request of a method the server serves whose params are missing or of the wrong shape:
 *   -32602 (InvalidParams) saying which parameter, instead of a handler's TypeError as -32603;
 *   such a notification is dropped and logged.
 */
export interface GuardLog {
  (line: string): void;
}

type Check = (params: Record<string, unknown>) => string | undefined;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isUint = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function textDocument(params: Record<string, unknown>): string | undefined {
  const document = params.textDocument;
  if (!isObject(document)) return '"textDocument" must be an object with a "uri"';
  if (typeof document.uri !== 'string') return '"textDocument.uri" must be a string';
  return undefined;
}

function position(value: unknown, name: string): string | undefined {
  if (!isObject(value) || !isUint(value.line) || !isUint(value.character))
    return `"${name}" must be a position { "line": N, "character": N } with whole numbers >= 0`;
  return undefined;
}

function range(value: unknown, name: string): string | undefined {
  if (!isObject(value)) return `"${name}" must be a range { "start": ..., "end": ... }`;
  return position(value.start, `${name}.start`) ?? position(value.end, `${name}.end`);
}

const all =
  (...checks: Check[]): Check =>
  (params) => {
    for (const check of checks) {
      const problem = check(params);
      if (problem) return problem;
    }
    return undefined;
  };
const at =
  (name: string): Check =>
  (params) =>
    position(params[name], name);
const spanning =
  (name: string): Check =>
  (params) =>
    range(params[name], name);
const object =
  (name: string): Check =>
  (params) =>
    isObject(params[name]) ? undefined : `"${name}" must be an object`;

/** The shape of the params of each method the server serves (what its handlers read without asking). */
const PARAMS: Readonly<Record<string, Check>> = {
  initialize: (params) => (params.capabilities !== undefined && !isObject(params.capabilities) ? '"capabilities" must be an object' : undefined),
  'textDocument/hover': all(textDocument, at('position')),
  'textDocument/completion': all(textDocument, at('position')),
  'textDocument/codeAction': all(textDocument, spanning('range'), (params) =>
    isObject(params.context) && Array.isArray(params.context.diagnostics) ? undefined : '"context" must be an object with a "diagnostics" array',
  ),
  'textDocument/inlayHint': all(textDocument, spanning('range')),
  'textDocument/documentSymbol': textDocument,
  'textDocument/foldingRange': textDocument,
  'textDocument/formatting': all(textDocument, object('options')),
  'textDocument/rangeFormatting': all(textDocument, spanning('range'), object('options')),
  'workspace/executeCommand': (params) =>
    typeof params.command !== 'string'
      ? '"command" must be a string'
      : params.arguments !== undefined && !Array.isArray(params.arguments)
        ? '"arguments" must be an array'
        : undefined,
  'textDocument/didOpen': (params) => {
    const document = params.textDocument;
    if (
      !isObject(document) ||
      typeof document.uri !== 'string' ||
      typeof document.languageId !== 'string' ||
      typeof document.text !== 'string' ||
      typeof document.version !== 'number'
    ) {
      return '"textDocument" must be { "uri", "languageId", "version", "text" }';
    }
    return undefined;
  },
  'textDocument/didChange': (params) => {
    const document = params.textDocument;
    if (!isObject(document) || typeof document.uri !== 'string' || typeof document.version !== 'number') return '"textDocument" must be { "uri", "version" }';
    const changes = params.contentChanges;
    if (!Array.isArray(changes)) return '"contentChanges" must be an array';
    for (const change of changes) {
      if (!isObject(change) || typeof change.text !== 'string') return 'each content change must have a "text" string';
      if (change.range !== undefined && range(change.range, 'range')) return range(change.range, 'contentChanges[].range');
    }
    return undefined;
  },
  'textDocument/didClose': textDocument,
  'textDocument/didSave': textDocument,
  'workspace/didChangeWatchedFiles': (params) => (Array.isArray(params.changes) ? undefined : '"changes" must be an array'),
  'workspace/didChangeWorkspaceFolders': (params) =>
    isObject(params.event) && Array.isArray(params.event.added) && Array.isArray(params.event.removed)
      ? undefined
      : '"event" must be { "added": [...], "removed": [...] }',
};

/** Methods whose params may be left out. */
const NO_PARAMS = new Set(['shutdown', 'exit', 'initialized']);

type Id = string | number | null;

export class LifecycleGuard extends AbstractMessageReader implements MessageReader {
  private initialized = false;
  private shutdownReceived = false;

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
    private readonly log: GuardLog,
  ) {
    super();
    inner.onError((error) => this.fireError(error));
    inner.onClose(() => this.fireClose());
    inner.onPartialMessage((info) => this.firePartialMessage(info));
  }

  /** Whether `shutdown` has come (then `exit`, or the client going away, ends the process with 0). */
  get shutdown(): boolean {
    return this.shutdownReceived;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      if (this.admit(message)) callback(message);
    });
  }

  /** Answers a message that JSON could not parse: -32700, with a null id (its id cannot be known). */
  parseError(reason: string): void {
    this.log(`A message from the client is not JSON (${reason}); answered with -32700 Parse error.`);
    this.reply(null, ErrorCodes.ParseError, `Parse error: the message is not JSON (${reason}).`);
  }

  private admit(message: unknown): boolean {
    if (!isObject(message)) {
      this.reply(null, ErrorCodes.InvalidRequest, 'Invalid request: a JSON-RPC message must be an object.');
      return false;
    }
    const { method, id } = message;
    const hasId = 'id' in message;
    if (typeof method !== 'string') {
      // A response to a request of the server's (workspace/configuration, applyEdit...).
      if (hasId && ('result' in message || 'error' in message)) return true;
      this.reply(validId(id), ErrorCodes.InvalidRequest, 'Invalid request: the message has no "method" and is no response.');
      return false;
    }
    const params = message.params;
    if (hasId) {
      if (typeof id !== 'string' && typeof id !== 'number') {
        this.reply(null, ErrorCodes.InvalidRequest, `Invalid request: the "id" of ${JSON.stringify(method)} must be a number or a string.`);
        return false;
      }
      if (this.shutdownReceived) {
        this.reply(id, ErrorCodes.InvalidRequest, `The server is shutting down: after "shutdown" it accepts only "exit", not ${JSON.stringify(method)}.`);
        return false;
      }
      if (!this.initialized && method !== 'initialize') {
        this.reply(id, ErrorCodes.ServerNotInitialized, `The server is not initialized: send "initialize" before ${JSON.stringify(method)}.`);
        return false;
      }
      if (this.initialized && method === 'initialize') {
        this.reply(id, ErrorCodes.InvalidRequest, 'The server is initialized already: "initialize" is sent once.');
        return false;
      }
      const problem = paramsProblem(method, params);
      if (problem) {
        this.reply(id, ErrorCodes.InvalidParams, `Invalid params for ${JSON.stringify(method)}: ${problem}.`);
        return false;
      }
      if (method === 'initialize') this.initialized = true;
      if (method === 'shutdown') this.shutdownReceived = true;
      return true;
    }
    if (method === 'exit') return true;
    if (!this.initialized || this.shutdownReceived) return false;
    const problem = paramsProblem(method, params);
    if (problem) {
      this.log(`Dropped the notification ${JSON.stringify(method)}: ${problem}.`);
      return false;
    }
    return true;
  }

  private reply(id: Id, code: number, message: string): void {
    this.writer.write({ jsonrpc: '2.0', id, error: { code, message } } as Message).catch(() => undefined);
  }
}

function validId(id: unknown): Id {
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

function paramsProblem(method: string, params: unknown): string | undefined {
  if (params === undefined || params === null) {
    if (NO_PARAMS.has(method) || method.startsWith('$/') || !(method in PARAMS)) return undefined;
    return `the params are ${params === null ? 'null' : 'missing'}; an object is required`;
  }
  if (typeof params !== 'object') return 'the params must be an object or an array';
  const check = PARAMS[method];
  if (!check) return undefined;
  if (!isObject(params)) return 'the params must be an object';
  return check(params);
}
