import {
  articleSearchQuery,
  type ArticleSearchRequest,
  PUBLISHED_NOW,
  storyReportCountQuery,
} from './article-search-query';

const request = (overrides: Partial<ArticleSearchRequest> = {}): ArticleSearchRequest => ({
  stems: [],
  translit: [],
  page: 1,
  size: 10,
  collapseStories: false,
  ...overrides,
});

describe('articleSearchQuery', () => {
  it('matches everything, newest first, when there is no text', () => {
    const query = articleSearchQuery('newsflow-articles', request());
    expect(query.query).toEqual({ bool: { must: [{ match_all: {} }], filter: PUBLISHED_NOW } });
    expect((query.sort as unknown[])[0]).toEqual({ published_at: { order: 'desc', missing: '_last' } });
  });

  it('searches the typed words, their stems and their transliteration, each required per word', () => {
    const query = articleSearchQuery(
      'a',
      request({ text: 'Токаєва референдум', stems: ['токаєв', 'референдум'], translit: ['tokaieva', 'referendum'] }),
    );
    type Named = { bool: { should: unknown[]; _name: string; boost?: number } };
    const [original, translated] = (query.query as { bool: { must: { bool: { should: Named[] } }[] } }).bool.must[0]
      .bool.should;
    expect(original.bool._name).toBe('original');
    expect(original.bool.should).toEqual([
      { multi_match: { query: 'Токаєва референдум', fields: ['title^3', 'body'], operator: 'and' } },
      { match: { stems: { query: 'токаєв референдум', minimum_should_match: '2', boost: 0.8 } } },
      { match: { translit: { query: 'tokaieva referendum', minimum_should_match: '2', boost: 0.6 } } },
    ]);
    expect(translated.bool._name).toBe('translation');
    expect(translated.bool.should).toEqual([
      {
        multi_match: {
          query: 'Токаєва референдум',
          fields: ['translated_title^3', 'translated_body'],
          operator: 'and',
        },
      },
      { match: { translated_stems: { query: 'токаєв референдум', minimum_should_match: '2', boost: 0.8 } } },
      { match: { translated_translit: { query: 'tokaieva referendum', minimum_should_match: '2', boost: 0.6 } } },
    ]);
    expect((query.sort as unknown[])[0]).toBe('_score');
  });

  it('requires each word through one of its name keys, below the other forms, in the original only', () => {
    const query = articleSearchQuery(
      'a',
      request({ text: 'Chodorkowski Moskau', nameKeys: [['Sodorkovsk', 'hodorkovsk'], ['moskau']] }),
    );
    type Named = { bool: { should: unknown[] } };
    const [original, translated] = (query.query as { bool: { must: { bool: { should: Named[] } }[] } }).bool.must[0]
      .bool.should;
    expect(original.bool.should).toContainEqual({
      bool: {
        must: [{ terms: { name_keys: ['Sodorkovsk', 'hodorkovsk'] } }, { terms: { name_keys: ['moskau'] } }],
        boost: 0.4,
      },
    });
    expect(JSON.stringify(translated)).not.toContain('name_keys');
  });

  it('turns facets into exact filters and pages by size', () => {
    const query = articleSearchQuery(
      'a',
      request({ language: 'uk', country: 'KZ', topic: 'medtop:11000000', page: 3, size: 20 }),
    );
    expect((query.query as { bool: { filter: unknown[] } }).bool.filter).toEqual([
      ...PUBLISHED_NOW,
      { term: { language: 'uk' } },
      { term: { countries: 'KZ' } },
      { term: { subjects: 'medtop:11000000' } },
    ]);
    expect(query.from).toBe(40);
    expect(query.size).toBe(20);
  });

  it('collapses copies of a story only when asked', () => {
    expect(articleSearchQuery('a', request()).collapse).toBeUndefined();
    expect(articleSearchQuery('a', request({ collapseStories: true })).collapse).toEqual({ field: 'story_id' });
  });

  it('counts the matching reports of a page of stories in one request', () => {
    expect(storyReportCountQuery('a', request({ country: 'KZ' }), ['s1', 's2'])).toEqual({
      index: 'a',
      size: 0,
      query: {
        bool: {
          must: [{ match_all: {} }],
          filter: [...PUBLISHED_NOW, { term: { countries: 'KZ' } }, { terms: { story_id: ['s1', 's2'] } }],
        },
      },
      aggs: { reports: { terms: { field: 'story_id', size: 2 } } },
    });
    expect(articleSearchQuery('a', request({ story: 's1' })).query).toMatchObject({
      bool: { filter: [...PUBLISHED_NOW, { term: { story_id: 's1' } }] },
    });
  });

  it('sorts by the order asked for, whatever the text', () => {
    const typed = { text: 'Токаєв', stems: ['токаєв'] };
    expect((articleSearchQuery('a', request({ ...typed, sort: 'newest' })).sort as unknown[])[0]).toEqual({
      published_at: { order: 'desc', missing: '_last' },
    });
    expect((articleSearchQuery('a', request({ sort: 'relevance' })).sort as unknown[])[0]).toBe('_score');
  });

  it('filters by source and a published-date range that includes the whole last day', () => {
    const query = articleSearchQuery(
      'a',
      request({ source: 'ukrinform', publishedFrom: '2026-11-01', publishedTo: '2026-11-30' }),
    );
    expect((query.query as { bool: { filter: unknown[] } }).bool.filter).toEqual([
      ...PUBLISHED_NOW,
      { term: { source: 'ukrinform' } },
      { range: { published_at: { gte: '2026-11-01', lte: '2026-11-30||/d' } } },
    ]);
  });

  it('never shows a withdrawn article nor one whose embargo is still ahead, by the engine clock', () => {
    expect(PUBLISHED_NOW).toEqual([
      {
        bool: {
          must_not: [{ term: { pub_status: 'withdrawn' } }, { range: { embargoed_until: { gt: 'now' } } }],
        },
      },
    ]);
    const counted = storyReportCountQuery('a', request(), ['s1']).query as { bool: { filter: unknown[] } };
    expect(counted.bool.filter).toEqual(expect.arrayContaining(PUBLISHED_NOW));
  });

  it('escapes highlighted text as HTML so a UI can show snippets safely', () => {
    expect(articleSearchQuery('a', request()).highlight).toMatchObject({ encoder: 'html', pre_tags: ['<mark>'] });
  });
});
