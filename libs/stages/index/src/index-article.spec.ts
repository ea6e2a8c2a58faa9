import { Logger } from '@nestjs/common';
import type { ArticleRepository, ArticleWrite } from '@newsflow/article-store';
import { ArticleRejectedError } from '@newsflow/contracts';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';
import { FreshnessMetrics, StageMetrics, StoreWriteMetrics } from '@newsflow/observability';
import type { ArticleSearchWriter, SearchWriteOutcome } from '@newsflow/search-index';

import { IndexArticles } from './index-article';

const article = classifiedArticleFixture();
const second = classifiedArticleFixture({ id: 'f'.repeat(32) });

function observers(stage = new StageMetrics()) {
  return { stage, writes: new StoreWriteMetrics(stage), freshness: new FreshnessMetrics(stage) };
}

function indexer(
  stored: ArticleWrite | Error,
  indexed: SearchWriteOutcome,
  calls: string[] = [],
  metrics = observers(),
) {
  const articles = {
    upsertMany: async (batch: { id: string }[]) => {
      calls.push(`postgresql ${batch.map((a) => a.id).join(',')}`);
      if (stored instanceof Error && batch.some((a) => a.id === article.id)) throw stored;
      return batch.map(({ id }) => ({ id, outcome: stored instanceof Error ? 'written' : stored }));
    },
    findById: async () => ({ ...article, version: article.version + 1 }),
  } as unknown as ArticleRepository;
  const search = {
    upsert: async (batch: { id: string }[]) => {
      calls.push(`elasticsearch ${batch.map((a) => a.id).join(',')}`);
      return batch.map(({ id }) => ({ id, outcome: indexed, reason: indexed === 'written' ? undefined : 'why' }));
    },
  } as unknown as ArticleSearchWriter;
  return new IndexArticles(articles, search, metrics.stage, metrics.writes, metrics.freshness);
}

describe('IndexArticles', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('writes PostgreSQL first in one statement, then Elasticsearch in one bulk request', async () => {
    const calls: string[] = [];
    await indexer('written', 'written', calls).execute([{ article }, { article: second }]);
    expect(calls).toEqual([`postgresql ${article.id},${second.id}`, `elasticsearch ${article.id},${second.id}`]);
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

  it('fails only the article PostgreSQL refused, found by writing one by one, and indexes the rest', async () => {
    const refused = new Error('unsupported Unicode escape sequence');
    const calls: string[] = [];
    const results = await indexer(refused, 'written', calls).execute([{ article }, { article: second }]);
    expect(results).toEqual([
      { status: 'rejected', reason: refused },
      { status: 'fulfilled', value: 'written' },
    ]);
    expect(calls).toEqual([
      `postgresql ${article.id},${second.id}`,
      `postgresql ${article.id}`,
      `postgresql ${second.id}`,
      `elasticsearch ${second.id}`,
    ]);
  });

  it('rejects an article whose document Elasticsearch refuses, so it is dead-lettered', async () => {
    const [result] = await indexer('written', 'rejected').execute([{ article }]);
    expect(result.status).toBe('rejected');
    expect((result as PromiseRejectedResult).reason).toBeInstanceOf(ArticleRejectedError);
  });

  it('fails an article Elasticsearch could not take now as a retryable error', async () => {
    const [result] = await indexer('written', 'transient').execute([{ article }]);
    expect(result.status).toBe('rejected');
    expect((result as PromiseRejectedResult).reason).not.toBeInstanceOf(ArticleRejectedError);
  });

  it('records write latency per batch and store, and freshness only for documents it wrote', async () => {
    const metrics = observers();
    await indexer('written', 'written', [], metrics).execute([{ article }, { article: second }]);
    await indexer('stale', 'stale', [], metrics).execute([{ article }]);
    await indexer('written', 'transient', [], metrics).execute([{ article }]);
    const text = await metrics.stage.registry.metrics();
    expect(text).toContain('newsflow_store_write_duration_seconds_count{store="postgresql"} 3');
    expect(text).toContain('newsflow_store_write_duration_seconds_count{store="elasticsearch"} 3');
    expect(text).toContain('newsflow_article_freshness_seconds_count 2');
  });
});
