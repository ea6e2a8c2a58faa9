import { toArticleSearchResult, withStoryReportCounts } from './article-search-result';

function oneHit(hit: Record<string, unknown>) {
  return toArticleSearchResult(
    {
      took: 1,
      timed_out: false,
      _shards: { total: 1, successful: 1, failed: 0 },
      hits: {
        total: { value: 1, relation: 'eq' },
        hits: [
          {
            _index: 'i',
            _id: 'a1',
            _source: {
              id: 'a1',
              title: 'T',
              source: 'wire',
              language: 'uk',
              received_at: '2026-12-01T10:00:00Z',
              story_id: 's1',
              translation_languages: ['ru'],
            },
            ...hit,
          },
        ],
      },
    } as never,
    1,
    10,
  ).items[0];
}

describe('a hit and its translations', () => {
  const highlight = { body: ['своє <mark>слово</mark>'], translated_body: ['в <mark>понедельник</mark>'] };

  it('says when the words matched only a translation, and shows the translated words', () => {
    const hit = oneHit({ matched_queries: ['translation'], highlight });
    expect(hit).toMatchObject({
      matchedTranslation: true,
      translations: ['ru'],
      snippet: 'в <mark>понедельник</mark>',
    });
  });

  it('shows the original when the original matched too', () => {
    const hit = oneHit({ matched_queries: ['original', 'translation'], highlight });
    expect(hit).toMatchObject({ matchedTranslation: false, snippet: 'своє <mark>слово</mark>' });
  });
});

describe('toArticleSearchResult', () => {
  it('maps hits, highlight, totals and facets', () => {
    const result = toArticleSearchResult(
      {
        took: 1,
        timed_out: false,
        _shards: { total: 1, successful: 1, failed: 0 },
        hits: {
          total: { value: 1, relation: 'eq' },
          hits: [
            {
              _index: 'i',
              _id: 'a1',
              _source: {
                id: 'a1',
                title: 'T',
                source: 'wire',
                language: 'uk',
                countries: ['KZ'],
                published_at: null,
                received_at: '2026-12-01T10:00:00.000Z',
                story_id: 's1',
              },
              highlight: { body: ['про <mark>Токаєва</mark> &amp; ООН'] },
            },
          ],
        },
        aggregations: {
          languages: { buckets: [{ key: 'uk', doc_count: 1 }] },
          countries: { buckets: [{ key: 'KZ', doc_count: 1 }] },
          published: {
            buckets: [
              { key: 'year', from_as_string: '2025-12-01T10:00:00.000Z', doc_count: 3 },
              { key: 'month', from_as_string: '2026-11-01T10:00:00.000Z', doc_count: 2 },
              { key: 'week', from_as_string: '2026-11-24T10:00:00.000Z', doc_count: 2 },
              { key: 'day', from_as_string: '2026-11-30T10:00:00.000Z', doc_count: 1 },
            ],
          },
          stories: { value: 1 },
        },
      } as never,
      1,
      10,
    );
    expect(result).toEqual({
      total: 1,
      stories: 1,
      page: 1,
      size: 10,
      items: [
        {
          id: 'a1',
          title: 'T',
          titleHighlight: null,
          snippet: 'про <mark>Токаєва</mark> &amp; ООН',
          source: 'wire',
          url: null,
          language: 'uk',
          countries: ['KZ'],
          topics: [],
          people: [],
          organisations: [],
          publishedAt: null,
          receivedAt: '2026-12-01T10:00:00.000Z',
          storyId: 's1',
          translations: [],
          matchedTranslation: false,
        },
      ],
      facets: {
        languages: [{ value: 'uk', count: 1 }],
        countries: [{ value: 'KZ', count: 1 }],
        topics: [],
        people: [],
        organisations: [],
        organisationCategories: [],
        sources: [],
        published: [
          { value: 'day', from: '2026-11-30T10:00:00.000Z', count: 1 },
          { value: 'week', from: '2026-11-24T10:00:00.000Z', count: 2 },
          { value: 'month', from: '2026-11-01T10:00:00.000Z', count: 2 },
          { value: 'year', from: '2025-12-01T10:00:00.000Z', count: 3 },
        ],
      },
    });
  });

  it('adds how many other reports each collapsed story has', () => {
    const hit = (id: string, storyId: string) => ({ id, storyId }) as never;
    const counted = withStoryReportCounts(
      { total: 2, stories: 2, page: 1, size: 10, items: [hit('a1', 's1'), hit('a2', 's2')], facets: {} as never },
      { aggregations: { reports: { buckets: [{ key: 's1', doc_count: 3 }] } } } as never,
    );
    expect(counted.items.map((item) => item.moreReports)).toEqual([2, 0]);
  });
});
