import { Topics } from '@newsflow/contracts';
import { eventually } from '@newsflow/test-harness';

import { json, KafkaProbe } from './support/kafka-probe';
import { postArticle } from './support/newsflow-client';
import { articleRows, articleSources } from './support/storage-probe';

describe('the raw submission is kept once in PostgreSQL, and later topics carry no page text', () => {
  const probe = new KafkaProbe();
  const article = {
    source: 'e2e-article-sources',
    guid: `sources-${Date.now()}`,
    title: 'Harbour cranes arrive',
    html: '<html><body><nav>Menu</nav><article><p>Two new cranes arrived at the harbour on Wednesday, ahead of the autumn grain season.</p></article></body></html>',
  };

  beforeAll(() => probe.connect());
  afterAll(() => probe.disconnect());

  it('stores the submission once after a redelivery, while the classified event has no text or HTML', async () => {
    const id = await postArticle(article);
    const raw = await probe.find(Topics.rawArticle, (m) => m.key === id);
    const classified = await probe.find(Topics.classifiedArticle, (m) => m.key === id);
    const original = json(classified)['original'] as Record<string, unknown>;
    expect(original).toEqual({ title: article.title, language: null });
    expect(classified.value?.toString()).not.toContain('<article>');
    await eventually(async () => expect(await articleRows([id])).toHaveLength(1));

    const redelivered = await probe.publish(Topics.rawArticle, { key: id, value: raw.value, headers: raw.headers });
    await probe.waitUntilConsumed('newsflow-normalizer', Topics.rawArticle, redelivered);
    const kept = await articleSources(id);
    expect(kept).toEqual([{ version: expect.any(String), submission: article }]);
    expect(Number(kept[0].version)).toBeGreaterThan(json(classified)['version'] as number);
  });
});
