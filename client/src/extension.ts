/**
 * The VS Code extension: starts the tenant-privacy language server from dist/server.js,
 * shows the active file's edition in the status bar, and offers three commands. Nothing
 * else: every feature is the server's, and the settings reach it through
 * `workspace/configuration`, which the language client answers from VS Code's settings.
 */
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  ClientCommands,
  DocumentStatusNotification,
  LANGUAGE_ID,
  REASON_PLACEHOLDER_COMMAND,
  ServerCommands,
  SETTINGS_SECTION,
  type DocumentStatus,
  type FixAllArguments,
  type InitializationOptions,
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
    initializationOptions: { documentStatus: true, reasonPlaceholderCommand: true } satisfies InitializationOptions,
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
    vscode.commands.registerCommand(
      REASON_PLACEHOLDER_COMMAND,
      (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
        editReasonPlaceholder(languageClient, uri, range),
    ),
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

/**
 * After a "Disable" quick fix: its `<reason>` becomes a snippet placeholder, selected, so the
 * reason is typed over it (suppression/reason reports the placeholder until then).
 */
async function editReasonPlaceholder(
  languageClient: LanguageClient,
  uri: string,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
): Promise<void> {
  const target = languageClient.protocol2CodeConverter.asUri(uri).toString();
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target);
  if (!editor) return;
  const where = languageClient.protocol2CodeConverter.asRange(range);
  // Only the placeholder itself: the document may have changed since the action was made.
  if (editor.document.getText(where) !== '<reason>') return;
  await editor.insertSnippet(new vscode.SnippetString('${1:<reason>}'), where);
}
