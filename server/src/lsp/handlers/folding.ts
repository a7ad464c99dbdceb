import { foldingRanges } from '../../engine/language';
import type { Server } from '../server';

export function registerFoldingRanges(server: Server): void {
  server.connection.onFoldingRanges(({ textDocument }) => {
    const view = server.view(textDocument.uri);
    return view ? foldingRanges(view.doc) : null;
  });
}
