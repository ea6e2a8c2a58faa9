import type { estypes } from '@elastic/elasticsearch';

export type ArticleSort = 'newest' | 'relevance';

/** Filters an editor combines; each narrows the results and the facet counts alike. */
export interface ArticleFilters {
  language?: string;
  country?: string;
  topic?: string;
  person?: string;
  organisation?: string;
  source?: string;
  /** The reports of one story only. */
  story?: string;
  /** Published-date range, inclusive, as ISO dates or date-times. */
  publishedFrom?: string;
  publishedTo?: string;
}

export interface ArticleSearchRequest extends ArticleFilters {
  /** The words as the editor typed them. */
  text?: string;
  /** The same words analysed as the pipeline analyses bodies: stems and Latin transliterations. */
  stems: string[];
  translit: string[];
  /** Spelling-blind keys of the typed words (queryNameKeys: the readings of each word), so that any romanisation of a name finds it. */
  nameKeys?: string[][];
  page: number;
  size: number;
  /** Relevance by default when words are typed, else newest. */
  sort?: ArticleSort;
  /** One hit per story: the copies of a wire story do not flood the results. */
  collapseStories: boolean;
}

const FACET_SIZES = {
  languages: 20,
  countries: 50,
  topics: 30,
  people: 20,
  organisations: 20,
  organisationCategories: 10,
  sources: 30,
} as const;
const FACET_FIELDS = {
  languages: 'language',
  countries: 'countries',
  topics: 'subjects',
  people: 'people',
  organisations: 'organisations',
  organisationCategories: 'organisation_categories',
  sources: 'source',
} as const;
export type FacetName = keyof typeof FACET_FIELDS;

/** Published-date buckets an editor picks from; their counts come with every search. */
export const PUBLISHED_RANGES = [
  { key: 'day', from: 'now-1d' },
  { key: 'week', from: 'now-7d' },
  { key: 'month', from: 'now-30d' },
  { key: 'year', from: 'now-365d' },
] as const;

const NEWEST_FIRST: estypes.SortCombinations[] = [
  { published_at: { order: 'desc', missing: '_last' } },
  { received_at: { order: 'desc' } },
];

const SOURCE_FIELDS = [
  'id',
  'title',
  'source',
  'url',
  'language',
  'countries',
  'subjects',
  'people',
  'organisations',
  'published_at',
  'received_at',
  'story_id',
  'translation_languages',
];

/** The clauses for one set of fields: the words as typed, then their stems and transliterations. */
function wordClauses(
  request: ArticleSearchRequest,
  text: string,
  fields: { title: string; body: string; stems: string; translit: string; nameKeys?: string },
): estypes.QueryDslQueryContainer[] {
  // Each typed word must match in some form; a word expands into several stem or transliteration
  // variants, so requiring as many matches as words keeps multi-word queries precise.
  const words = Math.min(text.split(/\s+/).length, 8);
  const should: estypes.QueryDslQueryContainer[] = [
    { multi_match: { query: text, fields: [`${fields.title}^3`, fields.body], operator: 'and' } },
  ];
  if (request.stems.length > 0) {
    should.push({
      match: { [fields.stems]: { query: request.stems.join(' '), minimum_should_match: String(words), boost: 0.8 } },
    });
  }
  if (request.translit.length > 0) {
    should.push({
      match: {
        [fields.translit]: { query: request.translit.join(' '), minimum_should_match: String(words), boost: 0.6 },
      },
    });
  }
  const nameKeys = (request.nameKeys ?? []).slice(0, 8);
  if (fields.nameKeys && nameKeys.length > 0) {
    // Each word through one of its exact keys, weighted below every spelling-faithful form: a name typed as
    // written still ranks first.
    const field = fields.nameKeys;
    should.push({
      bool: { must: nameKeys.map((readings) => ({ terms: { [field]: readings } })), boost: 0.4 },
    });
  }
  return should;
}

/** Named, so that a hit says whether it matched in its own language or only through a translation. */
export const MATCHED_ORIGINAL = 'original';
export const MATCHED_TRANSLATION = 'translation';

function textQuery(request: ArticleSearchRequest): estypes.QueryDslQueryContainer {
  const text = request.text?.trim();
  if (!text) return { match_all: {} };
  const original = wordClauses(request, text, {
    title: 'title',
    body: 'body',
    stems: 'stems',
    translit: 'translit',
    nameKeys: 'name_keys',
  });
  const translated = wordClauses(request, text, {
    title: 'translated_title',
    body: 'translated_body',
    stems: 'translated_stems',
    translit: 'translated_translit',
  });
  return {
    bool: {
      should: [
        { bool: { should: original, minimum_should_match: 1, _name: MATCHED_ORIGINAL } },
        { bool: { should: translated, minimum_should_match: 1, boost: 0.5, _name: MATCHED_TRANSLATION } },
      ],
      minimum_should_match: 1,
    },
  };
}

