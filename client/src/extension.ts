/**
 * The VS Code extension: starts the tenant-privacy language server from dist/server.js,
 * shows the active file's edition in the status bar, and offers three commands. Nothing
 * else: every feature is the server's, and the settings reach it through
 * `workspace/configuration`, which the language client answers from VS Code's settings.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  ClientCommands, DocumentStatusNotification, LANGUAGE_ID, ServerCommands, SETTINGS_SECTION,
  type DocumentStatus, type FixAllArguments, type InitializationOptions,
} from '../../server/src/lsp/shared/protocol';
import { DataMapPanel } from './dataMapPanel';
import { EditionStatus } from './editionStatus';
import { restartPolicy } from './restartPolicy';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannel: vscode.window.createOutputChannel('Tenant Privacy'),
    initializationOptions: { documentStatus: true } satisfies InitializationOptions,
    errorHandler: restartPolicy('Tenant Privacy'),
    // Failures are logged to the output channel; the restart policy tells the user, once per crash.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };
  const languageClient = new LanguageClient(SETTINGS_SECTION, 'Tenant Privacy', serverOptions, clientOptions);
  client = languageClient;
  const status = new EditionStatus(ClientCommands.showOutput);
  context.subscriptions.push(
    status,
    languageClient.onNotification(DocumentStatusNotification, (update: DocumentStatus) => status.update(update)),
    vscode.commands.registerCommand(ClientCommands.fixAll, () => fixAll(languageClient)),
    vscode.commands.registerCommand(ClientCommands.restartServer, () => languageClient.restart()),
    vscode.commands.registerCommand(ClientCommands.showOutput, () => languageClient.outputChannel.show(true)),
    vscode.commands.registerCommand(ClientCommands.showDataMap, () => DataMapPanel.show(languageClient)),
    { dispose: () => DataMapPanel.close() },
  );
  await languageClient.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}

/** Fix all in the active editor: the server computes the edit for this version and applies it. */
async function fixAll(languageClient: LanguageClient): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId !== LANGUAGE_ID) return;
  const args: FixAllArguments = { uri: languageClient.code2ProtocolConverter.asUri(document.uri), version: document.version };
  await languageClient.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.applyFixAll, arguments: [args] });
}
