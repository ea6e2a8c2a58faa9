import type { Client } from '@elastic/elasticsearch';
import { Inject, Injectable } from '@nestjs/common';
import type { ClassifiedArticle } from '@newsflow/contracts';

import { bulkItemOutcome, type SearchWriteResult } from './bulk-item-outcome';
import { toSearchDocument } from './search-document';
import { ELASTICSEARCH } from './search-index.tokens';
import { articleAlias, SEARCH_INDEX_OPTIONS, type SearchIndexOptions } from './search-index-options';

/**
 * Indexes through the Bulk API with the article version as an external version: Elasticsearch
 * itself refuses an equal or older version, so redelivery and reordering cannot regress a document.
 */
@Injectable()
export class ArticleSearchWriter {
  constructor(
    @Inject(ELASTICSEARCH) private readonly client: Client,
    @Inject(SEARCH_INDEX_OPTIONS) private readonly options: SearchIndexOptions,
  ) {}

  /**
   * One bulk request for the batch; the outcome of each article in the order given, so that only a
   * failed one is retried or dead-lettered. A failure of the whole request throws.
   */
  async upsert(articles: ClassifiedArticle[]): Promise<SearchWriteResult[]> {
    if (articles.length === 0) return [];
    const index = articleAlias(this.options.indexPrefix);
    const operations = articles.flatMap((article) => [
      { index: { _index: index, _id: article.id, version: article.version, version_type: 'external' as const } },
      toSearchDocument(article),
    ]);
    const response = await this.client.bulk({ operations });
    return response.items.map((item, position) => bulkItemOutcome(articles[position].id, item.index));
  }
}
