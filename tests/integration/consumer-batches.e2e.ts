import { createHash } from 'node:crypto';

import { ArticleContracts, cloudEventHeaders, DeadLetterSchema, Topics } from '@newsflow/contracts';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';
import { eventually } from '@newsflow/test-harness';

import { json, KafkaProbe } from './support/kafka-probe';
import { postArticle, search } from './support/newsflow-client';
import { articleRows, searchDocuments } from './support/storage-probe';

const idOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

describe('the stages consume in batches, and one bad message stays alone', () => {
  const probe = new KafkaProbe();
  const run = Date.now();

  beforeAll(() => probe.connect());
  afterAll(() => probe.disconnect());

  it('dead-letters the one poisoned article of a batch and indexes the rest once', async () => {
    const source = `e2e-batch-${run}`;
    const articles = Array.from({ length: 12 }, (_, n) =>
      classifiedArticleFixture({
        id: idOf(`${source}-${n}`),
        source,
        version: run + n,
        text: { ...classifiedArticleFixture().text, title: `Batch bulletin ${n}` },
      }),
    );
    // PostgreSQL has no year 0: wherever it is caught (the contract or the store), this one cannot be stored.
    const poisoned = { ...articles[5], publishedAt: '0000-01-01T00:00:00.000Z' };
    articles[5] = poisoned;
    const headers = cloudEventHeaders({ type: ArticleContracts.classifiedArticle.type, source: '/e2e' });
    await probe.publishAll(
      Topics.classifiedArticle,
      articles.map((article) => ({ key: article.id, partition: 0, value: JSON.stringify(article), headers })),
    );

    const letter = DeadLetterSchema.parse(json(await probe.find(Topics.deadLetter, (m) => m.key === poisoned.id)));
    expect(letter).toMatchObject({ stage: 'indexer', topic: Topics.classifiedArticle, partition: 0 });

    const healthy = articles.filter((article) => article.id !== poisoned.id).map((article) => article.id);
    await eventually(async () => expect(await searchDocuments({ term: { source } })).toHaveLength(11));
    const documents = await searchDocuments({ term: { source } });
    expect(documents.map((d) => d.id).sort()).toEqual([...healthy].sort());
    expect((await articleRows(healthy)).length).toBe(11);
    expect(await articleRows([poisoned.id])).toEqual([]);
  });

  it('processes a minimal standard CloudEvent: required attributes only, content-type with a charset', async () => {
    const marker = `Minimalcloudevent${run}`;
    await probe.publish(Topics.rawArticle, {
      key: `minimal-${run}`,
      value: JSON.stringify({ source: 'e2e-cloudevents', guid: `minimal-${run}`, text: `Standard ${marker} event.` }),
      headers: {
        ce_specversion: '1.0',
        ce_id: `evt-${run}`,
        ce_source: '//cms.example.org/newsroom',
        ce_type: ArticleContracts.rawArticle.type,
        'content-type': 'application/json; charset=utf-8',
      },
    });
    await eventually(async () => expect((await search({ q: marker })).body.total).toBe(1));
  });

  it('does not let a future ce_time pin an article: a later correction still replaces it', async () => {
    const submission = { source: 'e2e-clock', guid: `future-${run}`, title: 'First version from the future' };
    await probe.publish(Topics.rawArticle, {
      key: `future-${run}`,
      value: JSON.stringify({ ...submission, text: 'The ferry timetable changes on Monday for the winter season.' }),
      headers: {
        ...cloudEventHeaders({ type: ArticleContracts.rawArticle.type, source: '//cms.example.org' }),
        ce_time: '2999-01-01T00:00:00.000Z',
      },
    });
    const firstClassified = await probe.find(Topics.classifiedArticle, (m) => json(m)['guid'] === submission.guid);
    const first = json(firstClassified) as { id: string; version: number; sentAt: string };
    expect(first.version).toBeLessThanOrEqual(Date.now());
    expect(first.sentAt).toBe('2999-01-01T00:00:00.000Z');
    await eventually(async () => expect(await articleRows([first.id])).toHaveLength(1));

    const id = await postArticle({
      ...submission,
      title: 'Corrected version',
      text: 'The ferry timetable changes on Tuesday for the winter season.',
    });
    expect(id).toBe(first.id);
    await eventually(async () => {
      expect(await articleRows([id])).toEqual([expect.objectContaining({ title: 'Corrected version' })]);
      expect(await searchDocuments({ term: { id } })).toEqual([
        expect.objectContaining({ title: 'Corrected version' }),
      ]);
    });
  });
});
