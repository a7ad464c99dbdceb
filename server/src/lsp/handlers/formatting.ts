import { MessageType } from 'vscode-languageserver';
import { formatDocument, MAX_FORMAT_LENGTH, tooLargeToFormat } from '../../engine';
import type { DocumentView, Server } from '../server';
import { cancellable } from '../cancellation';
import { inBackground } from '../background';
import { today } from '../clock';

/**
 * Document and range formatting. A document too large to format in well under a second is left
 * as it is, and the user is told why (formatting 20 MB held every other request for 20 s).
 */
export function registerFormatting(server: Server): void {
  server.connection.onDocumentFormatting(
    cancellable(({ textDocument, options }) => {
      const view = server.view(textDocument.uri);
      if (!view || refused(server, view)) return view ? [] : null;
      return formatDocument(view.doc, options, undefined, lintOptions(server, view), view.lint?.result.diagnostics);
    }),
  );
  server.connection.onDocumentRangeFormatting(
    cancellable(({ textDocument, options, range }) => {
      const view = server.view(textDocument.uri);
      if (!view || refused(server, view)) return view ? [] : null;
      return formatDocument(view.doc, options, range, lintOptions(server, view), view.lint?.result.diagnostics);
    }),
  );
}

/** The settings the document was last linted with: formatting keeps what its disable comments cover under them. */
function lintOptions(server: Server, view: DocumentView) {
  return { ...(view.lint?.options ?? server.lints.last(view.document.uri)?.options), today: today() };
}

function refused(server: Server, view: DocumentView): boolean {
  if (!tooLargeToFormat(view.doc)) return false;
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  inBackground(
    server.connection,
    'Showing a message',
    server.connection.sendNotification('window/showMessage', {
      type: MessageType.Info,
      message: `Tenant Privacy: this document is not formatted: it has ${mb(view.doc.text.length)} M characters, and formatting is offered up to ${mb(MAX_FORMAT_LENGTH)} M, so that the editor stays responsive.`,
    }),
  );
  return true;
}
