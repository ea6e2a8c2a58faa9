import type { Client } from '@elastic/elasticsearch';
import { Inject, Injectable } from '@nestjs/common';

import { articleSearchQuery, type ArticleSearchRequest } from './article-search-query';
import { type ArticleSearchResult, toArticleSearchResult } from './article-search-result';
import { ELASTICSEARCH } from './search-index.tokens';
import { articleAlias, SEARCH_INDEX_OPTIONS, type SearchIndexOptions } from './search-index-options';

@Injectable()
export class ArticleSearch {
  constructor(
    @Inject(ELASTICSEARCH) private readonly client: Client,
    @Inject(SEARCH_INDEX_OPTIONS) private readonly options: SearchIndexOptions,
  ) {}

  async search(request: ArticleSearchRequest): Promise<ArticleSearchResult> {
    const response = await this.client.search(articleSearchQuery(articleAlias(this.options.indexPrefix), request));
    return toArticleSearchResult(response as never, request.page, request.size);
  }
}
