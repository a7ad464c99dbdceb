import { documentLinks } from '../../engine';
import type { Server } from '../server';
import { cancellable } from '../cancellation';

export function registerDocumentLinks(server: Server): void {
  server.connection.onDocumentLinks(
    cancellable(({ textDocument }) => {
      const view = server.view(textDocument.uri);
      return view ? documentLinks(view.doc, textDocument.uri) : null;
    }),
  );
}
