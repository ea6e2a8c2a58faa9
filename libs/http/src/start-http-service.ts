import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';

import { DependencyOutageFilter } from './dependency-outage.filter';
import { answerOversizedRequests, DEFAULT_REQUEST_SIZE_LIMITS, urlLengthLimit } from './request-size-limits';

export interface HttpServiceOptions {
  service: string;
  host: string;
  port: number;
  /** Middleware to install before the routes, e.g. the strict JSON body reader. */
  configure?: (app: INestApplication) => void;
}

/** Starts an HTTP-only process (ingest, search API) with structured logs and graceful shutdown. */
export async function startHttpService(module: DynamicModule, options: HttpServiceOptions): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  answerOversizedRequests(app.getHttpServer(), DEFAULT_REQUEST_SIZE_LIMITS);
  app.use(urlLengthLimit(DEFAULT_REQUEST_SIZE_LIMITS));
  app.useGlobalFilters(new DependencyOutageFilter(app.getHttpAdapter()));
  options.configure?.(app);
  await app.listen(options.port, options.host);
  app.get(Logger).log(`${options.service} listening on ${await app.getUrl()}`);
  return app;
}
