import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import express from 'express';

import { jsonBody } from './json-body';

describe('jsonBody', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const app = express();
    app.use(jsonBody(64, { documentTypes: ['application/rss+xml'] }));
    app.post('/echo', (request, response) =>
      response.json(
        Buffer.isBuffer(request.body) ? { bytes: request.body.toString('latin1') } : { received: request.body },
      ),
    );
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/echo`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const post = async (body: string | Buffer, contentType?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: contentType ? { 'content-type': contentType } : {},
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('parses UTF-8 JSON', async () => {
    expect(await post('{"title":"Київ"}', 'application/json; charset=utf-8')).toEqual({
      status: 200,
      body: { received: { title: 'Київ' } },
    });
  });

  it.each([
    ['an empty body', '', 'application/json', 400, 'request body is empty'],
    [
      'invalid UTF-8',
      Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]),
      'application/json',
      400,
      'request body is not valid UTF-8',
    ],
    ['broken JSON', '{"a":', 'application/json', 400, 'request body is not JSON'],
    ['a body over the limit', JSON.stringify({ text: 'x'.repeat(100) }), 'application/json', 413, 'too large'],
    ['another content type', 'a=1', 'application/x-www-form-urlencoded', 415, 'application/json'],
    ['no content type', '{}', undefined, 415, 'application/json'],
    ['another charset', '{}', 'application/json; charset=iso-8859-1', 415, 'iso-8859-1'],
  ])('answers %s with %i', async (_case, body, contentType, status, message) => {
    const reply = await post(body, contentType);
    expect(reply.status).toBe(status);
    expect(String(reply.body['message'])).toContain(message);
  });

  it('hands a document type over as bytes, within the same limit, whatever its charset', async () => {
    const koi8 = Buffer.from([0x3c, 0x72, 0xf3, 0x3e]);
    expect(await post(koi8, 'application/rss+xml; charset=koi8-r')).toEqual({
      status: 200,
      body: { bytes: koi8.toString('latin1') },
    });
    expect((await post(Buffer.alloc(65, 0x20), 'application/rss+xml')).status).toBe(413);
    expect(await post('<rss/>', 'application/atom+xml')).toMatchObject({
      status: 415,
      body: { message: 'content-type must be application/json or one of application/rss+xml' },
    });
  });
});
