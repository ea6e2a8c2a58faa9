import { LIMITS } from '../limits';
import { isCyrillic, STEMMERS, stemWord, WORD } from '../morphology';
import { cutAt } from '../normalise/cut';
import { toSearchForm } from '../normalise/search-form';
import { foldLatin, TRANSLIT_LANGUAGES, transliterateWord } from './translit';

export function searchTokens(text: string): string[] {
  return toSearchForm(text).toLowerCase().match(WORD) ?? [];
}

const scriptOf = (token: string): 'Latin' | 'Cyrillic' => (isCyrillic(token) ? 'Cyrillic' : 'Latin');

/** Latin forms of a token: transliterated surface and stem for Cyrillic, diacritics folded for Latin. */
function latinForms(token: string, stem: string, language: string): string[] {
  if (scriptOf(token) === 'Latin') return [foldLatin(token)];
  const scheme = TRANSLIT_LANGUAGES.includes(language) ? language : 'ru';
  const surface = transliterateWord(token, scheme);
  const stemmed = stem === token ? surface : transliterateWord(stem, scheme);
  return stemmed === surface ? [surface] : [surface, stemmed];
}

export interface TextSegment {
  text: string;
  language: string;
}

/**
 * Search fields of a document: stems (each segment stemmed in its own language) and Latin transliteration, whose
 * stem forms let "Tokaiev" reach "Токаєва". Tokens repeat as in the text, so term frequency still means something.
 */
export function documentSearchTerms(segments: readonly TextSegment[]): { stems: string; translit: string } {
  const stems: string[] = [];
  const translit: string[] = [];
  const cache = new Map<string, Map<string, [string, string[]]>>();
  for (const segment of segments) {
    let forms = cache.get(segment.language);
    if (!forms) {
      forms = new Map();
      cache.set(segment.language, forms);
    }
    for (const token of searchTokens(segment.text)) {
      let entry = forms.get(token);
      if (!entry) {
        const stem = stemWord(token, segment.language);
        entry = [stem, latinForms(token, stem, segment.language)];
        forms.set(token, entry);
      }
      stems.push(entry[0]);
      translit.push(...entry[1]);
    }
  }
  return { stems: stems.join(' '), translit: translit.join(' ') };
}

/**
 * A query analysed as documents are, for every language at once (a query is too short to identify reliably):
 * the stems any document language could have produced, and every Latin form, deduplicated.
 */
export function analyseSearchQuery(query: string): { stems: string[]; translit: string[] } {
  const stems = new Set<string>();
  const translit = new Set<string>();
  for (const token of searchTokens(cutAt(query, LIMITS.maxQueryChars))) {
    stems.add(token);
    if (scriptOf(token) === 'Latin') {
      translit.add(foldLatin(token));
      for (const language of Object.keys(STEMMERS)) stems.add(stemWord(token, language));
      continue;
    }
    for (const language of TRANSLIT_LANGUAGES) {
      const stem = stemWord(token, language);
      stems.add(stem);
      for (const form of latinForms(token, stem, language)) translit.add(form);
    }
  }
  return { stems: [...stems], translit: [...translit] };
}
