import { ruleById, ruleDocsUrl } from '../../engine';
import { fixAllFor } from '../fixAll';
import type { Server } from '../server';
import { ServerCommands, type FixAllArguments } from '../shared/protocol';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';

/** Commands the server executes: fix all of a document version, and open a rule's documentation. */
export function registerCommands(server: Server): void {
  const { connection } = server;
  connection.onExecuteCommand(async ({ command, arguments: args = [] }) => {
    if (command === ServerCommands.applyFixAll) {
      const { uri, version } = (args[0] ?? {}) as Partial<FixAllArguments>;
      const view = typeof uri === 'string' ? server.view(uri) : undefined;
      if (!view || view.document.version !== version) return { applied: false };
      const action = await fixAllFor(server, view);
      return action?.edit ? connection.workspace.applyEdit({ label: action.title, edit: action.edit }) : { applied: false };
    }
    if (command === ServerCommands.showRuleDocumentation) {
      const id = String(args[0]);
      // A policy's documentation is its own docs URL (SPEC section 10), an http(s) link only.
      const url = ruleById(id) ? ruleDocsUrl(id) : webUrl(args[1]);
      if (url === undefined) return undefined;
      if (server.features.showDocument) return connection.window.showDocument({ uri: url, external: true });
      await connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `${id}: ${url}` });
    }
    return undefined;
  });
}

function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
