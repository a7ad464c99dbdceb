import type { Connection } from 'vscode-languageserver';

/**
 * Runs work nobody waits for (a registration, a notification, a re-validation) and logs its
 * failure: an unhandled rejection would end the server process.
 */
export function inBackground(connection: Connection, what: string, work: Promise<unknown>): void {
  work.catch((error: unknown) => connection.console.error(`${what} failed: ${error instanceof Error ? error.message : String(error)}`));
}
