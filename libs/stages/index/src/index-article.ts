import { Injectable, Logger } from '@nestjs/common';
import { ArticleRepository } from '@newsflow/article-store';
import type { ClassifiedArticle } from '@newsflow/contracts';
import { StageMetrics } from '@newsflow/observability';
import { ArticleSearchWriter } from '@newsflow/search-index';

export type IndexOutcome = 'written' | 'stale';

export interface IndexCommand {
  article: ClassifiedArticle;
}

/**
 * Stores articles in PostgreSQL, the source of truth, then in Elasticsearch with one bulk request.
 * Both writes are version-guarded, so the search write is attempted even when PostgreSQL already
 * has a version: that repairs a document lost when a previous attempt stopped between the two.
 * A failure of the whole bulk request is thrown, so the transport can retry or isolate it.
 */
@Injectable()
export class IndexArticles {
  private readonly logger = new Logger(IndexArticles.name);

  constructor(
    private readonly articles: ArticleRepository,
    private readonly search: ArticleSearchWriter,
    private readonly metrics: StageMetrics,
  ) {}

  async execute(commands: IndexCommand[]): Promise<PromiseSettledResult<IndexOutcome>[]> {
    const results: PromiseSettledResult<IndexOutcome>[] = [];
    const stored = new Map<number, 'written' | 'stale'>();
    for (const [position, { article }] of commands.entries()) {
      try {
        stored.set(position, await this.articles.upsert(article));
      } catch (reason) {
        results[position] = { status: 'rejected', reason };
      }
    }
    const positions = [...stored.keys()];
    const indexed = await this.search.upsert(positions.map((position) => commands[position].article));
    for (const [n, position] of positions.entries()) {
      const { article } = commands[position];
      const outcome = stored.get(position) === 'written' || indexed[n] === 'written' ? 'written' : 'stale';
      if (outcome === 'stale') await this.reportStale(article);
      results[position] = { status: 'fulfilled', value: outcome };
    }
    return results;
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
