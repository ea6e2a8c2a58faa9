import { Injectable } from '@nestjs/common';
import { ArticleRepository } from '@newsflow/article-store';
import type { ClassifiedArticle } from '@newsflow/contracts';
import type { ConsumedEvent } from '@newsflow/messaging';
import { StageMetrics } from '@newsflow/observability';
import { ArticleSearchWriter } from '@newsflow/search-index';

export type IndexOutcome = 'written' | 'stale';

/**
 * Stores the article in PostgreSQL, the source of truth, then in Elasticsearch. Both writes are
 * version-guarded, so the search write is attempted even when PostgreSQL already has this
 * version: that repairs a document lost when a previous attempt stopped between the two.
 */
@Injectable()
export class IndexArticle {
  constructor(
    private readonly articles: ArticleRepository,
    private readonly search: ArticleSearchWriter,
    private readonly metrics: StageMetrics,
  ) {}

  async execute(event: ConsumedEvent<ClassifiedArticle>): Promise<IndexOutcome> {
    const stored = await this.articles.upsert(event.payload);
    const [indexed] = await this.search.upsert([event.payload]);
    const outcome = stored === 'written' || indexed === 'written' ? 'written' : 'stale';
    if (outcome === 'stale') this.metrics.count('indexer', 'skipped-stale');
    return outcome;
  }
}
