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
