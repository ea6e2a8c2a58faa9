import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Answer = { status: number; body: unknown; delayMs?: number } | 'hang';

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', `${name}.json`), 'utf8'));
}

/**
 * A translation provider on 127.0.0.1 that answers from a script (recorded answers), so adapters
 * are tested over real HTTP without any outside network.
 */
export class FakeProvider {
  readonly requests: RecordedRequest[] = [];
  private server: Server | null = null;

  constructor(private readonly answer: (request: RecordedRequest) => Answer) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const recorded = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body };
        this.requests.push(recorded);
        const answer = this.answer(recorded);
        if (answer === 'hang') return;
        setTimeout(() => {
          response.writeHead(answer.status, { 'content-type': 'application/json' });
          response.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
        }, answer.delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
