import { CodeActionKind, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../../engine';
import { clientFeatures, type Server } from '../server';
import { ServerCommands } from '../shared/protocol';
import { registerWorkspaceFeatures } from './workspaceFeatures';

/** `initialize`: what the client can do, the workspace folders, and what the server offers. */
export function registerInitialize(server: Server): void {
  registerWorkspaceFeatures(server);
  server.connection.onInitialize(({ capabilities, workspaceFolders, rootUri, initializationOptions }): InitializeResult => {
    server.features = clientFeatures(capabilities, initializationOptions);
    server.folders.reset(workspaceFolders?.map((f) => f.uri) ?? (rootUri ? [rootUri] : []));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: server.features.codeActionResolve },
        executeCommandProvider: { commands: Object.values(ServerCommands) },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"', ':', ' ', ','] },
        inlayHintProvider: true,
        documentSymbolProvider: { label: 'Tenant privacy' },
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentLinkProvider: { resolveProvider: false },
        // Pulled where the client pulls (then nothing is pushed); a config need not be open.
        diagnosticProvider: server.features.pullDiagnostics
          ? { identifier: 'privacy-lint', interFileDependencies: false, workspaceDiagnostics: !!server.workspace }
          : undefined,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'privacy-lint language server' },
    };
  });
}
