import { doHover } from '../../engine';
import type { Server } from '../server';
import { cancellable } from '../cancellation';
import { today } from '../clock';

export function registerHover(server: Server): void {
  server.connection.onHover(
    cancellable(({ textDocument, position }) => {
      const view = server.view(textDocument.uri);
      return view ? doHover(view.doc, position, view.edition, view.lint?.result.diagnostics, today(), view.lint?.options.policies) : null;
    }),
  );
}
