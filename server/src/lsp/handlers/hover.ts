import { doHover } from '../../engine/language';
import type { Server } from '../server';
import { cancellable } from '../cancellation';

export function registerHover(server: Server): void {
  server.connection.onHover(cancellable(({ textDocument, position }) => {
    const view = server.view(textDocument.uri);
    return view ? doHover(view.doc, position, view.edition, view.lint?.result.diagnostics, undefined, view.lint?.options.policies) : null;
  }));
}
