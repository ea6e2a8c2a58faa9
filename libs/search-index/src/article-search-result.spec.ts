import { toArticleSearchResult } from './article-search-result';

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
              _source: { id: 'a1', title: 'T', language: 'uk', countries: ['KZ'], published_at: null, story_id: 's1' },
              highlight: { body: ['про <mark>Токаєва</mark> &amp; ООН'] },
            },
          ],
        },
        aggregations: {
          languages: { buckets: [{ key: 'uk', doc_count: 1 }] },
          countries: { buckets: [{ key: 'KZ', doc_count: 1 }] },
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
          snippet: 'про <mark>Токаєва</mark> &amp; ООН',
          language: 'uk',
          countries: ['KZ'],
          topics: [],
          people: [],
          organisations: [],
          publishedAt: null,
          storyId: 's1',
        },
      ],
      facets: {
        languages: [{ value: 'uk', count: 1 }],
        countries: [{ value: 'KZ', count: 1 }],
        topics: [],
        people: [],
        organisations: [],
        organisationCategories: [],
      },
    });
  });
});
