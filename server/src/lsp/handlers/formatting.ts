import { formatDocument } from '../../engine/language';
import type { Server } from '../server';

export function registerFormatting(server: Server): void {
  server.connection.onDocumentFormatting(({ textDocument, options }) => {
    const view = server.view(textDocument.uri);
    return view ? formatDocument(view.doc, options) : null;
  });
  server.connection.onDocumentRangeFormatting(({ textDocument, options, range }) => {
    const view = server.view(textDocument.uri);
    return view ? formatDocument(view.doc, options, range) : null;
  });
}
