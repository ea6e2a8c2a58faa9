import type { Classification } from './classified-article.schema';

/** The countries an article is about, each once, in code order: the column, the facet and the filter all use these. */
export function articleCountryCodes(classification: Pick<Classification, 'places'>): string[] {
  return [...new Set(classification.places.map((place) => place.countryCode))].sort();
}

/** The kinds of organisation an article names, each once, in order, for the category facet. */
export function organisationCategories(classification: Pick<Classification, 'organisations'>): string[] {
  return [...new Set(classification.organisations.flatMap((organisation) => organisation.category ?? []))].sort();
}
