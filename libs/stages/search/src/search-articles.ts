import { Injectable } from '@nestjs/common';
import { analyseSearchQuery } from '@newsflow/article-text';
import {
  ArticleSearch,
  type ArticleSearchRequest,
  type ArticleSearchResult,
  queryNameKeys,
} from '@newsflow/search-index';

import { labelFacets, type LabelledFacets } from './labelled-facets';
import type { ArrivalsQuery, SearchQuery } from './search-query.schema';

export type LabelledSearchResult = Omit<ArticleSearchResult, 'facets'> & {
  facets: LabelledFacets;
};

/** Analyses the editor's words the way the pipeline analysed the articles, into a search request. */
export function toSearchRequest(
  query: ArrivalsQuery & Partial<Pick<SearchQuery, 'page' | 'size' | 'sort' | 'collapse'>>,
): ArticleSearchRequest {
  const terms = query.q?.trim() ? analyseSearchQuery(query.q) : { stems: [], translit: [] };
  return {
    text: query.q,
    stems: terms.stems,
    translit: terms.translit,
    nameKeys: query.q?.trim() ? queryNameKeys(query.q) : [],
    language: query.lang,
    country: query.country,
    topic: query.topic,
    person: query.person,
    organisation: query.organisation,
    source: query.source,
    story: query.story,
    publishedFrom: query.from,
    publishedTo: query.to,
    page: query.page ?? 1,
    size: query.size ?? 10,
    sort: query.sort,
    collapseStories: query.collapse === 'story',
  };
}

@Injectable()
export class SearchArticles {
  constructor(private readonly search: ArticleSearch) {}

  async execute(query: SearchQuery): Promise<LabelledSearchResult> {
    const result = await this.search.search(toSearchRequest(query));
    return { ...result, facets: labelFacets(result.facets, query.locale) };
  }
}
