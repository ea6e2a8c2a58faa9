import { SearchQuerySchema } from './search-query.schema';

describe('SearchQuerySchema', () => {
  it('applies defaults and normalises the country code', () => {
    expect(SearchQuerySchema.parse({ q: 'Токаєв', country: 'kz' })).toEqual({
      q: 'Токаєв',
      country: 'KZ',
      page: 1,
      size: 10,
      collapse: 'none',
    });
  });

  it.each([
    [{ size: '0' }, 'size'],
    [{ size: '101' }, 'size'],
    [{ page: 'two' }, 'page'],
    [{ page: '1000', size: '100' }, 'page'],
    [{ lang: 'ukr' }, 'lang'],
    [{ country: 'KAZ' }, 'country'],
    [{ topic: 'politics' }, 'topic'],
    [{ q: 'x'.repeat(501) }, 'q'],
    [{ sort: 'date' }, 'sort'],
  ])('rejects %j at %s', (query, path) => {
    const result = SearchQuerySchema.safeParse(query);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : [i.path.join('.')]));
    expect(paths).toContain(path);
  });
});
