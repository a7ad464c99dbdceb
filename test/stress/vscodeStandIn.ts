/**
 * A stand-in for the `vscode` module, just enough to run the shipped VS Code client
 * (dist/extension.js, with vscode-languageclient bundled in it) outside VS Code: it starts
 * the real server over node IPC, syncs one open document, and receives diagnostics. What
 * the user would see is recorded: every message shown (`window.show*Message`) and every
 * diagnostics update. Everything else of the API answers with an inert object.
 *
 * Used by lspRestart.test.ts to check what the client does when the server dies.
 */
import type { ChildProcess } from 'child_process';
import * as path from 'path';
import { guard } from './harness';

// The module objects themselves (an `import * as` copy could not be patched).
const childProcess = require('child_process') as typeof import('child_process');

const Module = require('module') as { _load: (request: string, ...rest: unknown[]) => unknown };

/** A callable, constructible object whose every property is another such object. */
function inert(name: string): any {
  const store = new Map<PropertyKey, unknown>();
  const target = function () {
    return inert(`${name}()`);
  };
  return new Proxy(target, {
    set(_t, prop, value) {
      store.set(prop, value);
      return true;
    },
    get(_t, prop) {
      if (store.has(prop)) return store.get(prop);
      if (prop === 'then') return undefined; // not a promise
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === 'length') return 0;
      if (prop === 'dispose') return () => undefined;
      return inert(`${name}.${String(prop)}`);
    },
    construct() {
      return inert(`new ${name}`);
    },
  });
}

function withDefaults<T extends object>(name: string, known: T): T {
  return new Proxy(known, { get: (t, p) => (p in t ? (t as Record<PropertyKey, unknown>)[p] : inert(`${name}.${String(p)}`)) });
}

export interface Shown {
  type: 'error' | 'warning' | 'info';
  text: string;
}

type Waiter<T> = { predicate: (value: T) => boolean; resolve: (value: T) => void };

/** Values that arrive over time; a test waits for one that matches. */
class Stream<T> {
  readonly all: T[] = [];
  private waiters: Waiter<T>[] = [];
  push(value: T): void {
    this.all.push(value);
    this.waiters = this.waiters.filter((w) => (w.predicate(value) ? (w.resolve(value), false) : true));
  }
  next(predicate: (value: T) => boolean = () => true): Promise<T> {
    return new Promise((resolve) => this.waiters.push({ predicate, resolve }));
  }
  /** One already received, or the next. */
  some(predicate: (value: T) => boolean = () => true): Promise<T> {
    const found = this.all.find(predicate);
    return found !== undefined ? Promise.resolve(found) : this.next(predicate);
  }
}

export interface StandIn {
  /** Messages shown to the user, in order. */
  shown: Stream<Shown>;
  /** Diagnostics updates received by the editor (count of diagnostics in each). */
  diagnostics: Stream<number>;
  /** Each server process the client started (node IPC children of this process). */
  servers: Stream<ChildProcess>;
  /** Lines written to the "Tenant Privacy" output channel. */
  output: string[];
  /** The open document: types one character at its end (a change event, as VS Code fires it). */
  type(): void;
  deactivate(): Promise<void>;
}

/**
 * Loads dist/extension.js against the stand-in, with one open document, and activates it.
 * `deactivate` stops it and puts the real module loader and child_process.fork back.
 */
