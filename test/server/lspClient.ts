/**
 * A real LSP client for the server tests: spawns the built `dist/server.js --stdio` (or
 * `--node-ipc`) and speaks JSON-RPC with vscode-languageserver-protocol. It answers the
 * server's requests (configuration, registrations, applyEdit, showDocument) and lets a test
 * wait on what the server sends. Nothing here sleeps: every wait is on a message.
 */
import * as assert from 'assert';
import { ChildProcess, fork, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  ApplyWorkspaceEditRequest,
  CodeAction,
  CodeActionRequest,
  CompletionList,
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentFormattingRequest,
  DocumentSymbol,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  ExitNotification,
  FileChangeType,
  FoldingRange,
  FoldingRangeRequest,
  Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  InitializeResult,
  InlayHint,
  InlayHintRefreshRequest,
  InlayHintRequest,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  Range,
  Registration,
  RegistrationRequest,
  ShowDocumentParams,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShowMessageParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  TextEdit,
  WorkspaceEdit,
  CancellationToken,
  DocumentDiagnosticReport,
  DocumentDiagnosticRequest,
  WorkspaceDiagnosticReport,
  WorkspaceDiagnosticRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = path.resolve(__dirname, '../../..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const LANGUAGE_ID = 'tenant-privacy';

export type SettingsFor = (scopeUri: string | undefined) => unknown;

/** Resolves when a message matching `predicate` has arrived (or has already arrived). */
class Inbox<T> {
  readonly all: T[] = [];
  private waiters: { predicate: (value: T) => boolean; resolve: (value: T) => void }[] = [];

  push(value: T): void {
    this.all.push(value);
    this.waiters = this.waiters.filter((w) => {
      if (!w.predicate(value)) return true;
      w.resolve(value);
      return false;
    });
  }

  /** The next message from now on that matches. */
  next(predicate: (value: T) => boolean = () => true): Promise<T> {
    return new Promise((resolve) => this.waiters.push({ predicate, resolve }));
  }

  /** A message that matches, already received or still to come. */
  some(predicate: (value: T) => boolean): Promise<T> {
    const found = this.all.find(predicate);
    return found !== undefined ? Promise.resolve(found) : this.next(predicate);
  }
}

export interface StartOptions {
  /** Workspace folders (absolute paths). */
  folders: string[];
  /** The `tenantPrivacy` section the client answers for a scope. Default: `{}`. */
  settings?: SettingsFor;
  transport?: 'stdio' | 'ipc';
  /** Declare LSP 3.17 pull diagnostics (`textDocument/diagnostic`, refresh), as VS Code does. Default: false (push). */
  pull?: boolean;
  /** What the client answers for `files.exclude`. Default: null. */
  filesExclude?: Record<string, boolean>;
  /** Declare `codeAction/resolve` support for `edit`, as VS Code does. Default: false. */
  resolveCodeActions?: boolean;
  /** Sent in `initialize` besides `documentStatus: true`. */
  initializationOptions?: Record<string, unknown>;
}

export class TestClient {
  readonly diagnostics = new Inbox<PublishDiagnosticsParams>();
  readonly messages = new Inbox<ShowMessageParams>();
  readonly registrations = new Inbox<Registration>();
  readonly appliedEdits = new Inbox<WorkspaceEdit>();
  readonly shownDocuments = new Inbox<ShowDocumentParams>();
  readonly statuses = new Inbox<{ uri: string; edition?: string; editionSource?: string; enabled: boolean }>();
  readonly refreshes = new Inbox<string>();
  filesExclude: Record<string, boolean> | undefined;
  readonly logs: string[] = [];
  readonly texts = new Map<string, TextDocument>();
  settings: SettingsFor;
  initializeResult!: InitializeResult;
  private held: Promise<void> | undefined;
  private stderr = '';

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
    settings: SettingsFor,
  ) {
    this.settings = settings;
    child.stderr?.on('data', (chunk) => (this.stderr += String(chunk)));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.diagnostics.push(params));
    connection.onNotification(ShowMessageNotification.type, (params) => this.messages.push(params));
    connection.onNotification(LogMessageNotification.type, (params) => this.logs.push(params.message));
    connection.onNotification('tenantPrivacy/documentStatus', (params) => this.statuses.push(params));
    connection.onRequest(ConfigurationRequest.type, async (params) => {
      while (this.held) await this.held;
      return params.items.map((item) =>
        item.section === 'tenantPrivacy' ? (this.settings(item.scopeUri) ?? {}) : item.section === 'files.exclude' ? (this.filesExclude ?? null) : null,
      );
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      for (const registration of params.registrations) this.registrations.push(registration);
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    connection.onRequest(InlayHintRefreshRequest.type, () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes.push('diagnostics');
      return null;
    });
  }

  static async start(options: StartOptions): Promise<TestClient> {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    let child: ChildProcess;
    let connection: ProtocolConnection;
    if (options.transport === 'ipc') {
      child = fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
      connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    }
    const client = new TestClient(connection, child, options.settings ?? (() => ({})));
    client.filesExclude = options.filesExclude;
    connection.listen();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      initializationOptions: { documentStatus: true, ...options.initializationOptions },
      workspaceFolders: options.folders.map((folder) => ({ uri: uriOf(folder), name: path.basename(folder) })),
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true },
          inlayHint: { refreshSupport: true },
          ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
        },
        window: { showDocument: { support: true } },
        textDocument: {
          ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          completion: { completionItem: { snippetSupport: true } },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
            isPreferredSupport: true,
            dataSupport: true,
            ...(options.resolveCodeActions ? { resolveSupport: { properties: ['edit'] } } : {}),
          },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Holds every `workspace/configuration` answer until the returned function is called. */
  holdConfiguration(): () => void {
    let release!: () => void;
    this.held = new Promise((resolve) => (release = resolve));
    return () => {
      this.held = undefined;
      release();
    };
  }

  /** Opens a document; resolves with the diagnostics of that version. */
  async open(uri: string, text: string, languageId = LANGUAGE_ID): Promise<PublishDiagnosticsParams> {
    const published = this.diagnostics.next((p) => p.uri === uri && p.version === 1);
    this.texts.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  /** Replaces a document's text (a new version) without waiting. */
  async sendChange(uri: string, text: string, range?: Range): Promise<number> {
    const previous = this.texts.get(uri)!;
    const version = previous.version + 1;
    const change = range ? { range, text } : { text };
    this.texts.set(uri, TextDocument.update(previous, [change], version));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    return version;
  }

  /** Changes a document; resolves with the diagnostics of the new version. */
  async change(uri: string, text: string, range?: Range): Promise<PublishDiagnosticsParams> {
    const version = this.version(uri) + 1;
    const published = this.diagnostics.next((p) => p.uri === uri && p.version === version);
    await this.sendChange(uri, text, range);
    return published;
  }

  /** Applies edits to the document as an editor would, and sends the change. */
  async edit(uri: string, edits: TextEdit[]): Promise<PublishDiagnosticsParams> {
    return this.change(uri, TextDocument.applyEdits(this.texts.get(uri)!, edits));
  }

  async close(uri: string): Promise<PublishDiagnosticsParams> {
    const published = this.diagnostics.next((p) => p.uri === uri && p.version === undefined);
    this.texts.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    return published;
  }

  text(uri: string): string {
    return this.texts.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.texts.get(uri)!.version;
  }

  /** Tells the server the settings changed (without changing them): it forgets what it resolved and asks again. */
  async touchSettings(): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** Changes the settings the client answers with, and tells the server. */
  async changeSettings(settings: SettingsFor): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async fileChanged(file: string, type: FileChangeType): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(file), type }] });
  }

  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[], range?: Range): Promise<CodeAction[]> {
    const at = range ?? diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: at, context: { diagnostics, only } }) as Promise<CodeAction[]>;
  }

  /** `textDocument/diagnostic` (a client that pulls). */
  pullDocument(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
  }

  /** `workspace/diagnostic` (a client that pulls); the server may hold it until something changes. */
  pullWorkspace(previousResultIds: { uri: string; value: string }[] = [], token?: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    return this.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds }, token);
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  async completion(uri: string, line: number, character: number): Promise<CompletionList> {
    const result = await this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } });
    assert.ok(result && !Array.isArray(result), 'a completion list');
    return result;
  }

  inlayHints(uri: string): Promise<InlayHint[] | null> {
    const end = this.texts.get(uri)!.positionAt(this.text(uri).length);
    return this.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end } });
  }

  async symbols(uri: string): Promise<DocumentSymbol[]> {
    return (await this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  }

  async folding(uri: string): Promise<FoldingRange[]> {
    return (await this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) ?? [];
  }

  async formatting(uri: string, tabSize = 2): Promise<TextEdit[]> {
    return (await this.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize, insertSpaces: true } })) ?? [];
  }

  /** The edits of a workspace edit for one document, checking it is versioned for `version`. */
  editsOf(edit: WorkspaceEdit | undefined, uri: string, version = this.version(uri)): TextEdit[] {
    assert.ok(edit?.documentChanges, 'a versioned workspace edit');
    const change = edit.documentChanges.find((c) => 'textDocument' in c && c.textDocument.uri === uri);
    assert.ok(change && 'edits' in change, `an edit of ${uri}`);
    assert.strictEqual(change.textDocument.version, version, 'the edit is for the current version');
    return change.edits;
  }

  apply(uri: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(this.texts.get(uri)!, edits);
  }

  async stop(): Promise<void> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode);
      else this.child.once('exit', (code) => resolve(code));
    });
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      const code = await exited;
      this.connection.dispose();
      assert.strictEqual(code, 0, `the server exits cleanly after shutdown/exit; stderr: ${this.stderr}`);
    }
  }
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

