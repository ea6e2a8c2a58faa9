import { Token } from '../text/tokenize';

/** Words that make a country adjective the name of a language (англійською мовою, Russian-language, langue française). */
const LANGUAGE_HEADS = ['мов', 'язык', 'език', 'језик', 'jezik', 'język', 'language', 'speak', 'sprach', 'langue'];
/** Prepositions before a language standing alone (in English, auf Deutsch, en français, з англійської, на русский). */
const LANGUAGE_PREPOSITIONS = new Set([
  'in',
  'into',
  'from',
  'auf',
  'ins',
  'aus',
  'en',
  'du',
  'з',
  'із',
  'зі',
  'с',
  'на',
]);
const LISTING = new Set([
  'and',
  'or',
  'und',
  'oder',
  'et',
  'ou',
  'і',
  'й',
  'та',
  'и',
  'або',
  'или',
  'i',
  'lub',
  'albo',
]);
/** Ukrainian instrumental of a language (говорив англійською), unless a noun agrees with it (російською армією). */
const UKRAINIAN_LANGUAGE_INSTRUMENTAL = /(?:ськ|цьк|зьк)ою$/;
const AGREEING_INSTRUMENTAL = /(?:ою|єю|ею|ю|ами|ями|ім|ом|ем)$/;
/** Adverbs of language: по-українськи, по-русски; Polish po polsku. */
const ADVERB = /(?:ськи|цьки|зьки|ски|цки|ку)$/;
/**
 * Heads of event, airline and dish names that take a country adjective without speaking of the country
 * (Australian Open, Turkish Airlines, French fries, Russian roulette). The venue or the carrier's home is not
 * what the story is about; a story that is about the country names it otherwise.
 */
/** English adjectives in -an match as the country's name plus an ending (Russia-n); only they can name a language. */
const ENGLISH_ADJECTIVE = /^[a-z]+an$/;
const NAME_HEADS = new Set([
  'open',
  'masters',
  'airlines',
  'airways',
  'fries',
  'toast',
  'roulette',
  'dressing',
  'delight',
  'whispers',
  'kiss',
  'horn',
  'bulldog',
  'shepherd',
  'breakfast',
]);

/**
 * A country adjective that names a language or is part of the name of an event, a brand or a dish says nothing
 * about the country. Only the words around it tell: the language head word, the preposition before a language
 * standing alone, the adverb and instrumental forms, or the head of the name.
 */
export function isLanguageOrNamePart(tokens: Token[], first: number, last: number, adjective: boolean): boolean {
  const token = tokens[last];
  const previous = tokens[first - 1];
  const next = tokens[last + 1];
  const attached = next !== undefined && (next.spaceBefore || next.hyphenBefore) && !next.sentenceStart;
  if (attached && LANGUAGE_HEADS.some((head) => next.norm.startsWith(head))) return true;
  if (attached && NAME_HEADS.has(next.norm) && tokens[first].capitalised) return true;
  if (previous !== undefined && (previous.norm === 'по' || previous.norm === 'po') && ADVERB.test(token.norm))
    return true;
  const standsAlone = !attached || LISTING.has(next.norm);
  if (UKRAINIAN_LANGUAGE_INSTRUMENTAL.test(token.norm) && (standsAlone || !AGREEING_INSTRUMENTAL.test(next.norm)))
    return true;
  const languageWord = adjective || ENGLISH_ADJECTIVE.test(token.norm);
  return languageWord && previous !== undefined && LANGUAGE_PREPOSITIONS.has(previous.norm) && standsAlone;
}
