import { useState } from 'react';

import type { FacetCount, FacetName, SearchResult } from './api';
import { useUi } from './context';
import { type FilterName, type SearchState, withFilter } from './search-state';

const FACETS: [FacetName, FilterName][] = [
  ['languages', 'lang'],
  ['countries', 'country'],
  ['topics', 'topic'],
  ['people', 'person'],
  ['organisations', 'organisation'],
  ['sources', 'source'],
];

type Go = (next: SearchState) => void;

export function Facets({ search, result, go }: { search: SearchState; result: SearchResult; go: Go }) {
  const { t } = useUi();
  return (
    <div className="facets">
      <h2 className="visually-hidden">{t.filters}</h2>
      {FACETS.map(([facet, filter]) => (
        <FacetGroup
          key={facet}
          title={t.facets[facet]}
          counts={result.facets[facet]}
          selected={search.filters[filter]}
          onPick={(value) => go(withFilter(search, filter, value))}
        />
      ))}
      <PublishedFacet search={search} result={result} go={go} />
    </div>
  );
}

function FacetGroup(props: {
  title: string;
  counts: FacetCount[];
  selected?: string;
  onPick: (value: string | undefined) => void;
}) {
  if (props.counts.length === 0) return null;
  return (
    <section className="facet">
      <h3>{props.title}</h3>
      <ul>
        {props.counts.slice(0, 10).map((facet) => (
          <li key={facet.value}>
            <button
              type="button"
              className="facet-value"
              aria-pressed={props.selected === facet.value}
              onClick={() => props.onPick(props.selected === facet.value ? undefined : facet.value)}
            >
              <span className="facet-label">{facet.label}</span> <span className="facet-count">{facet.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PublishedFacet({ search, result, go }: { search: SearchState; result: SearchResult; go: Go }) {
  const { t } = useUi();
  const [from, setFrom] = useState(search.filters.from ?? '');
  const [to, setTo] = useState(search.filters.to ?? '');
  return (
    <section className="facet">
      <h3>{t.facets.published}</h3>
      <ul>
        {result.facets.published
          .filter((range) => range.count > 0)
          .map((range) => {
            const day = range.from.slice(0, 10);
            return (
              <li key={range.value}>
                <button
                  type="button"
                  className="facet-value"
                  aria-pressed={search.filters.from === day && !search.filters.to}
                  onClick={() => go({ ...withFilter(withFilter(search, 'to', undefined), 'from', day) })}
                >
                  <span className="facet-label">{t.ranges[range.value as keyof typeof t.ranges]}</span>{' '}
                  <span className="facet-count">{range.count}</span>
                </button>
              </li>
            );
          })}
      </ul>
      <form
        className="date-range"
        onSubmit={(event) => {
          event.preventDefault();
          go(withFilter(withFilter(search, 'from', from || undefined), 'to', to || undefined));
        }}
      >
        <label>
          {t.from} <input type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t.to} <input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit">{t.apply}</button>
      </form>
    </section>
  );
}
