import { articleIdFor } from '@newsflow/contracts';
import { eventually } from '@newsflow/test-harness';

import { stack } from './support/stack-env';
import { articleRows, searchDocuments } from './support/storage-probe';

type BatchReply = {
  accepted: number;
  rejected: number;
  results: ({ line: number; id: string } | { line: number; errors: { path: string; message: string }[] })[];
};

async function postBatch(body: string, contentType: string) {
  const response = await fetch(`${stack.ingestUrl}/v1/articles/batch`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  return { status: response.status, body: (await response.json()) as BatchReply & { message?: string } };
}

describe('POST /v1/articles/batch', () => {
  const run = Date.now().toString(36);
  const article = (n: number) => ({
    source: 'e2e-batch',
    guid: `${run}-${n}`,
    title: `Harbour report ${n}`,
    text: `The harbour authority published its report number ${n} on cargo volumes and new cranes this week.`,
  });

  it('indexes the good lines of an NDJSON batch and answers each bad line with its number and field path', async () => {
    const lines = [
      JSON.stringify(article(1)),
      JSON.stringify({ source: 'e2e-batch', title: 'no body', byline: 'someone' }),
      '',
      JSON.stringify(article(2)),
      '{"source": "e2e-batch", "text": ',
      JSON.stringify({ ...article(3), publishedAt: 'yesterday' }),
    ];
    const reply = await postBatch(lines.join('\n'), 'application/x-ndjson');
    expect(reply.status).toBe(202);
    expect(reply.body.accepted).toBe(2);
    expect(reply.body.rejected).toBe(3);
    const byLine = new Map(reply.body.results.map((result) => [result.line, result]));
    expect([...byLine.keys()]).toEqual([1, 2, 4, 5, 6]);
    const paths = (line: number) =>
      ((byLine.get(line) as { errors: { path: string }[] }).errors ?? []).map((e) => e.path);
    expect(paths(2).sort()).toEqual(['byline', 'text']);
    expect(paths(5)).toEqual(['$']);
    expect(paths(6)).toEqual(['publishedAt']);
    const ids = [1, 4].map((line) => (byLine.get(line) as { id: string }).id);
    expect(ids).toEqual([expect.stringMatching(/^[0-9a-f]{32}$/), expect.stringMatching(/^[0-9a-f]{32}$/)]);

    await eventually(async () => {
      expect((await articleRows(ids)).map((row) => row.id).sort()).toEqual([...ids].sort());
      const documents = await searchDocuments({ term: { source: 'e2e-batch' } });
      expect(documents.map((document) => document.id).sort()).toEqual([...ids].sort());
    }, 60_000);
  });

  it('takes a JSON array too, numbering its items from 1', async () => {
    const reply = await postBatch(JSON.stringify([article(10), { source: 'e2e-batch' }]), 'application/json');
    expect(reply.status).toBe(202);
    expect(reply.body.results).toEqual([
      { line: 1, id: expect.any(String) },
      { line: 2, errors: [expect.objectContaining({ path: 'text' })] },
    ]);
  });

  it('answers 400 when no line is good, and for a body that is no batch', async () => {
    const allBad = await postBatch('{"source":"e2e-batch"}\n', 'application/x-ndjson');
    expect(allBad.status).toBe(400);
    expect(allBad.body.results).toEqual([{ line: 1, errors: [expect.objectContaining({ path: 'text' })] }]);
    const notArray = await postBatch(JSON.stringify(article(20)), 'application/json');
    expect(notArray.status).toBe(400);
    expect(notArray.body.message).toBe('a JSON batch must be an array of articles');
  });

  it('refuses an oversize batch with 413, by article count and by bytes, publishing nothing', async () => {
    const tooMany = Array.from({ length: 1001 }, (_, n) => JSON.stringify(article(1000 + n))).join('\n');
    const counted = await postBatch(tooMany, 'application/x-ndjson');
    expect(counted.status).toBe(413);
    expect(counted.body.message).toContain('at most 1000');
    const huge = JSON.stringify([{ ...article(5000), text: 'x'.repeat(17 * 1024 * 1024) }]);
    expect((await postBatch(huge, 'application/json')).status).toBe(413);
    // Something accepted after the refusals is indexed, and nothing refused is: the refusals reached no topic.
    const control = await postBatch(JSON.stringify(article(6000)), 'application/x-ndjson');
    const controlId = (control.body.results[0] as { id: string }).id;
    await eventually(async () => expect(await articleRows([controlId])).toHaveLength(1), 60_000);
    const refused = Array.from({ length: 1001 }, (_, n) => articleIdFor(article(1000 + n)));
    expect(await articleRows([...refused, articleIdFor(article(5000))])).toEqual([]);
  });

  it('415 for another content type', async () => {
    expect((await postBatch('a=1', 'application/x-www-form-urlencoded')).status).toBe(415);
  });
});
