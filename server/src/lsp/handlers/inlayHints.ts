import { inlayHints } from '../../engine';
import type { Server } from '../server';
import { cancellable } from '../cancellation';

export function registerInlayHints(server: Server): void {
  server.connection.languages.inlayHint.on(
    cancellable(({ textDocument, range }) => {
      const view = server.view(textDocument.uri);
      return view ? inlayHints(view.doc, view.edition, range) : null;
    }),
  );
}
