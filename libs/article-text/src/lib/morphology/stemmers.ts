// Consumers type-check this file through the @newsflow/article-text path alias without our tsconfig, so the
// typings for the untyped @nlpjs stemmers must travel with it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./nlpjs.d.ts" />
import StemmerDe from '@nlpjs/lang-de/src/stemmer-de';
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en';
import StemmerFr from '@nlpjs/lang-fr/src/stemmer-fr';
import StemmerPl from '@nlpjs/lang-pl/src/stemmer-pl';
import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru';

import { LIMITS } from '../limits';
import { isCyrillic } from './script';
import { stemUkrainian } from './ukrainian-stemmer';

/**
 * Stemmers by language. en/ru/de/fr are @nlpjs's ports of the Snowball algorithms; pl is @nlpjs's light stemmer;
 * Ukrainian has no maintained package, so it is ours. Each stemmer only ever sees words of its own script.
 */
const en = new StemmerEn();
const ru = new StemmerRu();
const de = new StemmerDe();
const fr = new StemmerFr();
const pl = new StemmerPl();

export const STEMMERS: Readonly<Record<string, { script: 'Latin' | 'Cyrillic'; stem: (word: string) => string }>> = {
  uk: { script: 'Cyrillic', stem: stemUkrainian },
  ru: { script: 'Cyrillic', stem: (word) => ru.stemWord(word) },
  en: { script: 'Latin', stem: (word) => en.stemWord(word) },
  de: { script: 'Latin', stem: (word) => de.stemWord(word) },
  fr: { script: 'Latin', stem: (word) => fr.stemWord(word) },
  pl: { script: 'Latin', stem: (word) => pl.stemWord(word) },
};

/** Stem of a word in a language, or the word itself when that language has no stemmer for the word's script. */
export function stemWord(word: string, language: string): string {
  // No word is this long; stemmers slice per suffix tried, which costs time on a megabyte "word".
  if (word.length > LIMITS.maxStemmedTokenChars) return word;
  const stemmer = STEMMERS[language];
  return stemmer && stemmer.script === (isCyrillic(word) ? 'Cyrillic' : 'Latin') ? stemmer.stem(word) : word;
}
