import { useEffect, useState } from 'react';

import { type Arrivals, arrivalsSince } from './api';
import type { SearchState } from './search-state';

export const POLL_MS = 5000;

/**
 * Asks search-api every few seconds what arrived for this search since the results were shown, so
 * a banner can offer them instead of results jumping under the reader.
 */
export function useArrivals(search: SearchState, refresh: number): Arrivals | null {
  const [arrivals, setArrivals] = useState<Arrivals | null>(null);
  const key = JSON.stringify([search.q, search.filters, refresh]);
  useEffect(() => {
    let cursor: string | undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const controller = new AbortController();
    setArrivals(null);
    const poll = async () => {
      try {
        const answer = await arrivalsSince(search, cursor, controller.signal);
        if (cursor === undefined) cursor = answer.cursor;
        else if (answer.count > 0) setArrivals(answer);
      } catch {
        // a missed poll is retried at the next tick
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      controller.abort();
      clearTimeout(timer);
    };
    // The key stands for the search's content; its object identity changes with every render.
  }, [key]);
  return arrivals;
}
