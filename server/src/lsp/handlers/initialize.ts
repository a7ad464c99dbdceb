import { CodeActionKind, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../../engine/language';
import { clientFeatures, type Server } from '../server';
import { ServerCommands } from '../shared/protocol';

/** `initialize`: what the client can do, the workspace folders, and what the server offers. */
export function registerInitialize(server: Server): void {
  server.connection.onInitialize(({ capabilities, workspaceFolders, rootUri, initializationOptions }): InitializeResult => {
    server.features = clientFeatures(capabilities, initializationOptions);
    server.folders.reset(workspaceFolders?.map((f) => f.uri) ?? (rootUri ? [rootUri] : []));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: Object.values(ServerCommands) },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"', ':', ' ', ','] },
        inlayHintProvider: true,
        documentSymbolProvider: { label: 'Tenant privacy' },
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'privacy-lint language server' },
    };
  });
}
