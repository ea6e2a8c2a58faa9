import type { ArgumentsHost } from '@nestjs/common';
import { TooBusyError } from '@newsflow/contracts';

import { DependencyOutageFilter } from './dependency-outage.filter';

function httpHost() {
  const answer: { status?: number; headers: Record<string, string>; body?: unknown } = { headers: {} };
  const response = {
    status(code: number) {
      answer.status = code;
      return response;
    },
    set(name: string, value: string) {
      answer.headers[name] = value;
      return response;
    },
    json(body: unknown) {
      answer.body = body;
      return response;
    },
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({ getResponse: () => response }),
  } as unknown as ArgumentsHost;
  return { host, answer };
}

describe('DependencyOutageFilter', () => {
  it('answers 429 with Retry-After when the process is too busy to take more', () => {
    const { host, answer } = httpHost();
    new DependencyOutageFilter().catch(new TooBusyError('5000 articles are waiting for Kafka', 2), host);
    expect(answer).toEqual({
      status: 429,
      headers: { 'Retry-After': '2' },
      body: { statusCode: 429, error: 'Too Many Requests', message: 'too busy: 5000 articles are waiting for Kafka' },
    });
  });

  it('answers 503 with Retry-After for a dependency outage', () => {
    const { host, answer } = httpHost();
    new DependencyOutageFilter().catch(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }), host);
    expect(answer.status).toBe(503);
    expect(answer.headers['Retry-After']).toBe('5');
  });
});