/** A temporary folder with files (relative path -> text); removed by the returned cleanup. */
export function workspace(files: Record<string, string>): {
  root: string;
  file: (relative: string) => string;
  uri: (relative: string) => string;
  write: (relative: string, text: string) => void;
  remove: () => void;
} {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lsp-')));
  const write = (relative: string, text: string) => {
    const target = path.join(root, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  };
  for (const [relative, text] of Object.entries(files)) write(relative, text);
  return {
    root,
    file: (relative) => path.join(root, relative),
    uri: (relative) => uriOf(path.join(root, relative)),
    write,
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** The text a range of `text` covers. */
export function textAt(text: string, range: Range): string {
  const doc = TextDocument.create('untitled:x', LANGUAGE_ID, 0, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

/** What `withServer` sets up: `client` is there from the suite's `before` on. */
export interface ServerFixture {
  ws: ReturnType<typeof workspace>;
  client: TestClient;
}

/**
 * The set-up most server suites share, as mocha hooks (call it inside `describe`): a temporary
 * workspace with `files`, a server started on it in `before`, stopped and the folder removed in
 * `after`. `options` are `TestClient.start`'s, the workspace folder aside.
 */
export function withServer(files: Record<string, string> = {}, options: Omit<StartOptions, 'folders'> = {}): ServerFixture {
  const fixture = { ws: workspace(files) } as ServerFixture;
  before(async () => {
    fixture.client = await TestClient.start({ folders: [fixture.ws.root], ...options });
  });
  after(async () => {
    await fixture.client?.stop();
    fixture.ws.remove();
  });
  return fixture;
}

/** `withServer` with the document `name` (relative to the workspace) opened with `text` in `before`; `opened` is its first diagnostics. */
export function withOpenDocument(
  name: string,
  text: string,
  options: Omit<StartOptions, 'folders'> = {},
): ServerFixture & { uri: string; opened: PublishDiagnosticsParams } {
  const fixture = withServer({}, options) as ServerFixture & { uri: string; opened: PublishDiagnosticsParams };
  fixture.uri = fixture.ws.uri(name);
  before(async () => {
    fixture.opened = await fixture.client.open(fixture.uri, text);
  });
  return fixture;
}
