import type { IncomingMessage, Server, ServerResponse } from 'node:http';

import { loadConfig } from './load-config';
import { HttpSettings } from './settings';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * The process's HTTP port, opened before anything heavy is loaded or connected: liveness answers
 * within a second of start even while the process is still loading its code, joining its Kafka
 * group or waiting for its database. Everything else answers 503 until the app takes over.
 */
export class EarlyHttp {
  private handler: Handler | null = null;

  private constructor(
    readonly server: Server,
    readonly url: string,
  ) {}

  static async listen(service: string, env: NodeJS.ProcessEnv = process.env): Promise<EarlyHttp> {
    const settings = loadConfig(HttpSettings, env);
    // Loaded here, not at the top, so that it loads after tracing has started (see runService).
    const { createServer } = await import('node:http');
    let early: EarlyHttp | null = null;
    const server = createServer((request, response) => {
      if (early?.handler) return early.handler(request, response);
      const live = request.url === '/health/live' || request.url?.startsWith('/health/live?');
      response.writeHead(live ? 200 : 503, { 'content-type': 'application/json' });
      response.end(JSON.stringify(live ? { status: 'ok' } : { status: 'starting', service }));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(settings.HTTP_PORT, settings.HTTP_HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
    early = new EarlyHttp(server, `http://${settings.HTTP_HOST}:${settings.HTTP_PORT}`);
    return early;
  }

  /** From now on every request goes to the app. */
  handOver(handler: Handler): void {
    this.handler = handler;
  }
}

/** What a stage's entry module exports for runStage. */
export interface StageEntry {
  start(service: string, http: EarlyHttp): Promise<void>;
}
