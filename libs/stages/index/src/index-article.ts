import { Injectable, Logger } from '@nestjs/common';
import { ArticleRepository } from '@newsflow/article-store';
import type { ClassifiedArticle } from '@newsflow/contracts';
import { FreshnessMetrics, StageMetrics, StoreWriteMetrics } from '@newsflow/observability';
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
    private readonly writes: StoreWriteMetrics,
    private readonly freshness: FreshnessMetrics,
  ) {}

  async execute(commands: IndexCommand[]): Promise<PromiseSettledResult<IndexOutcome>[]> {
    const results: PromiseSettledResult<IndexOutcome>[] = [];
    const stored = new Map<number, 'written' | 'stale'>();
    for (const [position, { article }] of commands.entries()) {
      try {
        stored.set(position, await this.writes.time('postgresql', () => this.articles.upsert(article)));
      } catch (reason) {
        results[position] = { status: 'rejected', reason };
      }
    }
    const positions = [...stored.keys()];
    const indexed = await this.writes.time('elasticsearch', () =>
      this.search.upsert(positions.map((position) => commands[position].article)),
    );
    positions.forEach((position, n) => {
      const { article } = commands[position];
      if (indexed[n] === 'written') this.freshness.searchable(article.receivedAt);
      const outcome = stored.get(position) === 'written' || indexed[n] === 'written' ? 'written' : 'stale';
      if (outcome === 'stale') {
        this.metrics.count('indexer', 'skipped-stale');
        this.logger.log(
          { id: article.id, version: article.version },
          'stale revision: a newer or equal version is stored',
        );
      }
      results[position] = { status: 'fulfilled', value: outcome };
    });
    return results;
  }
}
