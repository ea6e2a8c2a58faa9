import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import express from 'express';

import { answerOversizedRequests, type RequestSizeLimits, urlLengthLimit } from './request-size-limits';

describe('request size limits', () => {
  const limits: RequestSizeLimits = { maxUrlBytes: 2048, maxHeaderBytes: 4096 };
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const app = express();
    app.use(urlLengthLimit(limits));
    app.get('/echo', (request, response) => response.json({ length: request.originalUrl.length }));
    server = createServer(app);
    answerOversizedRequests(server, limits);
    server.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, { headers });
    return { status: response.status, body: (await response.json()) as { message: string } };
  };

  it('serves a request within the limits', async () => {
    expect((await get(`/echo?q=${'x'.repeat(1000)}`)).status).toBe(200);
  });

  it('answers 414 for a URL over the URL limit that the parser still reads', async () => {
    const reply = await get(`/echo?q=${'x'.repeat(3000)}`);
    expect(reply.status).toBe(414);
    expect(reply.body.message).toContain('2048');
  });

  it.each([10_000, 100_000, 2_000_000])('answers 414, not a reset, for a %i-character query', async (length) => {
    expect((await get(`/echo?q=${'x'.repeat(length)}`)).status).toBe(414);
  });

  it.each([10_000, 100_000])('answers 431 for %i bytes of headers', async (length) => {
    const reply = await get('/echo', { 'x-padding': 'y'.repeat(length) });
    expect(reply.status).toBe(431);
    expect(reply.body.message).toContain('4096');
  });

  it('keeps serving after oversized requests', async () => {
    await get(`/echo?q=${'x'.repeat(100_000)}`);
    expect((await get('/echo?q=fine')).status).toBe(200);
  });
});
