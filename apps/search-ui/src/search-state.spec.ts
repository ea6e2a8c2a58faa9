import { articleUrl, localeOf, parseLocation, searchUrl, withFilter } from './search-state';

describe('search state in the URL', () => {
  it('round-trips words with apostrophes and Cyrillic, filters, sort and page', () => {
    const search = {
      q: 'Токаєв "м’ята" Kyiv\'s',
      filters: { country: 'KZ', topic: 'medtop:11000000', from: '2026-11-01' },
      sort: 'newest' as const,
      page: 3,
    };
    const url = new URL(searchUrl(search, 'uk'), 'http://localhost');
    expect(parseLocation(url.pathname, url.search)).toEqual({ kind: 'search', search });
    expect(localeOf(url.search, 'en-GB')).toBe('uk');
  });

  it('reads an article view and ignores unknown or bad values', () => {
    const id = 'a'.repeat(32);
    expect(parseLocation(`/articles/${id}`, '?sort=date&page=-2&colour=red')).toEqual({
      kind: 'article',
      id,
      search: { q: '', filters: {}, sort: undefined, page: 1 },
    });
    expect(articleUrl(id, 'en')).toBe(`/articles/${id}?hl=en`);
  });

  it('starts from the first page when a filter changes, and removes a filter', () => {
    const search = { q: 'x', filters: { country: 'KZ' }, page: 4 };
    expect(withFilter(search, 'lang', 'uk')).toEqual({ q: 'x', filters: { country: 'KZ', lang: 'uk' }, page: 1 });
    expect(withFilter(search, 'country', undefined).filters).toEqual({});
  });

  it('falls back to the browser language for the UI strings', () => {
    expect(localeOf('', 'uk-UA')).toBe('uk');
    expect(localeOf('?hl=de', 'en-US')).toBe('en');
  });
});
