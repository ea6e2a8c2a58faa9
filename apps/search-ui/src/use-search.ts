import { useEffect, useState } from 'react';

import { searchArticles, type SearchResult } from './api';
import type { Locale, SearchState } from './search-state';

export type SearchStatus =
  | { state: 'loading'; result?: SearchResult }
  | { state: 'done'; result: SearchResult }
  | { state: 'failed'; result?: SearchResult };

/** Runs the search whenever the URL's search changes; marks the reply so the paint time can be measured. */
export function useSearch(search: SearchState, locale: Locale, refresh: number): SearchStatus {
  const [status, setStatus] = useState<SearchStatus>({ state: 'loading' });
  const key = JSON.stringify([search, locale, refresh]);
  useEffect(() => {
    const controller = new AbortController();
    setStatus((previous) => ({ state: 'loading', result: previous.result }));
    searchArticles(search, locale, controller.signal).then(
      (result) => {
        performance.mark('search:reply');
        setStatus({ state: 'done', result });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setStatus((previous) => ({ state: 'failed', result: previous.result }));
        if (!(error instanceof DOMException)) console.error(error);
      },
    );
    return () => controller.abort();
    // The key stands for the search's content; its object identity changes with every render.
  }, [key]);
  return status;
}
