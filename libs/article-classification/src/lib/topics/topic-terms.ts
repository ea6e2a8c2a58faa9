import { LexiconMatcher, PatternWord } from '../text/lexicon-matcher';
import { normaliseWord } from '../text/normalise';
import { TERMS_DE } from './data/terms-de';
import { TERMS_EN } from './data/terms-en';
import { TERMS_FR } from './data/terms-fr';
import { TERMS_PL } from './data/terms-pl';
import { TERMS_RU } from './data/terms-ru';
import { TERMS_UK } from './data/terms-uk';

/**
 * Term syntax in the data files: space-separated terms; `a_b` is a phrase; `stem*` takes any short continuation
 * (вибор* → виборчий, виборців); `word=` must match exactly; an all-capitals term (ЦВК, GDP) matches letter for letter;
 * any other word is a stem followed by a case ending.
 */
export const TERMS_BY_LANGUAGE: Record<string, Record<string, string>> = {
  uk: TERMS_UK,
  ru: TERMS_RU,
  en: TERMS_EN,
  de: TERMS_DE,
  fr: TERMS_FR,
  pl: TERMS_PL,
};

export interface TopicTerm {
  topic: string;
  term: string;
}

/** Below this a bare stem matches too many unrelated words, so it must match whole. */
const MIN_OPEN_STEM = 3;

export function parseWord(word: string): PatternWord {
  if (word.endsWith('*')) {
    const stem = normaliseWord(word.slice(0, -1));
    return { stem, inflection: stem.length >= MIN_OPEN_STEM ? 'prefix' : 'exact' };
  }
  if (word.endsWith('=')) return { stem: normaliseWord(word.slice(0, -1)), inflection: 'exact' };
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase())
    return { stem: word, inflection: 'cased' };
  const stem = normaliseWord(word);
  return { stem, inflection: stem.length >= MIN_OPEN_STEM ? 'noun' : 'exact' };
}

export function buildTopicMatcher(languages: string[]): LexiconMatcher<TopicTerm> {
  const matcher = new LexiconMatcher<TopicTerm>();
  for (const language of languages) {
    for (const [topic, terms] of Object.entries(TERMS_BY_LANGUAGE[language] ?? {})) {
      for (const term of terms.split(/\s+/).filter(Boolean)) {
        matcher.add({ words: term.split('_').map(parseWord), value: { topic, term }, capitalised: false });
      }
    }
  }
  return matcher;
}
