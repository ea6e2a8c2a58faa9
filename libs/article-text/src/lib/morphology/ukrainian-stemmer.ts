import { ENDINGS } from './endings';
import { lowerCase } from './lower-case';
import { APOSTROPHES } from './script';

/**
 * A light Ukrainian stemmer, built like Snowball's Russian one: inflectional endings are removed only from the region
 * after the first vowel (RV), longest ending first, leaving at least three letters. Endings are grouped as in Ukrainian
 * grammars (reflexive, verb, adjective/pronominal, noun); derivational suffixes are left alone except the і/о
 * alternation (-ість/-ості → -ост), so "стабільність" and "стабільності" meet. Light on purpose: conflating too much hurts
 * precision more than a missed form hurts recall in news search.
 */
const VOWELS = /[аеиоуюяіїє]/;
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'g');
const MIN_STEM = 3;

const { verb = [], adjective = [], noun = [], reflexive = [], pastMasculine = [] } = ENDINGS.uk;
/** Endings by their last letter, longest first: a word is only compared with endings it could have. */
const BY_LAST_LETTER = new Map<string, string[]>();
for (const ending of [...new Set([...verb, ...adjective, ...noun])].sort((a, b) => b.length - a.length)) {
  const last = ending[ending.length - 1];
  BY_LAST_LETTER.set(last, [...(BY_LAST_LETTER.get(last) ?? []), ending]);
}

function rvStart(word: string): number {
  const match = VOWELS.exec(word);
  return match ? match.index + 1 : word.length;
}

function removeEnding(word: string, rv: number): string {
  for (const ending of BY_LAST_LETTER.get(word[word.length - 1]) ?? []) {
    if (word.endsWith(ending) && word.length - ending.length >= Math.max(rv, MIN_STEM))
      return word.slice(0, -ending.length);
  }
  for (const ending of pastMasculine) {
    if (word.endsWith(ending) && word.length - ending.length >= Math.max(rv, 4)) return word.slice(0, -ending.length);
  }
  return word;
}

export function stemUkrainian(input: string): string {
  let word = lowerCase(input).replace(APOSTROPHE, '');
  if (word.length <= MIN_STEM) return word;
  // -ість is always a noun suffix; read as the verb ending -ть it would split "стабільність" from "стабільності".
  if (word.endsWith('ість') && word.length > 6) return `${word.slice(0, -4)}ост`;
  const rv = rvStart(word);
  for (const ending of reflexive) {
    if (word.endsWith(ending) && word.length - ending.length >= Math.max(rv, 4)) {
      word = word.slice(0, -ending.length);
      break;
    }
  }
  const stem = removeEnding(word, rv);
  return stem.endsWith('іст') ? `${stem.slice(0, -3)}ост` : stem;
}
