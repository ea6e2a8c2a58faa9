import type { Logger } from '@nestjs/common';

/**
 * Runs `task` until it succeeds, pausing between attempts, without holding up the caller: an HTTP
 * process starts and answers (503 while the broker is away) instead of failing to start.
 */
export function keepTrying(what: string, task: () => Promise<void>, logger: Logger, pauseMs = 2_000): void {
  const attempt = (): void => {
    task().catch((error: unknown) => {
      logger.warn(`${what} failed, trying again in ${pauseMs} ms: ${(error as Error).message}`);
      setTimeout(attempt, pauseMs).unref();
    });
  };
  attempt();
}
