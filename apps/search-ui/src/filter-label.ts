import type { UiContext } from './context';
import { languageName } from './format';
import type { FilterName } from './search-state';

/** What a filter is called on a chip: names, not codes. */
export function filterLabel(name: FilterName, value: string, ui: Pick<UiContext, 'labels' | 't' | 'locale'>): string {
  switch (name) {
    case 'country':
      return ui.labels.countries[value] ?? value;
    case 'topic':
      return ui.labels.topics[value] ?? value;
    case 'lang':
      return languageName(value, ui.locale);
    case 'from':
      return `${ui.t.from} ${value}`;
    case 'to':
      return `${ui.t.to} ${value}`;
    default:
      return value;
  }
}
