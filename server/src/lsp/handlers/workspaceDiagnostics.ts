import type { Server } from '../server';
import { nodeFileSystem } from '../workspace/fileSystem';
import { WorkspaceDiagnostics } from '../workspace/workspaceDiagnostics';

/**
 * Workspace diagnostics (the configs on disk that are not open). It starts when the client is
 * initialized, and file, settings and folder changes reach it, from handlers/configuration.ts
 * (one handler per notification); opened documents from here, closed ones from the validator.
 */
export function registerWorkspaceDiagnostics(server: Server): void {
  const workspace = (server.workspace = new WorkspaceDiagnostics(server, nodeFileSystem));
  server.documents.onDidOpen(({ document }) => workspace.opened(document.uri));
}
