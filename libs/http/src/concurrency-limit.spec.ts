import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import express from 'express';

import { concurrencyLimit } from './concurrency-limit';

describe('concurrencyLimit', () => {
  let server: Server;
  let url: string;
  const waiting: (() => void)[] = [];

  beforeAll(async () => {
    const app = express();
    app.post('/slow', concurrencyLimit(2), (_request, response) => {
      waiting.push(() => response.status(202).end());
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  it('answers 429 with Retry-After beyond the limit and lets the next one in once a request is done', async () => {
    const first = fetch(url, { method: 'POST' });
    const second = fetch(url, { method: 'POST' });
    await until(() => waiting.length === 2);
    const refused = await fetch(url, { method: 'POST' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    waiting.shift()!();
    expect((await first).status).toBe(202);
    const third = fetch(url, { method: 'POST' });
    await until(() => waiting.length === 2);
    waiting.splice(0).forEach((answer) => answer());
    expect([(await second).status, (await third).status]).toEqual([202, 202]);
  });
});
