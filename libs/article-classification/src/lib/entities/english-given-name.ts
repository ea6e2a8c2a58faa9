import { isTownName } from '../places/detect-places';
import { Token } from '../text/tokenize';
import { ENGLISH_COMMON_WORDS, ENGLISH_GIVEN_NAMES } from './data/english-words';
import { NameRun } from './name-runs';

const ARTICLES = new Set(['the', 'a', 'an']);
/** People are rarely in or near anything; towns and regions the gazetteer lacks are (in Geelong, near Devon). */
const PLACE_PREPOSITIONS = new Set(['in', 'near']);

/**
 * A capitalised word right beside it makes it part of a longer name that a place or title word split off: North
 * Dakota, Grey Cup, Santa Rosa, Curling Hall of Fame; so does "of" and a capitalised word after it (Hall of Famer).
 */
const beside = (left: Token | undefined, right: Token | undefined) =>
  left !== undefined && right !== undefined && right.spaceBefore && left.capitalised && right.capitalised;

/**
 * A lone English given name mid-sentence (Priya argued, she told Oliver) is a person the text calls by first name, as
 * in Ukrainian and Russian. Not when it is also a common word (Rose, Grace) or the text writes it in lower case, after an article
 * (the Jordan, a Ford), as the name of a town (Leeds), beside another capitalised word, or opening a sentence unless
 * a lower-case word follows it (Priya agrees).
 */
const COORDINATORS = new Set(['and', 'or']);

/** Coordinated with a capitalised word that is no given name, it is an adjective: Christian and Jewish schools. */
function pairedWithNonName(tokens: Token[], first: number, last: number): boolean {
  const paired = (coordinator: Token | undefined, other: Token | undefined) =>
    coordinator !== undefined &&
    other !== undefined &&
    COORDINATORS.has(coordinator.norm) &&
    other.capitalised &&
    !ENGLISH_GIVEN_NAMES.has(other.norm);
  return paired(tokens[last + 1], tokens[last + 2]) || paired(tokens[first - 1], tokens[first - 2]);
}

export function loneEnglishGivenName(
  run: NameRun,
  tokens: Token[],
  language: string,
  lowercase: ReadonlySet<string>,
): string | null {
  if (language !== 'en' || run.parts.length !== 1) return null;
  const [word] = run.parts;
  const norm = word.toLowerCase();
  if (
    !ENGLISH_GIVEN_NAMES.has(norm) ||
    ENGLISH_COMMON_WORDS.has(norm) ||
    lowercase.has(norm) ||
    ARTICLES.has(tokens[run.first - 1]?.norm ?? '') ||
    PLACE_PREPOSITIONS.has(tokens[run.first - 1]?.norm ?? '')
  )
    return null;
  const next = tokens[run.last + 1];
  if (tokens[run.first].sentenceStart && !(next?.spaceBefore && !next.capitalised)) return null;
  const ofName = next?.norm === 'of' && tokens[run.last + 2]?.capitalised === true;
  if (pairedWithNonName(tokens, run.first, run.last)) return null;
  return beside(tokens[run.first - 1], tokens[run.first]) ||
    beside(tokens[run.last], next) ||
    ofName ||
    isTownName([norm])
    ? null
    : word;
}
