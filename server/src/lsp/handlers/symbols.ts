import { documentSymbols } from '../../engine';
import type { Server } from '../server';
import { cancellable } from '../cancellation';

export function registerDocumentSymbols(server: Server): void {
  server.connection.onDocumentSymbol(
    cancellable(({ textDocument }) => {
      const view = server.view(textDocument.uri);
      return view ? documentSymbols(view.doc) : null;
    }),
  );
}
