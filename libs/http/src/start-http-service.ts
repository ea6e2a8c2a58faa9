import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';

import { DependencyOutageFilter } from './dependency-outage.filter';
import { answerOversizedRequests, DEFAULT_REQUEST_SIZE_LIMITS, urlLengthLimit } from './request-size-limits';

/**
 * How long an idle keep-alive connection stays open. Node's 5 s default races clients that reuse a
 * connection just as the server closes it (the client sees ECONNRESET, "other side closed"): under
 * load a burst's slowest request easily leaves the others' connections idle that long.
 */
const KEEP_ALIVE_MS = 65_000;

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
  const server = app.getHttpServer();
  answerOversizedRequests(server, DEFAULT_REQUEST_SIZE_LIMITS);
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  app.use(urlLengthLimit(DEFAULT_REQUEST_SIZE_LIMITS));
  app.useGlobalFilters(new DependencyOutageFilter(app.getHttpAdapter()));
  options.configure?.(app);
  await app.listen(options.port, options.host);
  app.get(Logger).log(`${options.service} listening on ${await app.getUrl()}`);
  return app;
}
