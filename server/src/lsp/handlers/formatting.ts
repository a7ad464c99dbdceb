import { formatDocument } from '../../engine/language';
import type { Server } from '../server';
import { cancellable } from '../cancellation';

export function registerFormatting(server: Server): void {
  server.connection.onDocumentFormatting(cancellable(({ textDocument, options }) => {
    const view = server.view(textDocument.uri);
    return view ? formatDocument(view.doc, options) : null;
  }));
  server.connection.onDocumentRangeFormatting(cancellable(({ textDocument, options, range }) => {
    const view = server.view(textDocument.uri);
    return view ? formatDocument(view.doc, options, range) : null;
  }));
}
