import '../support/stack-env';

import { Client } from '@elastic/elasticsearch';
import type { ClassifiedArticle } from '@newsflow/contracts';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';
import { articleAlias, ArticleSearchWriter, provisionArticleIndex } from '@newsflow/search-index';

import { stack } from '../support/stack-env';

/** An index of its own, so the apps' index keeps only what the pipeline wrote. */
const INDEX_PREFIX = `${stack.indexPrefix}-writer`;

describe('ArticleSearchWriter on Elasticsearch', () => {
  const client = new Client({ node: stack.elasticsearchUrl });
  const writer = new ArticleSearchWriter(client, { url: stack.elasticsearchUrl, indexPrefix: INDEX_PREFIX });

  beforeAll(async () => {
    const indices = await client.cat.indices({ index: `${INDEX_PREFIX}-*`, format: 'json' });
    for (const { index } of indices) if (index) await client.indices.delete({ index });
    await provisionArticleIndex(client, INDEX_PREFIX);
  });

  afterAll(() => client.close());

  it('reports the one document a mapping conflict rejects, and writes the rest of the bulk', async () => {
    const good = (id: string) => classifiedArticleFixture({ id, version: 10 });
    // A date field that is not a date: Elasticsearch refuses this document, never the others.
    const conflicting = { ...good('conflicting'), publishedAt: 'yesterday evening' } as ClassifiedArticle;

    const outcome = await writer.upsert([good('first'), conflicting, good('last')]);
    expect(outcome.map(({ id, outcome }) => ({ id, outcome }))).toEqual([
      { id: 'first', outcome: 'written' },
      { id: 'conflicting', outcome: 'rejected' },
      { id: 'last', outcome: 'written' },
    ]);
    expect(outcome[1].reason).toMatch(/parsing_exception/);

    await client.indices.refresh({ index: articleAlias(INDEX_PREFIX) });
    const hits = await client.search<{ id: string }>({ index: articleAlias(INDEX_PREFIX), size: 10 });
    expect(hits.hits.hits.map((hit) => hit._source?.id).sort()).toEqual(['first', 'last']);
  });

  it('reports an equal or older version as stale and a newer one as written', async () => {
    const article = classifiedArticleFixture({ id: 'versioned', version: 20 });
    expect((await writer.upsert([article]))[0].outcome).toBe('written');
    const outcome = await writer.upsert([article, { ...article, version: 19 }, { ...article, version: 21 }]);
    expect(outcome.map((item) => item.outcome)).toEqual(['stale', 'stale', 'written']);
  });
});
