import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type DocumentDiagnosticReport } from 'vscode-languageserver';
import { toLspDiagnostics } from '../../engine';
import type { Server } from '../server';
import { validate } from '../validator';
import { resultIdOf } from '../workspace/resultId';

/** How often a pull retries when the document changes while it is linted. */
const ATTEMPTS = 3;

/**
 * LSP 3.17 pull diagnostics, for a client that pulls (`textDocument/diagnostic`,
 * `workspace/diagnostic`): an open document's lint of its current version; a closed
 * config's from workspace diagnostics. A result the client already has is `unchanged`.
 */
export function registerPullDiagnostics(server: Server): void {
  const { connection } = server;
  connection.languages.diagnostics.on(async ({ textDocument, previousResultId }) => {
    const report = await currentReport(server, textDocument.uri);
    return previousResultId !== undefined && previousResultId === report.resultId
      ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId: report.resultId }
      : { kind: DocumentDiagnosticReportKind.Full, resultId: report.resultId, items: report.items };
  });
  connection.languages.diagnostics.onWorkspace(async ({ previousResultIds }, token) => {
    const items = server.workspace ? await server.workspace.pull(previousResultIds, token) : [];
    // A long poll the client gave up on (it pulls again with what it has).
    return token.isCancellationRequested ? new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.') : { items };
  });
}

async function currentReport(server: Server, uri: string): Promise<{ resultId: string; items: Extract<DocumentDiagnosticReport, { kind: 'full' }>['items'] }> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const document = server.documents.get(uri);
    if (!document) {
      const closed = server.workspace?.report(uri);
      return closed ? { resultId: closed.resultId, items: closed.diagnostics } : { resultId: resultIdOf([]), items: [] };
    }
    const version = document.version;
    if (!server.lints.of(document)) await validate(server, document);
    const lint = server.lints.of(document);
    if (lint) {
      const items = toLspDiagnostics(lint.result.diagnostics, lint.version, lint.options.policies, uri);
      return { resultId: resultIdOf(items), items };
    }
    // Not linted: turned off for it (nothing to show), or changed meanwhile (try the new version).
    if (server.documents.get(uri) === document && document.version === version) return { resultId: resultIdOf([]), items: [] };
  }
  return { resultId: resultIdOf([]), items: [] };
}
