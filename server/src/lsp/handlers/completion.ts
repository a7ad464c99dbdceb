import { doComplete } from '../../engine/language';
import type { Server } from '../server';

export function registerCompletion(server: Server): void {
  server.connection.onCompletion(({ textDocument, position }) => {
    const view = server.view(textDocument.uri);
    return view ? doComplete(view.doc, position, view.edition) : null;
  });
}
