import type { ArticleSearchResult, FacetCount } from '@newsflow/search-index';

import { countryName, type LabelLocale, languageName, topicLabel } from './labels';

export type LabelledFacetCount = FacetCount & { label: string };
type Facets = ArticleSearchResult['facets'];
export type LabelledFacets = { [Name in keyof Facets]: (Facets[Name][number] & { label: string })[] };

const withLabel = (facets: FacetCount[], name: (value: string) => string | null): LabelledFacetCount[] =>
  facets.map((facet) => ({ ...facet, label: name(facet.value) ?? facet.value }));

/** Facets as a journalist reads them: names in the UI language, the code only where no name is known. */
export function labelFacets(facets: Facets, locale: LabelLocale): LabelledFacets {
  const itself = (value: string) => value;
  return {
    languages: withLabel(facets.languages, (code) => languageName(code, locale)),
    countries: withLabel(facets.countries, (code) => countryName(code, locale)),
    topics: withLabel(facets.topics, (code) => topicLabel(code, locale)),
    people: withLabel(facets.people, itself),
    organisations: withLabel(facets.organisations, itself),
    organisationCategories: withLabel(facets.organisationCategories, itself),
    sources: withLabel(facets.sources, itself),
    published: facets.published.map((range) => ({ ...range, label: range.value })),
  };
}
