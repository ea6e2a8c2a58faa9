import { Injectable } from '@nestjs/common';
import { analyseSearchQuery } from '@newsflow/article-text';
import { ArticleSearch, type ArticleSearchResult } from '@newsflow/search-index';

import type { SearchQuery } from './search-query.schema';

/** Analyses the editor's words the way the pipeline analysed the articles, then searches. */
@Injectable()
export class SearchArticles {
  constructor(private readonly search: ArticleSearch) {}

  async execute(query: SearchQuery): Promise<ArticleSearchResult> {
    const terms = query.q?.trim() ? analyseSearchQuery(query.q) : { stems: [], translit: [] };
    return this.search.search({
      text: query.q,
      stems: terms.stems,
      translit: terms.translit,
      language: query.lang,
      country: query.country,
      topic: query.topic,
      person: query.person,
      organisation: query.organisation,
      page: query.page,
      size: query.size,
      collapseStories: query.collapse === 'story',
    });
  }
}
