/**
 * A light Ukrainian stemmer, built like Snowball's Russian one: inflectional endings are removed only from the region
 * after the first vowel (RV), longest ending first, leaving at least three letters. Endings are grouped as in Ukrainian
 * grammars (reflexive, verb, adjective/pronominal, noun); derivational suffixes are left alone except the і/о
 * alternation (-ість/-ості → -ост), so "стабільність" and "стабільності" meet. Light on purpose: conflating too much hurts
 * precision more than a missed form hurts recall in news search.
 */
const VOWELS = /[аеиоуюяіїє]/;
const MIN_STEM = 3;

const REFLEXIVE = ['ся', 'сь'];
const VERB = [
  'ються',
  'ється',
  'уться',
  'ючи',
  'учи',
  'ячи',
  'ачи',
  'вши',
  'ємо',
  'имо',
  'іємо',
  'ете',
  'єте',
  'ите',
  'ують',
  'юють',
  'ють',
  'ять',
  'уть',
  'ать',
  'ить',
  'іть',
  'ати',
  'яти',
  'ити',
  'іти',
  'ути',
  'ила',
  'ило',
  'или',
  'ала',
  'ало',
  'али',
  'яла',
  'яло',
  'яли',
  'іла',
  'іло',
  'іли',
  'ла',
  'ло',
  'ли',
  'ує',
  'ює',
  'ти',
  'ть',
];
/** Past masculine -в only after these vowels and with a long stem: "заявив" → "заяв", but "Токаєв", "мотив" stay. */
const VERB_PAST_MASCULINE = ['ив', 'ав', 'яв', 'ів'];
const ADJECTIVE = [
  'ього',
  'ьому',
  'ими',
  'іми',
  'ого',
  'ому',
  'ої',
  'ою',
  'ий',
  'ій',
  'им',
  'ім',
  'их',
  'іх',
  'ею',
  'єю',
  'ьої',
  'ьою',
];
const NOUN = [
  'іями',
  'ями',
  'ами',
  'ові',
  'ією',
  'іям',
  'іях',
  'ія',
  'ії',
  'ію',
  'ах',
  'ях',
  'ам',
  'ям',
  'ом',
  'ем',
  'єм',
  'ів',
  'їв',
  'ей',
  'а',
  'я',
  'о',
  'е',
  'є',
  'у',
  'ю',
  'і',
  'ї',
  'и',
  'ь',
];
/** Endings by their last letter, longest first: a word is only compared with endings it could have. */
const ENDINGS = new Map<string, string[]>();
for (const ending of [...new Set([...VERB, ...ADJECTIVE, ...NOUN])].sort((a, b) => b.length - a.length)) {
  const last = ending[ending.length - 1];
  ENDINGS.set(last, [...(ENDINGS.get(last) ?? []), ending]);
}

function rvStart(word: string): number {
  const match = VOWELS.exec(word);
  return match ? match.index + 1 : word.length;
}

function removeEnding(word: string, rv: number): string {
  for (const ending of ENDINGS.get(word[word.length - 1]) ?? []) {
    if (word.endsWith(ending) && word.length - ending.length >= Math.max(rv, MIN_STEM))
      return word.slice(0, -ending.length);
  }
  for (const ending of VERB_PAST_MASCULINE) {
    if (word.endsWith(ending) && word.length - ending.length >= Math.max(rv, 4)) return word.slice(0, -ending.length);
  }
  return word;
}

export function stemUkrainian(input: string): string {
  let word = input.toLowerCase().replace(/['’ʼ]/g, '');
  if (word.length <= MIN_STEM) return word;
  // -ість is always a noun suffix; read as the verb ending -ть it would split "стабільність" from "стабільності".
  if (word.endsWith('ість') && word.length > 6) return `${word.slice(0, -4)}ост`;
  const rv = rvStart(word);
  for (const reflexive of REFLEXIVE) {
    if (word.endsWith(reflexive) && word.length - reflexive.length >= Math.max(rv, 4)) {
      word = word.slice(0, -reflexive.length);
      break;
    }
  }
  return removeEnding(word, rv).replace(/іст$/, 'ост');
}
