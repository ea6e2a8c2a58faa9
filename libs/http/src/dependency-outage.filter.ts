import { type ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { TooBusyError } from '@newsflow/contracts';
import type { Response } from 'express';

import { isDependencyOutage } from './dependency-outage';

/** Seconds a client should wait before retrying while a dependency is down. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * A dependency outage is answered 503 with Retry-After at once: the client learns to come back
 * instead of seeing a 500 or waiting on a request that cannot succeed. A process that is too busy
 * to take more answers 429 with Retry-After, so senders slow down instead of it buffering without
 * bound. Other errors go on as usual.
 */
@Catch()
export class DependencyOutageFilter extends BaseExceptionFilter {
  private readonly logger = new Logger(DependencyOutageFilter.name);

  override catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() === 'http' && error instanceof TooBusyError) {
      host
        .switchToHttp()
        .getResponse<Response>()
        .status(429)
        .set('Retry-After', String(error.retryAfterSeconds))
        .json({ statusCode: 429, error: 'Too Many Requests', message: error.message });
      return;
    }
    if (host.getType() !== 'http' || !isDependencyOutage(error)) return super.catch(error, host);
    const message = (error as Error).message;
    this.logger.warn(`answering 503: ${message}`);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(503)
      .set('Retry-After', String(RETRY_AFTER_SECONDS))
      .json({ statusCode: 503, error: 'Service Unavailable', message: 'a dependency is unavailable; retry later' });
  }
}
