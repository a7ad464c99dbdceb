import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver';
import { SETTINGS_FILE_NAME } from '../../engine';
import type { Server } from '../server';
import { SETTINGS_SECTION } from '../shared/protocol';
import { validateAll } from '../validator';
import { inBackground } from '../background';

/**
 * Files that settings may extend (SPEC section 10) are watched when named `privacy-lint*.json`
 * (such as privacy-lint.base.json): any JSON file may be extended, but watching every JSON file
 * of a workspace would re-validate on each of their saves.
 */
const SHARED_SETTINGS_GLOB = '**/privacy-lint*.json';
/** A settings file: privacy-lint.config.json, or a file settings may extend (`SHARED_SETTINGS_GLOB`). */
const SETTINGS_FILE = /[/\\]privacy-lint[^/\\]*\.json$/i;
const CONFIG_WATCHERS = [{ globPattern: '**/*.privacy.json' }, { globPattern: '**/*.privacy.jsonc' }];

/**
 * A change of settings, of a privacy-lint.config.json (or a file it extends) or of the workspace
 * folders re-validates open documents and scans the workspace again; a config changed on disk is
 * linted again.
 */
export function registerConfiguration(server: Server): void {
  const { connection } = server;
  const revalidate = async () => {
    server.settings.invalidate();
    const workspace = server.workspace?.rescan();
    await validateAll(server);
    // eslint-disable-next-line @typescript-eslint/await-thenable -- typed void by vscode-languageserver 9, but it returns the request's promise: a failure must land here
    if (server.features.pullDiagnostics && server.features.diagnosticRefresh) await connection.languages.diagnostics.refresh();
    if (server.features.inlayHintRefresh) await connection.languages.inlayHint.refresh();
    await workspace;
  };
  connection.onInitialized(() => {
    if (server.features.configurationRegistration) {
      inBackground(
        connection,
        'Registering for settings changes',
        connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }),
      );
    }
    if (server.features.watchedFilesRegistration) {
      inBackground(
        connection,
        'Watching settings files',
        connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: `**/${SETTINGS_FILE_NAME}` }, { globPattern: SHARED_SETTINGS_GLOB }],
        }),
      );
      // Configs changed on disk (a checkout, another tool's --fix): workspace diagnostics.
      if (server.workspace)
        inBackground(connection, 'Watching configs', connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_WATCHERS }));
    }
    if (server.workspace) inBackground(connection, 'Workspace diagnostics', server.workspace.rescan());
    if (server.features.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        server.folders.change(
          added.map((f) => f.uri),
          removed.map((f) => f.uri),
        );
        inBackground(connection, 'Re-validating', revalidate());
      });
    }
  });
  connection.onDidChangeConfiguration(() => inBackground(connection, 'Re-validating', revalidate()));
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const settingsFiles = changes.filter((change) => SETTINGS_FILE.test(change.uri));
    for (const change of changes) {
      if (!SETTINGS_FILE.test(change.uri)) server.workspace?.fileChanged(change.uri, change.type === FileChangeType.Deleted);
    }
    if (!settingsFiles.length) return;
    for (const change of settingsFiles) if (change.type === FileChangeType.Deleted) server.settingsFiles.forget(change.uri);
    inBackground(connection, 'Re-validating', revalidate());
  });
}
