import type { estypes } from '@elastic/elasticsearch';

import {
  FACET_FIELDS,
  type FacetName,
  MATCHED_ORIGINAL,
  MATCHED_TRANSLATION,
  PUBLISHED_RANGES,
} from './article-search-query';

export interface ArticleSearchHit {
  id: string;
  title: string | null;
  /** HTML-escaped headline with <mark> around matches, or null when nothing in it matched. */
  titleHighlight: string | null;
  /** HTML-escaped body excerpt in which only the <mark> tags around matches are markup. */
  snippet: string;
  source: string;
  url: string | null;
  language: string;
  countries: string[];
  topics: string[];
  people: string[];
  organisations: string[];
  publishedAt: string | null;
  receivedAt: string;
  storyId: string;
  /** Languages the article has been translated into so far. */
  translations: string[];
  /** True when the words matched only a translation, not the article's own text; the snippet is then translated text. */
  matchedTranslation: boolean;
  /** With story collapse: how many other reports the story has (GET /v1/stories/:id lists them). */
  moreReports?: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export type PublishedRange = (typeof PUBLISHED_RANGES)[number]['key'];

export interface ArticleSearchResult {
  total: number;
  stories: number;
  page: number;
  size: number;
  items: ArticleSearchHit[];
  facets: Record<FacetName, FacetCount[]> & { published: { value: PublishedRange; from: string; count: number }[] };
}

interface SourceFields {
  id: string;
  title: string | null;
  source: string;
  url?: string | null;
  language: string;
  countries?: string[];
  subjects?: string[];
  people?: string[];
  organisations?: string[];
  published_at: string | null;
  received_at: string;
  story_id: string;
  translation_languages?: string[];
}

type Aggregations = Record<string, estypes.AggregationsAggregate>;

function facet(aggregations: Aggregations | undefined, name: FacetName): FacetCount[] {
  const buckets = (aggregations?.[name] as estypes.AggregationsStringTermsAggregate | undefined)?.buckets;
  return Array.isArray(buckets)
    ? buckets.map((bucket) => ({ value: String(bucket.key), count: bucket.doc_count }))
    : [];
}

function publishedFacet(aggregations: Aggregations | undefined) {
  const buckets = (aggregations?.['published'] as estypes.AggregationsDateRangeAggregate | undefined)?.buckets;
  if (!Array.isArray(buckets)) return [];
  // Elasticsearch answers date ranges ordered by their start (year first), so each is found by its key.
  return PUBLISHED_RANGES.flatMap(({ key }) => {
    const bucket = buckets.find((candidate) => candidate.key === key);
    return bucket ? [{ value: key, from: bucket.from_as_string ?? '', count: bucket.doc_count }] : [];
  });
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
      const matched = (hit.matched_queries as string[] | undefined) ?? [];
      const matchedTranslation = matched.includes(MATCHED_TRANSLATION) && !matched.includes(MATCHED_ORIGINAL);
      const translated = matchedTranslation ? hit.highlight?.['translated_body']?.[0] : undefined;
      return {
        id: source.id,
        title: source.title,
        titleHighlight: hit.highlight?.['title']?.[0] ?? null,
        snippet: translated ?? hit.highlight?.['body']?.[0] ?? '',
        source: source.source,
        url: source.url ?? null,
        language: source.language,
        countries: source.countries ?? [],
        topics: source.subjects ?? [],
        people: source.people ?? [],
        organisations: source.organisations ?? [],
        publishedAt: source.published_at,
        receivedAt: source.received_at,
        storyId: source.story_id,
        translations: source.translation_languages ?? [],
        matchedTranslation,
      };
    }),
    facets: {
      ...(Object.fromEntries(
        (Object.keys(FACET_FIELDS) as FacetName[]).map((name) => [name, facet(aggregations, name)]),
      ) as Record<FacetName, FacetCount[]>),
      published: publishedFacet(aggregations),
    },
  };
}

/** Adds each collapsed hit's count of other reports, from the story report count query's buckets. */
export function withStoryReportCounts(
  result: ArticleSearchResult,
  response: estypes.SearchResponse<unknown>,
): ArticleSearchResult {
  const buckets = (response.aggregations?.['reports'] as estypes.AggregationsStringTermsAggregate | undefined)?.buckets;
  const counts = new Map(
    (Array.isArray(buckets) ? buckets : []).map((bucket) => [String(bucket.key), bucket.doc_count]),
  );
  return {
    ...result,
    items: result.items.map((item) => ({ ...item, moreReports: Math.max((counts.get(item.storyId) ?? 1) - 1, 0) })),
  };
}
