/**
 * More work is waiting than the process lets queue up. Nothing is wrong with the request: the
 * same call will be accepted after `retryAfterSeconds`, so callers answer 429 with Retry-After.
 */
export class TooBusyError extends Error {
  constructor(
    readonly detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(`too busy: ${detail}`);
    this.name = 'TooBusyError';
  }
}
