import { doComplete } from '../../engine';
import type { Server } from '../server';
import { cancellable } from '../cancellation';

export function registerCompletion(server: Server): void {
  server.connection.onCompletion(
    cancellable(({ textDocument, position }) => {
      const view = server.view(textDocument.uri);
      return view ? doComplete(view.doc, position, view.edition, server.lints.last(textDocument.uri)?.options.policies) : null;
    }),
  );
}
