import type { Server } from '../server';
import { registerDocumentLinks } from './documentLinks';
import { registerPullDiagnostics } from './pullDiagnostics';
import { registerWorkspaceDiagnostics } from './workspaceDiagnostics';

/**
 * The workspace features (workspace and pull diagnostics, document links), registered with
 * `initialize` while main.ts is reworked elsewhere; main.ts may call this directly.
 */
export function registerWorkspaceFeatures(server: Server): void {
  registerWorkspaceDiagnostics(server);
  registerPullDiagnostics(server);
  registerDocumentLinks(server);
}