export async function activateExtension(root: string, documentPath: string, text: string): Promise<StandIn> {
  const shown = new Stream<Shown>();
  const diagnostics = new Stream<number>();
  const servers = new Stream<ChildProcess>();
  const output: string[] = [];
  const listeners: Record<string, ((event: unknown) => void)[]> = {};
  const event = (name: string) => (listener: (e: unknown) => void, thisArg?: unknown) => {
    (listeners[name] ??= []).push(listener.bind(thisArg));
    return { dispose: () => undefined };
  };
  const message = (type: Shown['type']) => (message: string) => {
    shown.push({ type, text: message });
    return Promise.resolve(undefined);
  };
  const uriString = `file://${documentPath}`;
  const uri = {
    scheme: 'file',
    fsPath: documentPath,
    path: documentPath,
    authority: '',
    query: '',
    fragment: '',
    toString: () => uriString,
    toJSON: () => uriString,
  };
  let version = 1;
  let content = text;
  const document = {
    uri,
    fileName: documentPath,
    languageId: 'tenant-privacy',
    isClosed: false,
    isDirty: false,
    isUntitled: false,
    eol: 1,
    get version() {
      return version;
    },
    get lineCount() {
      return content.split('\n').length;
    },
    getText: () => content,
  };
  /** A real one: the client converts diagnostics only while its token is not cancelled. */
  class CancellationTokenSource {
    private cancelled = false;
    readonly token: { readonly isCancellationRequested: boolean; onCancellationRequested: () => { dispose(): void } };
    constructor() {
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the token's getter, on another object, reads this one's state
      const state = this;
      this.token = {
        get isCancellationRequested() {
          return state.cancelled;
        },
        onCancellationRequested: () => ({ dispose: () => undefined }),
      };
    }
    cancel(): void {
      this.cancelled = true;
    }
    dispose(): void {}
  }
  /** Real classes where the client tells things apart with `instanceof` (pull diagnostics: tabs, URIs). */
  class Uri {
    constructor(private readonly value: string) {}
    static parse(value: string): Uri {
      return new Uri(value);
    }
    static file(fsPath: string): Uri {
      return new Uri(`file://${fsPath}`);
    }
    get fsPath(): string {
      return this.value.replace(/^file:\/\//, '');
    }
    toString(): string {
      return this.value;
    }
    toJSON(): string {
      return this.value;
    }
  }
  class TabInputText {
    constructor(readonly uri: unknown) {}
  }
  const vscode: Record<string, unknown> = {
    version: '1.90.0',
    CancellationTokenSource,
    Uri,
    TabInputText,
    window: withDefaults('window', {
      createOutputChannel: (name: string) => ({
        name,
        appendLine: (l: string) => output.push(l),
        append: (l: string) => output.push(l),
        show() {},
        hide() {},
        clear() {},
        dispose() {},
        replace() {},
      }),
      showErrorMessage: message('error'),
      showWarningMessage: message('warning'),
      showInformationMessage: message('info'),
      activeTextEditor: undefined,
      visibleTextEditors: [],
      // The document in a tab: the client pulls diagnostics (LSP 3.17) for documents visible in tabs.
      tabGroups: { all: [{ tabs: [{ input: new TabInputText(uri) }] }], onDidChangeTabs: event('tabs') },
    }),
    workspace: withDefaults('workspace', {
      textDocuments: [document],
      workspaceFolders: [{ uri: { scheme: 'file', fsPath: root, path: root, toString: () => `file://${root}` }, name: path.basename(root), index: 0 }],
      onDidOpenTextDocument: event('open'),
      onDidChangeTextDocument: event('change'),
      onDidCloseTextDocument: event('close'),
      getConfiguration: () => withDefaults('configuration', { get: (_key: string, fallback: unknown) => fallback, has: () => false, inspect: () => undefined }),
    }),
    languages: withDefaults('languages', {
      match: () => 10,
      createDiagnosticCollection: () =>
        withDefaults('diagnosticCollection', {
          set: (_uri: unknown, list: unknown[] | undefined) => diagnostics.push(Array.isArray(list) ? list.length : 0),
          delete: () => undefined,
          clear: () => undefined,
          dispose: () => undefined,
          forEach: () => undefined,
          get: () => [],
          has: () => false,
        }),
    }),
  };
  const names = [
    'window',
    'workspace',
    'commands',
    'languages',
    'env',
    'extensions',
    'Uri',
    'TabInputText',
    'Disposable',
    'EventEmitter',
    'StatusBarAlignment',
    'ThemeColor',
    'Range',
    'Position',
    'version',
    'CancellationTokenSource',
  ];
  const stand = new Proxy(vscode, {
    get: (t, p) => (p in t ? t[p as string] : inert(`vscode.${String(p)}`)),
    ownKeys: () => names,
    getOwnPropertyDescriptor: (t, p) => ({ configurable: true, enumerable: true, value: p in t ? t[p as string] : inert(`vscode.${String(p)}`) }),
  });

  const load = Module._load;
  const fork = childProcess.fork;
  Module._load = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'vscode' ? stand : load.call(this, request, ...rest);
  };
  (childProcess as { fork: typeof fork }).fork = function (this: unknown, ...args: Parameters<typeof fork>) {
    const child = (fork as (...a: unknown[]) => ChildProcess).apply(this, args);
    servers.push(child);
    return child;
  } as typeof fork;
  const bundle = path.resolve(__dirname, '../../../dist/extension.js');
  const restore = () => {
    for (const child of servers.all) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    Module._load = load;
    (childProcess as { fork: typeof fork }).fork = fork;
    delete require.cache[bundle];
  };
  delete require.cache[bundle];
  let extension: { activate(context: unknown): Promise<void>; deactivate(): Promise<void> | undefined };
  try {
    extension = require(bundle);
    const context = {
      subscriptions: [] as { dispose(): void }[],
      asAbsolutePath: (p: string) => path.resolve(__dirname, '../../..', p),
      extensionPath: path.resolve(__dirname, '../../..'),
    };
    await extension.activate(context);
  } catch (error) {
    restore();
    throw error;
  }

  return {
    shown,
    diagnostics,
    servers,
    output,
    type() {
      version++;
      content += ' ';
      const position = inert('position');
      for (const listener of listeners.change ?? []) {
        listener({
          document,
          contentChanges: [{ range: { start: position, end: position }, rangeOffset: content.length - 1, rangeLength: 0, text: ' ' }],
          reason: undefined,
        });
      }
    },
    async deactivate() {
      try {
        await guard(Promise.resolve(extension.deactivate()), 5_000, 'the client stops');
      } catch {
        // A client that already gave up cannot stop.
      } finally {
        restore();
      }
    },
  };
}
