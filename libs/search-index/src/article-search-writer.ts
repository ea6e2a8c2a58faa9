import type { Client } from '@elastic/elasticsearch';
import { Inject, Injectable } from '@nestjs/common';
import type { ClassifiedArticle } from '@newsflow/contracts';

import { toSearchDocument } from './search-document';
import { ELASTICSEARCH } from './search-index.tokens';
import { articleAlias, SEARCH_INDEX_OPTIONS, type SearchIndexOptions } from './search-index-options';

export type SearchWrite = 'written' | 'stale';

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

  async upsert(articles: ClassifiedArticle[]): Promise<SearchWrite[]> {
    if (articles.length === 0) return [];
    const index = articleAlias(this.options.indexPrefix);
    const operations = articles.flatMap((article) => [
      { index: { _index: index, _id: article.id, version: article.version, version_type: 'external' as const } },
      toSearchDocument(article),
    ]);
    const response = await this.client.bulk({ operations });
    return response.items.map((item, position) => {
      const result = item.index;
      if (!result?.error) return 'written';
      if (result.status === 409) return 'stale';
      throw new Error(`indexing article ${articles[position].id} failed: ${result.error.type}: ${result.error.reason}`);
    });
  }
}
