import { useUi } from './context';
import { filterLabel } from './filter-label';
import { FILTERS, type SearchState, withFilter } from './search-state';

export function FilterChips({ search, go }: { search: SearchState; go: (next: SearchState) => void }) {
  const ui = useUi();
  const active = FILTERS.filter((name) => search.filters[name]);
  if (active.length === 0) return null;
  return (
    <section className="chips" aria-label={ui.t.activeFilters}>
      <ul>
        {active.map((name) => {
          const label = filterLabel(name, search.filters[name]!, ui);
          return (
            <li key={name}>
              <button
                type="button"
                className="chip removable"
                aria-label={ui.t.removeFilter(label)}
                onClick={() => go(withFilter(search, name, undefined))}
              >
                <span className="chip-kind">{ui.t.facets[FACET_OF[name]]}:</span> {label}{' '}
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
      {active.length > 1 && (
        <button type="button" className="link-button" onClick={() => go({ ...search, filters: {}, page: 1 })}>
          {ui.t.clearAll}
        </button>
      )}
    </section>
  );
}

const FACET_OF = {
  lang: 'languages',
  country: 'countries',
  topic: 'topics',
  person: 'people',
  organisation: 'organisations',
  source: 'sources',
  from: 'published',
  to: 'published',
} as const;
