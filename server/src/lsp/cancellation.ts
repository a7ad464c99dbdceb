import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * A request handler that honours `$/cancelRequest`: a request cancelled before it runs, or
 * while it waits (fix all may wait for settings), is answered with `RequestCancelled`. The
 * handler starts one turn of the event loop late, so that a cancellation sent right behind
 * the request is seen. A document too deep for a feature's recursion (a stack overflow) gets
 * an empty answer rather than an internal error.
 */
export function cancellable<P, R>(
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params, token) => {
    await nextTurn();
    if (token.isCancellationRequested) return cancelled();
    let result: R;
    try {
      result = await handler(params, token);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return null as R;
    }
    return token.isCancellationRequested ? cancelled() : result;
  };
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}
