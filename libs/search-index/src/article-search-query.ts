import type { estypes } from '@elastic/elasticsearch';

export interface ArticleSearchRequest {
  /** The words as the editor typed them. */
  text?: string;
  /** The same words analysed as the pipeline analyses bodies: stems and Latin transliterations. */
  stems: string[];
  translit: string[];
  language?: string;
  country?: string;
  topic?: string;
  person?: string;
  organisation?: string;
  page: number;
  size: number;
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
} as const;
const FACET_FIELDS = {
  languages: 'language',
  countries: 'countries',
  topics: 'subjects',
  people: 'people',
  organisations: 'organisations',
  organisationCategories: 'organisation_categories',
} as const;
export type FacetName = keyof typeof FACET_FIELDS;

const NEWEST_FIRST: estypes.SortCombinations = { published_at: { order: 'desc', missing: '_last' } };

const SOURCE_FIELDS = [
  'id',
  'title',
  'language',
  'countries',
  'subjects',
  'people',
  'organisations',
  'published_at',
  'story_id',
];

function textQuery(request: ArticleSearchRequest): estypes.QueryDslQueryContainer {
  const text = request.text?.trim();
  if (!text) return { match_all: {} };
  // Each typed word must match in some form; a word expands into several stem or transliteration
  // variants, so requiring as many matches as words keeps multi-word queries precise.
  const words = Math.min(text.split(/\s+/).length, 8);
  const should: estypes.QueryDslQueryContainer[] = [
    { multi_match: { query: text, fields: ['title^3', 'body'], operator: 'and' } },
  ];
  if (request.stems.length > 0) {
    should.push({
      match: { stems: { query: request.stems.join(' '), minimum_should_match: String(words), boost: 0.8 } },
    });
  }
  if (request.translit.length > 0) {
    should.push({
      match: { translit: { query: request.translit.join(' '), minimum_should_match: String(words), boost: 0.6 } },
    });
  }
  return { bool: { should, minimum_should_match: 1 } };
}

function filters(request: ArticleSearchRequest): estypes.QueryDslQueryContainer[] {
  const terms: [string, string | undefined][] = [
    ['language', request.language],
    ['countries', request.country],
    ['subjects', request.topic],
    ['people', request.person],
    ['organisations', request.organisation],
  ];
  return terms.filter(([, value]) => value !== undefined).map(([field, value]) => ({ term: { [field]: value } }));
}

export function articleSearchQuery(index: string, request: ArticleSearchRequest): estypes.SearchRequest {
  const hasText = Boolean(request.text?.trim());
  return {
    index,
    from: (request.page - 1) * request.size,
    size: request.size,
    track_total_hits: true,
    _source: SOURCE_FIELDS,
    query: { bool: { must: [textQuery(request)], filter: filters(request) } },
    sort: hasText ? ['_score', NEWEST_FIRST] : [NEWEST_FIRST, { received_at: { order: 'desc' } }],
    highlight: {
      encoder: 'html',
      pre_tags: ['<mark>'],
      post_tags: ['</mark>'],
      fields: { body: { fragment_size: 200, number_of_fragments: 1, no_match_size: 200 } },
    },
    ...(request.collapseStories ? { collapse: { field: 'story_id' } } : {}),
    aggs: {
      ...Object.fromEntries(
        Object.entries(FACET_FIELDS).map(([name, field]) => [
          name,
          { terms: { field, size: FACET_SIZES[name as FacetName] } },
        ]),
      ),
      stories: { cardinality: { field: 'story_id' } },
    },
  };
}

export { FACET_FIELDS };
