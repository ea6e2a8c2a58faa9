import { Topics } from '@newsflow/contracts';
import { eventually } from '@newsflow/test-harness';

import { json, KafkaProbe } from './support/kafka-probe';
import { postArticle } from './support/newsflow-client';
import { articleRows, searchDocuments } from './support/storage-probe';

describe('exactly one article per id, whatever is delivered twice or late', () => {
  const probe = new KafkaProbe();
  const guid = `twice-${Date.now()}`;
  const article = {
    source: 'e2e-idempotency',
    guid,
    title: 'Council approves harbour budget',
    text: 'The city council approved the harbour budget on Tuesday after a long debate about dredging costs and new cranes.',
  };

  beforeAll(() => probe.connect());
  afterAll(() => probe.disconnect());

  it('keeps one row and one document when the same article is posted twice', async () => {
    const first = await postArticle(article);
    const second = await postArticle(article);
    expect(second).toBe(first);
    const classified = await probe.findAll(Topics.classifiedArticle, (m) => m.key === first, 2);
    const newestVersion = Math.max(...classified.map((m) => json(m)['version'] as number));
    await eventually(async () => {
      const rows = await articleRows([first]);
      expect(rows).toEqual([expect.objectContaining({ version: String(newestVersion) })]);
      const documents = await searchDocuments({ term: { id: first } });
      expect(documents).toEqual([expect.objectContaining({ version: newestVersion })]);
    });
  });

  it('ignores a redelivered classified event and never lets an older version win', async () => {
    const id = await postArticle({ ...article, guid: `${guid}-versions` });
    const delivered = await probe.find(Topics.classifiedArticle, (m) => m.key === id);
    const event = json(delivered) as { version: number; text: { title: string } };
    await eventually(async () => expect(await articleRows([id])).toHaveLength(1));

    await probe.publish(Topics.classifiedArticle, { key: id, value: delivered.value, headers: delivered.headers });
    const older = { ...event, version: event.version - 1000, text: { ...event.text, title: 'An older revision' } };
    const olderPublished = await probe.publish(Topics.classifiedArticle, {
      key: id,
      value: JSON.stringify(older),
      headers: delivered.headers,
    });
    await probe.waitUntilConsumed('newsflow-indexer', Topics.classifiedArticle, olderPublished);
    expect(await articleRows([id])).toEqual([{ id, title: event.text.title, version: String(event.version) }]);
    expect(await searchDocuments({ term: { id } })).toEqual([{ id, title: event.text.title, version: event.version }]);

    const newer = { ...event, version: event.version + 1000, text: { ...event.text, title: 'The newest revision' } };
    await probe.publish(Topics.classifiedArticle, {
      key: id,
      value: JSON.stringify(newer),
      headers: delivered.headers,
    });
    await eventually(async () => {
      expect(await articleRows([id])).toEqual([{ id, title: 'The newest revision', version: String(newer.version) }]);
      expect(await searchDocuments({ term: { id } })).toEqual([
        { id, title: 'The newest revision', version: newer.version },
      ]);
    });
  });
});
