import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EDITIONS, lintDocument } from '../engine';
import { editionOf, toLspDiagnostics } from '../engine';
import { isPrivacyDocument } from './documents';
import type { Server } from './server';
import { DocumentStatusNotification, type DocumentStatus } from './shared/protocol';
import { inBackground } from './background';
import { today } from './clock';

/**
 * Lints a document and publishes its diagnostics, for its latest version only: the
 * settings are pulled first, and a result for a version that is no longer the latest
 * (or for a closed document) is dropped.
 */
export async function validate(server: Server, document: TextDocument): Promise<void> {
  const { uri, version } = document;
  if (!isPrivacyDocument(document)) return;
  try {
    const settings = await server.settings.forDocument(uri);
    // The very document object and version: a document closed and opened again is a new object, even at version 1.
    const current = server.documents.get(uri);
    if (current !== document || current.version !== version) return;
    // A client that pulls diagnostics asks for them (handlers/pullDiagnostics.ts): nothing is pushed.
    const push = !server.features.pullDiagnostics;
    if (!settings.enable) {
      server.lints.delete(uri);
      if (push) await server.connection.sendDiagnostics({ uri, version, diagnostics: [] });
      await sendStatus(server, { uri, enabled: false });
      return;
    }
    const doc = server.parses.get(document);
    const options = { ...settings.options, today: today() };
    const result = lintDocument(doc, options);
    server.lints.set(uri, { document, version, result, options });
    if (push)
      await server.connection.sendDiagnostics({ uri, version, diagnostics: toLspDiagnostics(result.diagnostics, version, settings.options.policies, uri) });
    // The file states its edition when the default does not matter.
    const stated = EDITIONS.every((edition) => editionOf(doc.root, edition) === result.edition);
    await sendStatus(server, { uri, enabled: true, edition: result.edition, editionSource: stated ? 'policyEdition' : settings.defaultEditionSource });
  } catch (error) {
    // A crash is a bug: say so in the output, and keep serving the other documents.
    server.connection.console.error(`Linting ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

/** Re-lints every open tenant-privacy document (settings or a settings file changed). */
export function validateAll(server: Server): Promise<void[]> {
  return Promise.all(server.documents.all().map((document) => validate(server, document)));
}

/** A closed document: its diagnostics are cleared and its caches dropped; a config on disk is linted from there again. */
export function forget(server: Server, uri: string): void {
  server.parses.delete(uri);
  server.settings.invalidate(uri);
  server.lints.delete(uri);
  if (!server.features.pullDiagnostics) inBackground(server.connection, 'Clearing diagnostics', server.connection.sendDiagnostics({ uri, diagnostics: [] }));
  // What is on disk counts again (workspace diagnostics).
  server.workspace?.closed(uri);
}

/** Only to a client that asked for it: another client may complain about an unknown notification. */
async function sendStatus(server: Server, status: DocumentStatus): Promise<void> {
  if (server.features.documentStatus) await server.connection.sendNotification(DocumentStatusNotification, status);
}
