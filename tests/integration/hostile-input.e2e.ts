import { articleIdFor, DeadLetterSchema, Topics } from '@newsflow/contracts';
import { eventually } from '@newsflow/test-harness';

import { json, KafkaProbe } from './support/kafka-probe';
import { getArticle, postArticle, postRaw, search } from './support/newsflow-client';
import { normalArticleBehind, partitionOf } from './support/same-partition';
import { stack } from './support/stack-env';
import { articleRows } from './support/storage-probe';

type ErrorBody = { errors?: { path: string; message: string }[] };
const run = Date.now();

/** After a hostile article, an ordinary one queued behind it on its partition is searchable in the usual time. */
async function expectPartitionFlowsAfter(articleId: string, label: string): Promise<void> {
  const marker = `Boundaryprobe${label}${run}`;
  const normal = normalArticleBehind(articleId, marker);
  expect(partitionOf(articleIdFor(normal))).toBe(partitionOf(articleId));
  await postArticle(normal);
  await eventually(async () => expect((await search({ q: marker })).body.total).toBe(1));
}

describe('probe inputs are answered at the boundary and never stall a partition', () => {
  const probe = new KafkaProbe();
  beforeAll(() => probe.connect());
  afterAll(() => probe.disconnect());

  it('"Start " and 1.9 million dots is accepted, stored, and the partition flows on', async () => {
    const submission = { source: 'e2e-boundary', guid: `dots-${run}`, text: `Start ${'.'.repeat(1_900_000)}` };
    const posted = await postRaw(JSON.stringify(submission));
    expect(posted.status).toBe(202);
    const id = (posted.body as { id: string }).id;
    await expectPartitionFlowsAfter(id, 'dots');
    await eventually(async () => expect(await articleRows([id])).toHaveLength(1));
  });

  it('a 1.9 MB HTML attribute is accepted, its article searchable, and the partition flows on', async () => {
    const marker = `Attributeprobe${run}`;
    const html = `<html><body><p data-blob="${'x'.repeat(1_900_000)}">The ${marker} report sits beside a huge attribute.</p></body></html>`;
    const posted = await postRaw(JSON.stringify({ source: 'e2e-boundary', guid: `attribute-${run}`, html }));
    expect(posted.status).toBe(202);
    await eventually(async () => expect((await search({ q: marker })).body.total).toBe(1));
    await expectPartitionFlowsAfter((posted.body as { id: string }).id, 'attribute');
  });

  it('NUL and lone surrogates in title and text are cleaned over HTTP, and the article is stored', async () => {
    const marker = `Unicodeprobe${run}`;
    // JSON.stringify writes lone surrogates as \ud800 escapes: valid UTF-8 on the wire, invalid once decoded.
    const body = JSON.stringify({
      source: 'e2e-boundary',
      guid: `unicode-${run}`,
      title: 'Port\u0000 reopens \ud800 today',
      text: `The ${marker}\u0000 harbour reopened \udc00 on Monday after repairs.`,
    });
    const posted = await postRaw(body);
    expect(posted.status).toBe(202);
    const id = (posted.body as { id: string }).id;
    await eventually(async () => expect((await search({ q: marker })).body.total).toBe(1));
    const [row] = await articleRows([id]);
    expect(row.title).toBe('Port reopens \ufffd today');
    expect((await getArticle(id)).status).toBe(200);
    await expectPartitionFlowsAfter(id, 'unicode');
  });

  it('NUL and lone surrogates published straight to the raw topic are cleaned by the consumer gate', async () => {
    const marker = `Rawunicodeprobe${run}`;
    const submission = { source: 'e2e-raw-topic', guid: `raw-unicode-${run}`, title: 'Raw\u0000 \udfff title' };
    const value = JSON.stringify({ ...submission, text: `Published ${marker}\u0000 straight \ud83d to Kafka.` });
    const id = articleIdFor({ source: submission.source, guid: submission.guid });
    await probe.publish(Topics.rawArticle, { key: id, value });
    await eventually(async () => expect((await search({ q: marker })).body.total).toBe(1));
    expect((await articleRows([id]))[0].title).toBe('Raw \ufffd title');
    await expectPartitionFlowsAfter(id, 'rawunicode');
  });

  it.each([
    ['0000-01-01T00:00:00Z', 'year0000'],
    ['2999-01-01T00:00:00Z', 'year2999'],
  ])('publishedAt %s is refused over HTTP with its field path', async (publishedAt, label) => {
    const submission = { source: 'e2e-boundary', guid: `date-${label}-${run}`, text: 'A dated report.', publishedAt };
    const posted = await postRaw(JSON.stringify(submission));
    expect(posted.status).toBe(400);
    expect((posted.body as ErrorBody).errors?.map((e) => e.path)).toEqual(['publishedAt']);
    await expectPartitionFlowsAfter(articleIdFor(submission), label);
  });

  it('publishedAt year 0000 on the raw topic is dead-lettered at once with its field path', async () => {
    const submission = { source: 'e2e-raw-topic', guid: `raw-date-${run}`, text: 'A dated report.' };
    const id = articleIdFor(submission);
    await probe.publish(Topics.rawArticle, {
      key: id,
      value: JSON.stringify({ ...submission, publishedAt: '0000-01-01T00:00:00Z' }),
    });
    const letter = DeadLetterSchema.parse(json(await probe.find(Topics.deadLetter, (m) => m.key === id)));
    expect(letter.errors.map((e) => e.path)).toEqual(['publishedAt']);
    await expectPartitionFlowsAfter(id, 'rawdate');
  });

  it('a 100,000-character query gets 414, and search answers normally afterwards', async () => {
    const response = await fetch(`${stack.searchUrl}/v1/search?q=${'x'.repeat(100_000)}`);
    expect([414, 431]).toContain(response.status);
    expect((await search({ q: 'harbour' })).status).toBe(200);
    await expectPartitionFlowsAfter(articleIdFor({ source: 'e2e-boundary', guid: `query-${run}` }), 'query');
  });
});
