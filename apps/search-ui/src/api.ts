import { type Locale, searchParams, type SearchState } from './search-state';

/** The UI talks to search-api only, on its own origin. */

export interface FacetCount {
  value: string;
  count: number;
  label: string;
}

export interface StoryReport {
  id: string;
  title: string | null;
  source: string;
  language: string;
  publishedAt: string | null;
  receivedAt: string;
}

export interface SearchHit extends StoryReport {
  titleHighlight: string | null;
  snippet: string;
  url: string | null;
  countries: string[];
  topics: string[];
  people: string[];
  organisations: string[];
  storyId: string;
  moreReports?: number;
}

export type FacetName = 'languages' | 'countries' | 'topics' | 'people' | 'organisations' | 'sources';

export interface SearchResult {
  total: number;
  stories: number;
  page: number;
  size: number;
  items: SearchHit[];
  facets: Record<FacetName, FacetCount[]> & { published: (FacetCount & { from: string })[] };
}

export interface Arrivals {
  count: number;
  latest: { id: string; title: string | null; receivedAt: string }[];
  cursor: string;
}

export interface Labels {
  topics: Record<string, string>;
  countries: Record<string, string>;
}

export interface Story {
  id: string;
  reports: (StoryReport & { url: string | null })[];
}

export interface Article {
  /** The original first (role `main` / `text`), then machine translations (role `translation:<language>`). */
  headlines: { role?: string; value: string }[];
  bodies: { role?: string; value: string }[];
  language?: string;
  contentcreated?: string;
  versioncreated: string;
  subjects: { name: string; literal: string; confidence: number }[];
  places: { name: string; rel: string; literal: string }[];
  people: { name: string }[];
  organisations: { name: string }[];
  newsflow: {
    id: string;
    source: string;
    url: string | null;
    receivedAt: string;
    storyId: string;
    language: { code: string; confidence: number; passages: { paragraph: number; language: string }[] };
    places: { code: string; kind: string; countryCode: string }[];
    subjects: { code: string; evidence: string[] }[];
    extraction: { method: string; confidence: number; removed: Record<string, number> };
    flags: string[];
  };
}

export const PAGE_SIZE = 20;

export class NotFound extends Error {}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (response.status === 404) throw new NotFound(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export function searchArticles(search: SearchState, locale: Locale, signal?: AbortSignal): Promise<SearchResult> {
  const params = searchParams(search);
  params.set('collapse', 'story');
  params.set('size', String(PAGE_SIZE));
  params.set('locale', locale);
  return getJson(`/v1/search?${params}`, signal);
}

/** The other reports of a story that match the search, newest first: what its hit expands into. */
export function matchingStoryReports(search: SearchState, storyId: string, locale: Locale, signal?: AbortSignal) {
  const params = searchParams({ ...search, sort: 'newest', page: 1 });
  params.set('story', storyId);
  params.set('size', String(PAGE_SIZE));
  params.set('locale', locale);
  return getJson<SearchResult>(`/v1/search?${params}`, signal);
}

export function arrivalsSince(search: SearchState, since: string | undefined, signal?: AbortSignal) {
  const params = searchParams({ ...search, sort: undefined, page: 1 });
  if (since) params.set('since', since);
  return getJson<Arrivals>(`/v1/search/updates?${params}`, signal);
}

export const fetchLabels = (locale: Locale) => getJson<Labels>(`/v1/labels?locale=${locale}`);
export const fetchArticle = (id: string, signal?: AbortSignal) => getJson<Article>(articleJsonUrl(id), signal);
export const fetchStory = (id: string, signal?: AbortSignal) =>
  getJson<Story>(`/v1/stories/${encodeURIComponent(id)}`, signal);
export const articleJsonUrl = (id: string) => `/v1/articles/${encodeURIComponent(id)}`;