/** A bare date as the upper bound means the whole of that day: Elasticsearch rounds `||/d` up for lte. */
const wholeDay = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}||/d` : date);

/**
 * What a reader may see: never a withdrawn article, nor one whose embargo is still ahead. The
 * embargo is compared with Elasticsearch's own `now`, so an article becomes searchable at its
 * time without a new write. Kept as a document with a status rather than deleted, so the external
 * version still guards it: an older version arriving after a kill cannot bring it back.
 */
export const PUBLISHED_NOW: estypes.QueryDslQueryContainer[] = [
  { bool: { must_not: [{ term: { pub_status: 'withdrawn' } }, { range: { embargoed_until: { gt: 'now' } } }] } },
];

export function articleFilters(request: ArticleFilters): estypes.QueryDslQueryContainer[] {
  const terms: [string, string | undefined][] = [
    ['language', request.language],
    ['countries', request.country],
    ['subjects', request.topic],
    ['people', request.person],
    ['organisations', request.organisation],
    ['source', request.source],
    ['story_id', request.story],
  ];
  const filters: estypes.QueryDslQueryContainer[] = [
    ...PUBLISHED_NOW,
    ...terms.filter(([, value]) => value !== undefined).map(([field, value]) => ({ term: { [field]: value } })),
  ];
  if (request.publishedFrom || request.publishedTo) {
    filters.push({
      range: {
        published_at: {
          ...(request.publishedFrom ? { gte: request.publishedFrom } : {}),
          ...(request.publishedTo ? { lte: wholeDay(request.publishedTo) } : {}),
        },
      },
    });
  }
  return filters;
}

/** The query itself, shared by the search and by the count of articles arrived since. */
export function articleMatchQuery(request: ArticleSearchRequest): estypes.QueryDslQueryContainer {
  return { bool: { must: [textQuery(request)], filter: articleFilters(request) } };
}

function sortOrder(request: ArticleSearchRequest): estypes.SortCombinations[] {
  const sort = request.sort ?? (request.text?.trim() ? 'relevance' : 'newest');
  return sort === 'relevance' ? ['_score', ...NEWEST_FIRST] : NEWEST_FIRST;
}

export function articleSearchQuery(index: string, request: ArticleSearchRequest): estypes.SearchRequest {
  return {
    index,
    from: (request.page - 1) * request.size,
    size: request.size,
    track_total_hits: true,
    _source: SOURCE_FIELDS,
    query: articleMatchQuery(request),
    sort: sortOrder(request),
    highlight: {
      encoder: 'html',
      pre_tags: ['<mark>'],
      post_tags: ['</mark>'],
      fields: {
        body: { fragment_size: 200, number_of_fragments: 1, no_match_size: 200 },
        title: { number_of_fragments: 0 },
        // For a hit found only through a translation, the translated words show where it matched.
        translated_body: { fragment_size: 200, number_of_fragments: 1 },
        translated_title: { number_of_fragments: 1, fragment_size: 300 },
      },
    },
    ...(request.collapseStories ? { collapse: { field: 'story_id' } } : {}),
    aggs: {
      ...Object.fromEntries(
        Object.entries(FACET_FIELDS).map(([name, field]) => [
          name,
          { terms: { field, size: FACET_SIZES[name as FacetName] } },
        ]),
      ),
      published: {
        date_range: { field: 'published_at', keyed: false, ranges: PUBLISHED_RANGES.map((r) => ({ ...r })) },
      },
      stories: { cardinality: { field: 'story_id' } },
    },
  };
}

/**
 * How many matching reports each story on a page of collapsed results has. A second, cheap request
 * (the same search restricted to at most a page of stories) instead of inner hits, which would run
 * one more search per hit.
 */
export function storyReportCountQuery(
  index: string,
  request: ArticleSearchRequest,
  storyIds: string[],
): estypes.SearchRequest {
  const match = articleMatchQuery(request) as { bool: { must: estypes.QueryDslQueryContainer[] } };
  return {
    index,
    size: 0,
    query: { bool: { must: match.bool.must, filter: [...articleFilters(request), { terms: { story_id: storyIds } }] } },
    aggs: { reports: { terms: { field: 'story_id', size: storyIds.length } } },
  };
}

export { FACET_FIELDS };
