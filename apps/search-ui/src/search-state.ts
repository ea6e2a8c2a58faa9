/** Everything that defines a search view lives in the URL, so a search can be shared and Back works. */
export const FILTERS = ['lang', 'country', 'topic', 'person', 'organisation', 'source', 'from', 'to'] as const;
export type FilterName = (typeof FILTERS)[number];
export type Sort = 'relevance' | 'newest';
export type Locale = 'en' | 'uk';

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
  sort?: Sort;
  page: number;
}

export type View = { kind: 'search'; search: SearchState } | { kind: 'article'; id: string; search: SearchState };

const ARTICLE_PATH = /^\/articles\/([0-9a-f]{32})$/;

export function parseLocation(pathname: string, query: string): View {
  const params = new URLSearchParams(query);
  const filters: SearchState['filters'] = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  const search: SearchState = {
    q: params.get('q') ?? '',
    filters,
    sort: sort === 'newest' || sort === 'relevance' ? sort : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
  const article = ARTICLE_PATH.exec(pathname);
  return article ? { kind: 'article', id: article[1], search } : { kind: 'search', search };
}

export function searchParams(search: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q.trim());
  for (const name of FILTERS) {
    const value = search.filters[name];
    if (value) params.set(name, value);
  }
  if (search.sort) params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

export function searchUrl(search: SearchState, locale: Locale): string {
  const params = searchParams(search);
  params.set('hl', locale);
  return `/?${params}`;
}

export function articleUrl(id: string, locale: Locale): string {
  return `/articles/${id}?hl=${locale}`;
}

/** A new filter (or a cleared one) starts again from the first page. */
export function withFilter(search: SearchState, name: FilterName, value: string | undefined): SearchState {
  const filters = { ...search.filters };
  if (value) filters[name] = value;
  else delete filters[name];
  return { ...search, filters, page: 1 };
}

export function localeOf(query: string, fallback: string): Locale {
  const asked = new URLSearchParams(query).get('hl');
  if (asked === 'en' || asked === 'uk') return asked;
  return fallback.toLowerCase().startsWith('uk') ? 'uk' : 'en';
}
