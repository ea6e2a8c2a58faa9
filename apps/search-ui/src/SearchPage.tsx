import { useEffect, useRef, useState } from 'react';

import { PAGE_SIZE } from './api';
import { useUi } from './context';
import { Facets } from './Facets';
import { FilterChips } from './FilterChips';
import { HitList } from './HitList';
import { usePaintMark } from './paint-mark';
import { type SearchState, searchUrl } from './search-state';
import { useArrivals } from './use-arrivals';
import { useSearch } from './use-search';

export function SearchPage({ search }: { search: SearchState }) {
  const { t, locale, navigate } = useUi();
  const [refresh, setRefresh] = useState(0);
  const status = useSearch(search, locale, refresh);
  const arrivals = useArrivals(search, refresh);
  const [typed, setTyped] = useState(search.q);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setTyped(search.q), [search.q]);
  useKeyboard(input);
  usePaintMark(status.state === 'done' ? status.result : null);

  const go = (next: SearchState) => navigate(searchUrl(next, locale));
  const result = status.result;
  const pages = result ? Math.max(1, Math.ceil(Math.min(result.stories, 10_000) / PAGE_SIZE)) : 1;

  return (
    <div className="search-page">
      <form
        role="search"
        className="query"
        onSubmit={(event) => {
          event.preventDefault();
          go({ ...search, q: typed, page: 1 });
        }}
      >
        <label htmlFor="q" className="visually-hidden">
          {t.searchLabel}
        </label>
        <input
          id="q"
          ref={input}
          type="search"
          name="q"
          value={typed}
          placeholder={t.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit">{t.searchButton}</button>
      </form>
      <p className="keyboard-help">{t.keyboardHelp}</p>
      <div className="layout">
        <aside aria-label={t.filters}>{result && <Facets search={search} result={result} go={go} />}</aside>
        <main id="main" tabIndex={-1} aria-busy={status.state === 'loading'}>
          <FilterChips search={search} go={go} />
          <div className="result-bar">
            <p role="status" className="count">
              {status.state === 'failed' ? t.failed : result ? t.results(result.total, result.stories) : t.loading}
            </p>
            <label className="sort">
              {t.sort}{' '}
              <select
                value={search.sort ?? (search.q.trim() ? 'relevance' : 'newest')}
                onChange={(event) => go({ ...search, sort: event.target.value as SearchState['sort'], page: 1 })}
              >
                <option value="relevance">{t.relevance}</option>
                <option value="newest">{t.newest}</option>
              </select>
            </label>
          </div>
          <div aria-live="polite">
            {arrivals && arrivals.count > 0 && (
              <button type="button" className="live-banner" onClick={() => setRefresh((n) => n + 1)}>
                {t.newArticles(arrivals.count)}
              </button>
            )}
          </div>
          {result && result.items.length === 0 && <p>{t.noResults}</p>}
          {result && <HitList items={result.items} search={search} />}
          {result && pages > 1 && (
            <nav className="pager" aria-label={t.pageOf(search.page, pages)}>
              <button
                type="button"
                disabled={search.page <= 1}
                onClick={() => go({ ...search, page: search.page - 1 })}
              >
                {t.previous}
              </button>
              <span>{t.pageOf(search.page, pages)}</span>
              <button
                type="button"
                disabled={search.page >= pages}
                onClick={() => go({ ...search, page: search.page + 1 })}
              >
                {t.next}
              </button>
            </nav>
          )}
        </main>
      </div>
    </div>
  );
}

/** "/" jumps to the search box; j and k move between results, whose headlines are links. */
function useKeyboard(input: React.RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      if (event.key === '/') {
        event.preventDefault();
        input.current?.focus();
        return;
      }
      if (event.key !== 'j' && event.key !== 'k') return;
      const links = [...document.querySelectorAll<HTMLAnchorElement>('.hit h2 a')];
      if (links.length === 0) return;
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      const next = event.key === 'j' ? Math.min(at + 1, links.length - 1) : Math.max(at - 1, 0);
      event.preventDefault();
      links[next].focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [input]);
}
