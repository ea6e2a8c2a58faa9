import { LexiconMatch } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { OrganisationMention } from '../types';
import { findAbbreviationOrgs } from './abbreviation-orgs';
import { findClippedCompoundOrgs } from './clipped-compound-orgs';
import { FoundOrgs } from './found-orgs';
import { findKindCueOrgs } from './kind-cue-orgs';
import { findLatinInCyrillicOrgs } from './latin-in-cyrillic-orgs';
import { findSiteNameOrgs } from './site-name-orgs';

/**
 * Organisations known only by how their name is written: in Latin letters inside Cyrillic text, as a web address,
 * as a capital-letter abbreviation, as a compound of clipped words (Роскомнадзор), or after an English word for their
 * kind (the band Gravelmouth). Each detector skips what an earlier one took; the more specific shape goes first.
 */
export function findShapedOrgs(
  text: string,
  tokens: Token[],
  blocked: ReadonlySet<number>,
  language: string,
  places: ReadonlySet<number> = new Set(),
): FoundOrgs {
  const taken = new Set(blocked);
  const input = { text, tokens, blocked: taken, language, places };
  const organisations: OrganisationMention[] = [];
  const spans: LexiconMatch<null>[] = [];
  for (const find of [
    () => findLatinInCyrillicOrgs(input),
    () => findSiteNameOrgs(input),
    () => findAbbreviationOrgs(input),
    () => findClippedCompoundOrgs(input),
    () => findKindCueOrgs(input),
  ]) {
    const found = find();
    organisations.push(...found.organisations);
    spans.push(...found.spans);
    for (const s of found.spans) for (let k = s.first; k <= s.last; k += 1) taken.add(k);
  }
  return { organisations, spans };
}
