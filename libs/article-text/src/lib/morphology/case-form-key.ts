import { endingsOf, isMorphologyLanguage, MORPHOLOGY_LANGUAGES } from './endings';
import { stemWord } from './stemmers';

/** Languages whose words change by case: a stemmer brings the forms together. */
const INFLECTING = new Set(['uk', 'ru', 'pl']);
const MIN_KEY = 3;
/** Looked up by the word's last letters: surnames are keyed for every capitalised word of an article. */
const NAME_CASE: ReadonlySet<string> = new Set(endingsOf('nameCase'));
const LONGEST_NAME_CASE = Math.max(...[...NAME_CASE].map((ending) => ending.length));
/** Built once: a keyphrase pass asks for a key per distinct word of an article. */
const NOUN_ENDINGS = new Map(MORPHOLOGY_LANGUAGES.map((language) => [language, endingsOf('noun', [language])]));

/**
 * One key for the case and number forms of a word (референдумів, референдуми; Токаєва, Токаєвим; rates, rate), to
 * count or merge them. Inflecting languages use their stemmer. Elsewhere a stemmer would also merge verb tenses
 * (raises, raised) and turn clauses into keyphrases, so only noun endings go.
 */
export function caseFormKey(word: string, language: string): string {
  if (INFLECTING.has(language)) return stemWord(word, language);
  if (!isMorphologyLanguage(language)) return word;
  const ending = NOUN_ENDINGS.get(language)?.find((e) => word.endsWith(e) && word.length - e.length > MIN_KEY);
  return ending ? word.slice(0, -ending.length) : word;
}

/** One key for the case forms of a surname in any language (Токаєв, Токаєва, Токаєвим; Smith's), so mentions merge. */
export function surnameKey(word: string): string {
  // Longest first, so -ого is taken before -о.
  for (let length = Math.min(LONGEST_NAME_CASE, word.length - MIN_KEY); length > 0; length -= 1)
    if (NAME_CASE.has(word.slice(-length))) return word.slice(0, -length);
  return word;
}
