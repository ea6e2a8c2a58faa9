import { endingPattern, FINAL_VOWEL, isCyrillic } from '@newsflow/article-text';

import { Inflection, PatternWord } from '../text/lexicon-matcher';
import { tokenize } from '../text/tokenize';

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'du', 'de', 'des', 'la', 'le', 'von', 'und', 'и', 'і', 'та', 'i']);
/** Adjective endings of inflecting languages, removed whole so that every case form can follow (Європейськ-ий). */
const ADJECTIVE_ENDING = endingPattern('adjectiveNominative', ['uk', 'ru']);
/** German adjective and plural endings on longer words (Deutscher, Statistisches, Europäische). */
const LATIN_ENDING = endingPattern('adjectiveNominative', ['de']);
const MIN_LATIN_STRIPPED = 7;
/** Shorter stems would swallow unrelated words once endings are allowed (Куб-а → куб). */
const MIN_INFLECTED_STEM = 4;

/**
 * How a name's words inflect. inflecting: Slavic (Cyrillic words always are). plain: English, German, French place
 * names, which only take -s or German adjective endings. mixed: names whose language is not known (organisations),
 * where a Latin word ending in a vowel may be Polish (Narodowy → narodow-ego).
 */
export type NameMode = 'inflecting' | 'plain' | 'mixed';

/**
 * Pattern words for a name. Inflecting languages lose their final vowel or adjective ending so that case endings
 * can follow (Україна → україн-и/-і/-ою, Європейський → європейськ-ого); others keep the word and take -s.
 */
export function nameToPattern(name: string, mode: NameMode): PatternWord[] {
  return tokenize(name).map((token) => wordPattern(token.norm, isCyrillic(token.norm) ? 'inflecting' : mode));
}

function wordPattern(word: string, mode: NameMode): PatternWord {
  if (FUNCTION_WORDS.has(word) || word.includes("'")) return { stem: word, inflection: 'exact' };
  const stem = stemOf(word, mode);
  if (stem.length < MIN_INFLECTED_STEM) return { stem: word, inflection: 'exact' };
  return { stem, inflection: 'name' };
}

function stemOf(word: string, mode: NameMode): string {
  const germanStripped = word.length >= MIN_LATIN_STRIPPED ? word.replace(LATIN_ENDING, '') : word;
  if (mode === 'plain') return germanStripped;
  if (mode === 'mixed' && germanStripped !== word) return germanStripped;
  const adjective = ADJECTIVE_ENDING.exec(word);
  if (adjective && word.length - adjective[0].length >= MIN_INFLECTED_STEM) return word.slice(0, -adjective[0].length);
  return FINAL_VOWEL.test(word) ? word.slice(0, -1) : word;
}

/** A stem given verbatim ('!Києв', adjective stems): no vowel dropping. */
export function stemPattern(stem: string, inflection: Inflection): PatternWord[] {
  return tokenize(stem).map((token) => ({ stem: token.norm, inflection }));
}

/**
 * Dataset names such as 'Moldova, Republic of' or 'КНДР (Корейская …)' hold several usable names.
 * The part in parentheses is an aside: sometimes another name of the place, sometimes the country a
 * territory belongs to ('Віргінські Острови (США)'), so it must never outrank a place's own name.
 */
export function splitDatasetName(name: string): { name: string; aside: boolean }[] {
  const inParentheses = /\(([^)]+)\)/.exec(name)?.[1];
  const main = name
    .replace(/\([^)]*\)/g, '')
    .split(',')[0]
    .trim();
  const names = [{ name: main, aside: false }];
  return inParentheses ? [...names, { name: inParentheses.trim(), aside: true }] : names;
}
