import type { Client } from '@elastic/elasticsearch';
import { Inject, Injectable } from '@nestjs/common';

import { articleSearchQuery, type ArticleSearchRequest, storyReportCountQuery } from './article-search-query';
import { type ArticleSearchResult, toArticleSearchResult, withStoryReportCounts } from './article-search-result';
import { ELASTICSEARCH } from './search-index.tokens';
import { articleAlias, SEARCH_INDEX_OPTIONS, type SearchIndexOptions } from './search-index-options';

@Injectable()
export class ArticleSearch {
  constructor(
    @Inject(ELASTICSEARCH) private readonly client: Client,
    @Inject(SEARCH_INDEX_OPTIONS) private readonly options: SearchIndexOptions,
  ) {}

  async search(request: ArticleSearchRequest): Promise<ArticleSearchResult> {
    const index = articleAlias(this.options.indexPrefix);
    const response = await this.client.search(articleSearchQuery(index, request));
    const result = toArticleSearchResult(response as never, request.page, request.size);
    if (!request.collapseStories || result.items.length === 0) return result;
    const stories = [...new Set(result.items.map((item) => item.storyId))];
    return withStoryReportCounts(result, await this.client.search(storyReportCountQuery(index, request, stories)));
  }
}
