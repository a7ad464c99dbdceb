import { documentSymbols } from '../../engine/language';
import type { Server } from '../server';

export function registerDocumentSymbols(server: Server): void {
  server.connection.onDocumentSymbol(({ textDocument }) => {
    const view = server.view(textDocument.uri);
    return view ? documentSymbols(view.doc) : null;
  });
}
