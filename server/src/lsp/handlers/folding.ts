import { foldingRanges } from '../../engine';
import type { Server } from '../server';
import { cancellable } from '../cancellation';

export function registerFoldingRanges(server: Server): void {
  server.connection.onFoldingRanges(
    cancellable(({ textDocument }) => {
      const view = server.view(textDocument.uri);
      return view ? foldingRanges(view.doc) : null;
    }),
  );
}
