import { endingPattern } from '@newsflow/article-text';

import { surfaceOf } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { givenNameNominative, givenNameReadings, isGivenName } from './given-names';
import { NameRun } from './name-runs';
import { isInitial } from './split-runs';

const SURNAME_SHAPE = endingPattern('surname', ['uk', 'ru']);
const SLAVIC = new Set(['uk', 'ru']);
const ADJECTIVE_SHAPE = endingPattern('adjectiveShape', ['uk', 'ru']);

/**
 * A capitalised word that opens a sentence before a given name is that sentence's first word, not a name: Тоді
 * Людмила, Увечері Вероніка, Дід Олег. Only a surname-shaped word or another given name may stand there (Ткачук Ігор).
 * In English a capitalised title or descriptor leads a given name and surname anywhere: Sheriff Don Eslinger.
 */
export function withoutOpeningWord(run: NameRun, tokens: Token[], language: string): NameRun {
  const opening = tokens[run.first];
  const leadsTitle = language === 'en' && run.parts.length === 3;
  if (!(opening.sentenceStart || leadsTitle) || run.parts.length < 2 || run.parts[0] !== opening.text) return run;
  const [first, second] = run.parts;
  const surnameAfter = SLAVIC.has(language) && run.parts.length === 2 && SURNAME_SHAPE.test(second.toLowerCase());
  if (!(isGivenName(second, language) || surnameAfter) || isGivenName(first, language)) return run;
  if (isInitial(first) || SURNAME_SHAPE.test(first.toLowerCase())) return run;
  return {
    first: run.first + 1,
    last: run.last,
    parts: run.parts.slice(1),
    surface: surfaceOf(tokens, run.first + 1, run.last),
  };
}

/**
 * A lone given name mid-sentence (сказала Наталя, зустрів Ігоря), or opening a sentence as its subject (Олена заїхала),
 * is a person the text calls by first name, unless the text also writes the word in lower case (віра, надія, слава).
 * Returns it in the nominative, or null.
 */
export function loneGivenName(
  run: NameRun,
  tokens: Token[],
  text: string,
  language: string,
  lowercase: ReadonlySet<string>,
): string | null {
  if (run.parts.length !== 1) return null;
  const [word] = run.parts;
  if (lowercase.has(word.toLowerCase())) return null;
  const readings = givenNameReadings(word, language);
  if (readings.length === 0) return null;
  // At a sentence's start only a first name in the nominative before a verb or the like is its subject (Олена
  // заїхала), or one in the vocative before a comma is the person spoken to (Миколо, ходи сюди).
  const subject = readings.every((r) => r.grammaticalCase === 'nom') && beforeLowercase(run, tokens);
  const addressed = readings.every((r) => r.grammaticalCase === 'voc') && beforeComma(run, tokens, text);
  if (tokens[run.first].sentenceStart && !subject && !addressed) return null;
  // Марії is a genitive or a dative, but of Марія either way.
  const oneName = readings.every((r) => r.nominative === readings[0].nominative);
  return oneName ? givenNameNominative(word, readings[0]) : word;
}

/** Lower-case words of the text, which a capitalised namesake at a sentence's start or in a title does not make a name. */
export function lowercaseWords(tokens: Token[]): Set<string> {
  const words = new Set<string>();
  // A lower-case word without ё or apostrophes is its own norm, already lower-cased.
  for (const t of tokens) if (!t.capitalised) words.add(t.text === t.norm ? t.norm : t.text.toLowerCase());
  return words;
}

const beforeComma = (run: NameRun, tokens: Token[], text: string) => {
  const next = tokens[run.last + 1];
  return /^\s*[,!]/.test(text.slice(tokens[run.last].end, next ? next.start : undefined));
};

/** Before a lower-case word that is no adjective: Олена заїхала, not Яким прекрасним (the pronoun, how fine). */
const beforeLowercase = (run: NameRun, tokens: Token[]) => {
  const next = tokens[run.last + 1];
  return next !== undefined && next.spaceBefore && !next.capitalised && !ADJECTIVE_SHAPE.test(next.norm);
};
