import { Logger } from '@nestjs/common';
import type { ArticleRepository } from '@newsflow/article-store';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';
import { StageMetrics } from '@newsflow/observability';
import type { ArticleSearchWriter } from '@newsflow/search-index';

import { IndexArticles } from './index-article';

const article = classifiedArticleFixture();
const second = classifiedArticleFixture({ id: 'f'.repeat(32) });

function indexer(stored: 'written' | 'stale' | Error, indexed: 'written' | 'stale', calls: string[] = []) {
  const articles = {
    upsert: async (a: { id: string }) => {
      calls.push(`postgresql ${a.id}`);
      if (stored instanceof Error && a.id === article.id) throw stored;
      return stored instanceof Error ? 'written' : stored;
    },
    findById: async () => ({ ...article, version: article.version + 1 }),
  } as unknown as ArticleRepository;
  const search = {
    upsert: async (batch: { id: string }[]) => {
      calls.push(`elasticsearch ${batch.map((a) => a.id).join(',')}`);
      return batch.map(() => indexed);
    },
  } as unknown as ArticleSearchWriter;
  return new IndexArticles(articles, search, new StageMetrics());
}

describe('IndexArticles', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('writes PostgreSQL first, then Elasticsearch in one bulk request', async () => {
    const calls: string[] = [];
    await indexer('written', 'written', calls).execute([{ article }, { article: second }]);
    expect(calls).toEqual([
      `postgresql ${article.id}`,
      `postgresql ${second.id}`,
      `elasticsearch ${article.id},${second.id}`,
    ]);
  });

  it('still writes Elasticsearch when PostgreSQL already had the version, to repair a lost document', async () => {
    const [result] = await indexer('stale', 'written').execute([{ article }]);
    expect(result).toEqual({ status: 'fulfilled', value: 'written' });
  });

  it('reports stale when neither store took the version, logging both versions', async () => {
    const useCase = indexer('stale', 'stale');
    const warn = jest.spyOn((useCase as unknown as { logger: Logger }).logger, 'warn');
    expect(await useCase.execute([{ article }])).toEqual([{ status: 'fulfilled', value: 'stale' }]);
    expect(warn).toHaveBeenCalledWith(
      { id: article.id, version: article.version, storedVersion: article.version + 1 },
      expect.stringContaining('stale'),
    );
  });

  it('fails only the article PostgreSQL refused, and indexes the rest', async () => {
    const refused = new Error('unsupported Unicode escape sequence');
    const calls: string[] = [];
    const results = await indexer(refused, 'written', calls).execute([{ article }, { article: second }]);
    expect(results).toEqual([
      { status: 'rejected', reason: refused },
      { status: 'fulfilled', value: 'written' },
    ]);
    expect(calls).toContain(`elasticsearch ${second.id}`);
  });
});
