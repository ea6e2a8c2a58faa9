import { Injectable, Logger } from '@nestjs/common';
import { ArticleRepository, type ArticleWrite } from '@newsflow/article-store';
import type { ClassifiedArticle } from '@newsflow/contracts';
import { FreshnessMetrics, StageMetrics, StoreWriteMetrics } from '@newsflow/observability';
import { ArticleSearchWriter, type SearchWriteResult } from '@newsflow/search-index';

import { searchWriteFailure } from './search-write-failure';

export type IndexOutcome = 'written' | 'stale';

export interface IndexCommand {
  article: ClassifiedArticle;
}

/**
 * Stores articles in PostgreSQL, the source of truth, with one multi-row upsert, then in
 * Elasticsearch with one bulk request. Both writes are version-guarded, so the search write is
 * attempted even when PostgreSQL already has a version: that repairs a document lost when a
 * previous attempt stopped between the two. A failure of the whole bulk request is thrown, so the
 * transport can retry or isolate it; a document Elasticsearch refuses fails only its article.
 */
@Injectable()
export class IndexArticles {
  private readonly logger = new Logger(IndexArticles.name);

  constructor(
    private readonly articles: ArticleRepository,
    private readonly search: ArticleSearchWriter,
    private readonly metrics: StageMetrics,
    private readonly writes: StoreWriteMetrics,
    private readonly freshness: FreshnessMetrics,
  ) {}

  async execute(commands: IndexCommand[]): Promise<PromiseSettledResult<IndexOutcome>[]> {
    const all = commands.map(({ article }) => article);
    const results: PromiseSettledResult<IndexOutcome>[] = [];
    const stored = new Map<number, ArticleWrite>();
    (await this.store(all)).forEach((result, position) => {
      if (result.status === 'fulfilled') stored.set(position, result.value);
      else results[position] = result;
    });
    const positions = [...stored.keys()];
    const indexed = await this.writes.time('elasticsearch', () =>
      this.search.upsert(positions.map((position) => all[position])),
    );
    for (const [n, position] of positions.entries()) {
      results[position] = await this.settle(all[position], stored.get(position) ?? 'stale', indexed[n]);
    }
    return results;
  }

  /** One statement for the batch; a row PostgreSQL refuses fails it whole, so then one by one. */
  private async store(articles: ClassifiedArticle[]): Promise<PromiseSettledResult<ArticleWrite>[]> {
    try {
      const written = await this.writes.time('postgresql', () => this.articles.upsertMany(articles));
      return written.map(({ outcome }) => ({ status: 'fulfilled', value: outcome }));
    } catch (reason) {
      if (articles.length === 1) return [{ status: 'rejected', reason }];
      const results: PromiseSettledResult<ArticleWrite>[] = [];
      for (const article of articles) results.push(...(await this.store([article])));
      return results;
    }
  }

  private async settle(
    article: ClassifiedArticle,
    stored: ArticleWrite,
    indexed: SearchWriteResult,
  ): Promise<PromiseSettledResult<IndexOutcome>> {
    const failure = searchWriteFailure(indexed);
    if (failure) return failure;
    if (indexed.outcome === 'written') this.freshness.searchable(article.receivedAt);
    const outcome = stored === 'written' || indexed.outcome === 'written' ? 'written' : 'stale';
    if (outcome === 'stale') await this.reportStale(article);
    return { status: 'fulfilled', value: outcome };
  }

  /** A correction is never dropped silently: both versions are logged, so a pinned article shows up. */
  private async reportStale(article: ClassifiedArticle): Promise<void> {
    this.metrics.count('indexer', 'skipped-stale');
    const stored = await this.articles.findById(article.id).catch(() => null);
    this.logger.warn(
      { id: article.id, version: article.version, storedVersion: stored?.version ?? null },
      'stale revision skipped: the stored version is newer or equal',
    );
  }
}
