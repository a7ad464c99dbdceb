import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';

/** At most this many restarts in `WINDOW_MS`; then the server stays down and the user is told so. */
const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60 * 1000;

/**
 * The client's restart policy: a server that dies is started again, and the user is told
 * once per crash (not once per failed message, which is what a crash while typing causes);
 * after repeated crashes it stays down, with one message that says how to start it again.
 */
export function restartPolicy(name: string): ErrorHandler {
  const restarts: number[] = [];
  return {
    // A failed write or read belongs to a crash that `closed` handles: no message of its own.
    error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue, handled: true }),
    closed: (): CloseHandlerResult => {
      const now = Date.now();
      while (restarts.length && now - restarts[0] > WINDOW_MS) restarts.shift();
      if (restarts.length >= MAX_RESTARTS) {
        void vscode.window.showErrorMessage(
          `${name}: the language server stopped ${MAX_RESTARTS + 1} times in 3 minutes and will not be restarted. Run "Tenant Privacy: Restart Language Server" to try again.`,
        );
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      restarts.push(now);
      void vscode.window.showWarningMessage(`${name}: the language server stopped unexpectedly and was restarted.`);
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
