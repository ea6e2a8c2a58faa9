import type { ArticleRepository } from '@newsflow/article-store';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';
import type { ConsumedEvent } from '@newsflow/messaging';
import { StageMetrics } from '@newsflow/observability';
import type { ArticleSearchWriter } from '@newsflow/search-index';

import { IndexArticle } from './index-article';

const article = classifiedArticleFixture();
const event = { payload: article } as ConsumedEvent<typeof article>;

function indexer(stored: 'written' | 'stale', indexed: 'written' | 'stale', calls: string[] = []) {
  const articles = { upsert: async () => (calls.push('postgresql'), stored) } as unknown as ArticleRepository;
  const search = { upsert: async () => (calls.push('elasticsearch'), [indexed]) } as unknown as ArticleSearchWriter;
  return new IndexArticle(articles, search, new StageMetrics());
}

describe('IndexArticle', () => {
  it('writes PostgreSQL first, then Elasticsearch', async () => {
    const calls: string[] = [];
    await indexer('written', 'written', calls).execute(event);
    expect(calls).toEqual(['postgresql', 'elasticsearch']);
  });

  it('still writes Elasticsearch when PostgreSQL already had the version, to repair a lost document', async () => {
    const calls: string[] = [];
    expect(await indexer('stale', 'written', calls).execute(event)).toBe('written');
    expect(calls).toEqual(['postgresql', 'elasticsearch']);
  });

  it('reports stale when neither store took the version', async () => {
    expect(await indexer('stale', 'stale').execute(event)).toBe('stale');
  });
});
