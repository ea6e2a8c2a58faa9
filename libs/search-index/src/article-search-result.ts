import type { estypes } from '@elastic/elasticsearch';

import { FACET_FIELDS, type FacetName } from './article-search-query';

export interface ArticleSearchHit {
  id: string;
  title: string | null;
  /** HTML-escaped body excerpt in which only the <mark> tags around matches are markup. */
  snippet: string;
  language: string;
  countries: string[];
  topics: string[];
  people: string[];
  organisations: string[];
  publishedAt: string | null;
  storyId: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface ArticleSearchResult {
  total: number;
  stories: number;
  page: number;
  size: number;
  items: ArticleSearchHit[];
  facets: Record<FacetName, FacetCount[]>;
}

interface SourceFields {
  id: string;
  title: string | null;
  language: string;
  countries?: string[];
  subjects?: string[];
  people?: string[];
  organisations?: string[];
  published_at: string | null;
  story_id: string;
}

type Aggregations = Record<string, estypes.AggregationsAggregate>;

function facet(aggregations: Aggregations | undefined, name: FacetName): FacetCount[] {
  const buckets = (aggregations?.[name] as estypes.AggregationsStringTermsAggregate | undefined)?.buckets;
  return Array.isArray(buckets)
    ? buckets.map((bucket) => ({ value: String(bucket.key), count: bucket.doc_count }))
    : [];
}

export function toArticleSearchResult(
  response: estypes.SearchResponse<SourceFields>,
  page: number,
  size: number,
): ArticleSearchResult {
  const total = response.hits.total;
  const aggregations = response.aggregations as Aggregations | undefined;
  return {
    total: typeof total === 'number' ? total : (total?.value ?? 0),
    stories: (aggregations?.['stories'] as estypes.AggregationsCardinalityAggregate | undefined)?.value ?? 0,
    page,
    size,
    items: response.hits.hits.map((hit) => {
      const source = hit._source as SourceFields;
      return {
        id: source.id,
        title: source.title,
        snippet: hit.highlight?.['body']?.[0] ?? '',
        language: source.language,
        countries: source.countries ?? [],
        topics: source.subjects ?? [],
        people: source.people ?? [],
        organisations: source.organisations ?? [],
        publishedAt: source.published_at,
        storyId: source.story_id,
      };
    }),
    facets: Object.fromEntries(
      (Object.keys(FACET_FIELDS) as FacetName[]).map((name) => [name, facet(aggregations, name)]),
    ) as Record<FacetName, FacetCount[]>,
  };
}
