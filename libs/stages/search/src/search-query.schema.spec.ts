import type { z } from 'zod';

import { ArrivalsQuerySchema, SearchQuerySchema } from './search-query.schema';

function rejectedPaths(schema: z.ZodType, query: unknown): string[] {
  const result = schema.safeParse(query);
  expect(result.success).toBe(false);
  return result.error?.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : [i.path.join('.')])) ?? [];
}

describe('SearchQuerySchema', () => {
  it('applies defaults and normalises the country code', () => {
    expect(SearchQuerySchema.parse({ q: 'Токаєв', country: 'kz' })).toEqual({
      q: 'Токаєв',
      country: 'KZ',
      page: 1,
      size: 10,
      collapse: 'none',
      locale: 'en',
    });
  });

  it('accepts sort, source, a date range and the UI locale', () => {
    expect(
      SearchQuerySchema.parse({
        sort: 'newest',
        source: 'ukrinform',
        from: '2026-11-01',
        to: '2026-11-30T23:00:00+02:00',
        locale: 'uk',
      }),
    ).toMatchObject({ sort: 'newest', source: 'ukrinform', from: '2026-11-01', locale: 'uk' });
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
    [{ from: '30.11.2026' }, 'from'],
    [{ to: 'yesterday' }, 'to'],
    [{ from: '2026-11-30', to: '2026-11-01' }, 'to'],
    [{ source: '' }, 'source'],
    [{ story: 'story-1' }, 'story'],
    [{ locale: 'de' }, 'locale'],
    [{ since: '2026-11-30' }, 'since'],
  ])('rejects %j at %s', (query, path) => {
    expect(rejectedPaths(SearchQuerySchema, query)).toContain(path);
  });
});

describe('ArrivalsQuerySchema', () => {
  it('takes the search filters and a date-time cursor', () => {
    expect(ArrivalsQuerySchema.parse({ q: 'Токаєв', since: '2026-11-30T10:00:00.000Z' })).toEqual({
      q: 'Токаєв',
      since: '2026-11-30T10:00:00.000Z',
    });
  });

  it.each([
    [{ since: 'now' }, 'since'],
    [{ page: '2' }, 'page'],
  ])('rejects %j at %s', (query, path) => {
    expect(rejectedPaths(ArrivalsQuerySchema, query)).toContain(path);
  });
});
