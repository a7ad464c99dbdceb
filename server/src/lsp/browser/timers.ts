/** Browser stand-in of `node:timers/promises` (../cancellation.ts waits one turn of the event loop). */
export function setImmediate(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
