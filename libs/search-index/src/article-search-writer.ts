import type { Client } from '@elastic/elasticsearch';
import { Inject, Injectable } from '@nestjs/common';
import type { ClassifiedArticle } from '@newsflow/contracts';

import { ArticleWriteTargets } from './article-write-targets';
import { toSearchDocument } from './search-document';
import { ELASTICSEARCH } from './search-index.tokens';
import { SEARCH_INDEX_OPTIONS, type SearchIndexOptions } from './search-index-options';

export type SearchWrite = 'written' | 'stale';

/**
 * Indexes through the Bulk API with the article version as an external version: Elasticsearch
 * itself refuses an equal or older version, so redelivery and reordering cannot regress a document.
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

  async upsert(articles: ClassifiedArticle[]): Promise<SearchWrite[]> {
    if (articles.length === 0) return [];
    const indices = await this.targets.current();
    const operations = articles.flatMap((article) => {
      const document = toSearchDocument(article);
      return indices.flatMap((index) => [
        { index: { _index: index, _id: article.id, version: article.version, version_type: 'external' as const } },
        document,
      ]);
    });
    const response = await this.client.bulk({ operations });
    return articles.map((article, position) => {
      const results = response.items.slice(position * indices.length, (position + 1) * indices.length);
      const failed = results.find((item) => item.index?.error && item.index.status !== 409)?.index;
      if (failed?.error) {
        throw new Error(`indexing article ${article.id} failed: ${failed.error.type}: ${failed.error.reason}`);
      }
      return results.some((item) => !item.index?.error) ? 'written' : 'stale';
    });
  }
}
