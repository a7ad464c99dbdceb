import type { Server } from '../server';
import { forget, validate } from '../validator';

/** Diagnostics on open and on every change (latest version only); cleared on close. */
export function registerDocuments(server: Server): void {
  server.documents.onDidChangeContent(({ document }) => validate(server, document));
  server.documents.onDidClose(({ document }) => forget(server, document.uri));
}
