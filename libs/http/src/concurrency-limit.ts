import type { RequestHandler } from 'express';

/**
 * At most `limit` requests through at once; the next one is answered 429 with Retry-After at
 * once. Bounds the memory of routes whose requests are large (a batch body is read, parsed and
 * re-serialised in memory), whatever the number of senders.
 */
export function concurrencyLimit(limit: number, retryAfterSeconds = 1): RequestHandler {
  let active = 0;
  return (_request, response, next) => {
    if (active >= limit) {
      response
        .status(429)
        .set('Retry-After', String(retryAfterSeconds))
        .json({
          statusCode: 429,
          error: 'Too Many Requests',
          message: `at most ${limit} such requests are handled at once`,
        });
      return;
    }
    active += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      active -= 1;
    };
    response.once('finish', release);
    response.once('close', release);
    next();
  };
}
