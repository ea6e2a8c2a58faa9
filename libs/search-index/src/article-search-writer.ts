import type { Client } from '@elastic/elasticsearch';
import { Inject, Injectable } from '@nestjs/common';
import type { ClassifiedArticle } from '@newsflow/contracts';

import { ArticleWriteTargets, combineTargets } from './article-write-targets';
import { bulkItemOutcome, type SearchWriteOutcome, type SearchWriteResult } from './bulk-item-outcome';
import { externalVersion } from './external-version';
import { toSearchDocument } from './search-document';
import { ELASTICSEARCH } from './search-index.tokens';
import { SEARCH_INDEX_OPTIONS, type SearchIndexOptions } from './search-index-options';

/** The article is written once any target took it; see combineTargets. */
const OUTCOME_PRECEDENCE: SearchWriteOutcome[] = ['rejected', 'transient', 'written', 'stale'];

/**
 * Indexes through the Bulk API with the article version and classifier revision as an external
 * version: Elasticsearch itself refuses an equal or older one, so redelivery and reordering cannot
 * regress a document, while a re-classification replaces it.
 * During a reindex each article goes to the new index too (ArticleWriteTargets).
 */
@Injectable()
export class ArticleSearchWriter {
  private readonly targets: ArticleWriteTargets;

  constructor(
    @Inject(ELASTICSEARCH) private readonly client: Client,
    @Inject(SEARCH_INDEX_OPTIONS) options: SearchIndexOptions,
  ) {
    this.targets = new ArticleWriteTargets(client, options.indexPrefix);
  }

  /**
   * One bulk request for the batch; the outcome of each article in the order given, so that only a
   * failed one is retried or dead-lettered. A failure of the whole request throws.
   */
  async upsert(articles: ClassifiedArticle[]): Promise<SearchWriteResult[]> {
    if (articles.length === 0) return [];
    const indices = await this.targets.current();
    const operations = articles.flatMap((article) => {
      const document = toSearchDocument(article);
      return indices.flatMap((index) => [
        {
          index: {
            _index: index,
            _id: article.id,
            version: externalVersion(article),
            version_type: 'external' as const,
          },
        },
        document,
      ]);
    });
    const response = await this.client.bulk({ operations });
    return articles.map((article, position) => {
      const items = response.items.slice(position * indices.length, (position + 1) * indices.length);
      return combineTargets(
        indices.map((_, target) => bulkItemOutcome(article.id, items[target]?.index)),
        OUTCOME_PRECEDENCE,
      );
    });
  }
}
