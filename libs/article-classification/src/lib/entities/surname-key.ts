import { normaliseWord } from '../text/normalise';

// Longest first, so Зеленського loses -ого rather than -о.
const ENDINGS = [
  'ого',
  'ому',
  'ові',
  'еві',
  'ою',
  'ом',
  'ем',
  'им',
  'ий',
  'ій',
  'ой',
  "'s",
  'а',
  'у',
  'і',
  'и',
  'я',
  'ю',
  'е',
  'ы',
];
const MIN_KEY = 3;

/** One key for every case form of a surname (Токаєв, Токаєва, Токаєвим), so mentions merge. */
export function surnameKey(word: string): string {
  const norm = normaliseWord(word);
  for (const ending of ENDINGS) {
    if (norm.endsWith(ending) && norm.length - ending.length >= MIN_KEY) return norm.slice(0, -ending.length);
  }
  return norm;
}
