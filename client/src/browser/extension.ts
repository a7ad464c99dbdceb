/**
 * The VS Code extension in VS Code for the web (package.json "browser"): the same client as
 * ../extension.ts, with the language server in a web worker (dist/web/server.js). The
 * worker has no disk: the client reads workspace files for it (`tenantPrivacy/readFile`,
 * privacy-lint.config.json) with the workspace file system. Workspace diagnostics cover open
 * files only (the worker cannot list the workspace).
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, RevealOutputChannelOn, type LanguageClientOptions } from 'vscode-languageclient/browser';
import {
  ClientCommands,
  DocumentStatusNotification,
  LANGUAGE_ID,
  ReadFileRequest,
  ServerCommands,
  SETTINGS_SECTION,
  type DocumentStatus,
  type FixAllArguments,
  type InitializationOptions,
  type ReadFileParams,
  type ReadFileResult,
} from '../../../server/src/lsp/shared/protocol';
import { EditionStatus } from '../editionStatus';

let client: LanguageClient | undefined;

/** The browser's Worker, Blob and URL.createObjectURL (the DOM typings are not in this project's lib). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannel: vscode.window.createOutputChannel('Tenant Privacy'),
    initializationOptions: { documentStatus: true } satisfies InitializationOptions,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };
  const languageClient = new LanguageClient(SETTINGS_SECTION, 'Tenant Privacy', clientOptions, await serverWorker(serverMain));
  client = languageClient;
  const status = new EditionStatus(ClientCommands.showOutput);
  context.subscriptions.push(
    status,
    languageClient.onNotification(DocumentStatusNotification, (update: DocumentStatus) => status.update(update)),
    languageClient.onRequest(ReadFileRequest, (params: ReadFileParams) => readWorkspaceFile(params.uri)),
    vscode.commands.registerCommand(ClientCommands.fixAll, () => fixAll(languageClient)),
    vscode.commands.registerCommand(ClientCommands.restartServer, async () => {
      await languageClient.stop();
      await languageClient.start();
    }),
    vscode.commands.registerCommand(ClientCommands.showOutput, () => languageClient.outputChannel.show(true)),
  );
  await languageClient.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}

/**
 * The language server's worker. An extension that a VS Code server hosts (code-server, a
 * remote) has a `vscode-remote:` location, from which the web worker extension host starts no
 * worker ("Creating workers from remote extensions is currently not supported",
 * microsoft/vscode#168942); there the script is read through the file system and started from
 * a blob. vscode.dev serves extensions over https, and the worker starts from its URL.
 */
async function serverWorker(serverMain: vscode.Uri): Promise<ConstructorParameters<typeof LanguageClient>[3]> {
  if (serverMain.scheme !== 'vscode-remote') return new Worker(serverMain.toString(true));
  const script = await vscode.workspace.fs.readFile(serverMain);
  return new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
}

/** A workspace file's text for the server; null when it cannot be read (missing, a folder). */
async function readWorkspaceFile(uri: string): Promise<ReadFileResult> {
  try {
    const target = vscode.Uri.parse(uri);
    const stat = await vscode.workspace.fs.stat(target);
    if (stat.type !== vscode.FileType.File || stat.size > 1024 * 1024) return null;
    return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(target)) };
  } catch {
    return null;
  }
}

async function fixAll(languageClient: LanguageClient): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId !== LANGUAGE_ID) return;
  const args: FixAllArguments = { uri: languageClient.code2ProtocolConverter.asUri(document.uri), version: document.version };
  await languageClient.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.applyFixAll, arguments: [args] });
}
