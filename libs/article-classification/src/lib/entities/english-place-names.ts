import { Token } from '../text/tokenize';
import { NameRun } from './name-runs';

/**
 * English places end in the kind of place they are: Mill Brook, Tanner Ridge, Oakley Hook. The kinds that are never
 * surnames already split name runs; these may be one (a singer Way, a racer Hill), so a run ending in one is a place
 * only without a given name before it, or after a compass word or a preposition of place (Sandy Bay, Kevin Way).
 */
const PLACE_ENDINGS = new Set(
  'lane way hook brook hill field park point place ridge mountain wood woods cove common green'.split(' '),
);
/** Endings that are frequent surnames (Damon Hill, Sally Field), never enough on their own after a given name. */
const SURNAME_ENDINGS = new Set(['hill', 'field', 'park', 'lane', 'wood', 'woods', 'green']);
const PLACE_CONTEXT = new Set(
  'in at near over across along via into onto through to east west north south upper lower'.split(' '),
);

/** Where English puts places (born in Vala Rosta, at Ash Creek); a person there comes with a given name. */
const PLACE_PREPOSITIONS = new Set('in at near into across through via'.split(' '));

export function namesEnglishPlace(run: NameRun, tokens: Token[], language: string, givenName: boolean): boolean {
  if (language !== 'en' || run.parts.length < 2) return false;
  if (!givenName && PLACE_PREPOSITIONS.has(tokens[run.first - 1]?.norm ?? '')) return true;
  const ending = run.parts[run.parts.length - 1].toLowerCase();
  if (!PLACE_ENDINGS.has(ending)) return false;
  if (!givenName) return true;
  const previous = tokens[run.first - 1];
  return !SURNAME_ENDINGS.has(ending) && previous !== undefined && PLACE_CONTEXT.has(previous.norm);
}
