import { localDate } from '../engine';

/**
 * The date of a request, `YYYY-MM-DD` (local), for expiring disable comments. The engine
 * never reads the clock: the server reads it here, once per lint or request, and passes it as
 * `today` (the CLI once per run).
 */
export function today(): string {
  return localDate(new Date());
}
