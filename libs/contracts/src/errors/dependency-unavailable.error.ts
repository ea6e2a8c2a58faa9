/**
 * A broker, database or search cluster did not answer in time. Nothing is wrong with the request:
 * the same call will work once the dependency is back, so callers answer 503 or retry later.
 */
export class DependencyUnavailableError extends Error {
  constructor(
    readonly dependency: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${dependency} is unavailable: ${detail}`, options);
    this.name = 'DependencyUnavailableError';
  }
}
