import { postRaw, search } from './support/newsflow-client';

type ErrorBody = { message: string; errors?: { path: string; message: string }[] };
const paths = (body: unknown) => ((body as ErrorBody).errors ?? []).map((e) => e.path).sort();

describe('bad HTTP input gets the right 4xx, with the field path where there is one', () => {
  it('400 for an empty body', async () => {
    const reply = await postRaw('');
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).message).toBe('request body is empty');
  });

  it('400 with each path for wrong types and unknown fields', async () => {
    const reply = await postRaw(JSON.stringify({ source: 12, text: ['a'], publishedAt: 'yesterday', byline: 'x' }));
    expect(reply.status).toBe(400);
    expect(paths(reply.body)).toEqual(['byline', 'publishedAt', 'source', 'text']);
  });

  it('400 when neither text nor html is given, or the body is not an object', async () => {
    expect(paths((await postRaw(JSON.stringify({ source: 'cms', title: 'Only a title' }))).body)).toEqual(['text']);
    const array = await postRaw('[1,2]');
    expect(array.status).toBe(400);
    expect(paths(array.body)).toEqual(['$']);
  });

  it('400 for a body that is not JSON or not UTF-8', async () => {
    const notJson = await postRaw('{"source": "cms", text: }');
    expect(notJson.status).toBe(400);
    expect((notJson.body as ErrorBody).message).toMatch(/not JSON/);
    const latin1 = await postRaw(Buffer.from('{"source":"cms","text":"caf\xe9"}', 'latin1'));
    expect(latin1.status).toBe(400);
    expect((latin1.body as ErrorBody).message).toBe('request body is not valid UTF-8');
  });

  it('413 above the size limit', async () => {
    const reply = await postRaw(JSON.stringify({ source: 'cms', text: 'x'.repeat(3 * 1024 * 1024) }));
    expect(reply.status).toBe(413);
  });

  it('415 for a wrong content type or charset', async () => {
    expect((await postRaw('source=cms', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await postRaw('{"source":"cms","text":"x"}', '')).status).toBe(415);
    const charset = await postRaw('{"source":"cms","text":"x"}', 'application/json; charset=windows-1251');
    expect(charset.status).toBe(415);
    expect((charset.body as ErrorBody).message).toContain('windows-1251');
  });

  it('202 with a stable id for a valid submission', async () => {
    const body = JSON.stringify({ source: 'cms', url: 'https://example.com/a?utm_source=x', text: 'Valid text.' });
    const first = await postRaw(body, 'application/json; charset=utf-8');
    const second = await postRaw(JSON.stringify({ source: 'cms', url: 'https://www.example.com/a/', text: 'Edited.' }));
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(second.body).toEqual(first.body);
  });

  it('400 with the parameter path for bad search parameters', async () => {
    const reply = await search({ size: '1000', lang: 'Ukrainian', unknown: '1' });
    expect(reply.status).toBe(400);
    expect(paths(reply.body)).toEqual(['lang', 'size', 'unknown']);
  });
});
