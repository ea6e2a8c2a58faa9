import { COUNTRY_FORMS } from '../places/data/country-forms';
import { LexiconMatch } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { OrganisationMention } from '../types';
import { OrganisationTally } from './organisation-tally';

/** What one detector found: organisations, and the token spans later detectors and people must leave alone. */
export interface FoundOrgs {
  organisations: OrganisationMention[];
  spans: LexiconMatch<null>[];
}

/** What a detector reads: the text, its tokens, and the tokens earlier detectors took. */
export interface OrgText {
  text: string;
  tokens: Token[];
  blocked: ReadonlySet<number>;
  language: string;
  /** Tokens of places, which may qualify a body: Кіровоградської ОДА. */
  places?: ReadonlySet<number>;
}

export const COUNTRY_ABBREVIATIONS = new Set(
  Object.values(COUNTRY_FORMS).flatMap((forms) => forms.abbr?.split(' ') ?? []),
);
/** A place in the genitive: України, России, Москвы. */
const GENITIVE_PLACE = /(?:и|ї|ы)$/u;

/**
 * The country or place that a body's name ends with: ЦБ РФ, ВС США, МОЗ України, Минсельхоза США. Returns the last
 * token of the name, with the country when one follows after a space.
 */
export function withCountry(tokens: Token[], last: number, places: ReadonlySet<number> = new Set()): number {
  const next = tokens[last + 1];
  if (!next?.spaceBefore) return last;
  const country = COUNTRY_ABBREVIATIONS.has(next.text) || (places.has(next.index) && GENITIVE_PLACE.test(next.norm));
  return country && next.capitalised ? last + 1 : last;
}

/** One organisation per distinct surface, weighted by how often the detector saw it. */
export function tallySpans(
  spans: LexiconMatch<null>[],
  language: string,
  weight: number,
  category: OrganisationMention['category'],
): FoundOrgs {
  const tally = new OrganisationTally(language, weight, category);
  for (const span of spans) tally.add(span.surface);
  return { organisations: tally.organisations(), spans };
}
