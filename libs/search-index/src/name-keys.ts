/**
 * A spelling-blind key for a name, so that the spellings people type meet the name as written:
 * Tokayev, Tokaiev, Tokajew, Tokaïev, Токаєв and Токаева share one key, as do Zelensky, Zelenskyy,
 * Selenskyj, Зеленський and Зеленського. Deterministic and exact: a query word finds a document only
 * through the same key, never through edit distance, so other queries stay as precise as before.
 *
 * How: Cyrillic is spelled out in Latin letters, ISO 9 and Serbo-Croatian diacritics are spelled out
 * as press digraphs, then the sounds the romanisations disagree on fall into one class each (the
 * hushing sibilants of English, German and French; s/z/c; g/h/kh; i/y/j; v/w; ou/u), doubled
 * letters collapse, a glide before e is dropped (ie/ye/je/є), yo/ьо is read as ё = e, and a case ending is cut, so that the
 * inflected Cyrillic forms of a name meet its dictionary form.
 */

/** A table from two parallel lists: letters and their spellings, separated by spaces ("-" is none). */
function table(letters: string, spellings: string): Record<string, string> {
  const latin = spellings.split(' ');
  return Object.fromEntries([...letters].map((letter, index) => [letter, latin[index] === '-' ? '' : latin[index]]));
}

const CYRILLIC = {
  ...table(
    'абвгґдђеёєжзѕиіїйјклљмнњопрстћќѓуўфхцчџшщъыьэюя',
    'a b v h g d dj e io ie zh z dz i i i i j k l lj m n nj o p r s t ch kj gj u u f kh ts ch dzh sh shch - y - e iu ia',
  ),
  // Kazakh and Uzbek letters, read as the Russian spelling of the same names reads them.
  ...table('әғқңөұүһ', 'a g k n o u u h'),
};

/** Letters with diacritics that stand for a digraph in other systems (ISO 9, Serbo-Croatian, Polish, Czech). */
const SPELLED_OUT = table('čćĉšśŝžżźđłâûêß', 'ch ch ch sh sh shch zh zh z dj l ia iu ie ss');

/** Longest first: German schtsch before sch, tsch before ts, and so on. */
const SOUNDS: [RegExp, string][] = [
  [/schtsch|shch|tsch|sch|tch|ch|sh|zh|cz|sz|rz/g, 'S'],
  [/ck/g, 'k'],
  // -ić/-ич typed without its diacritic: Vucic, Djokovic.
  [/ic$/, 'iS'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/ts|tz|dz|z/g, 's'],
  [/kh|gh|g|h/g, 'h'],
  [/ph/g, 'f'],
  [/ou/g, 'u'],
  [/w/g, 'v'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/[jy]/g, 'i'],
  [/(.)\1+/g, '$1'],
  [/i(?=e)/g, ''],
  // ё and ьо: Zhuravlyov, Zhuravlev and Журавльов are one name (ё is written e in most Russian print).
  [/([^aeiou])io(?=[^aeiou])/g, '$1e'],
  // German and BGN/PCGN write ё after a hushing sibilant as o: Gorbatschow, Gorbachev, Горбачёв.
  [/So(?=[^aeiou])/g, 'Se'],
];

/**
 * Latin letters whose sound depends on the press that wrote them: German ch is х (Chodorkowski, Achmetow),
 * French j is ж (Prigojine). A Latin word gets a key for each reading, so both meet the Cyrillic.
 */
const READINGS: [RegExp, string][] = [
  [/(^|[^st])ch/g, '$1kh'],
  [/j/g, 'zh'],
];
const MAX_READINGS = 4;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/** Case endings of Slavic nouns and adjectives, in key letters, longest first. */
const ENDINGS = [
  'oiu',
  'eiu',
  'oho',
  'eho',
  'omu',
  'emu',
  'ami',
  'aia',
  'uiu',
  'ih',
  'ah',
  'im',
  'om',
  'em',
  'oi',
  'ei',
  'ia',
  'iu',
  'a',
  'e',
  'i',
  'o',
  'u',
];
const MIN_STEM = 3;

function spellOut(word: string): string {
  let out = '';
  for (const char of word.normalize('NFC').replace(/ьо/g, 'ё')) out += CYRILLIC[char] ?? SPELLED_OUT[char] ?? char;
  return out
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z]/g, '');
}

function cutEnding(key: string): string {
  const ending = ENDINGS.find((candidate) => key.endsWith(candidate) && key.length - candidate.length >= MIN_STEM);
  return ending ? key.slice(0, -ending.length) : key;
}

function keyOf(spelled: string): string | undefined {
  let key = spelled;
  for (const [pattern, sound] of SOUNDS) key = key.replace(pattern, sound);
  key = cutEnding(key);
  return key.length >= MIN_STEM ? key : undefined;
}

/** The key of one word as English print reads it, or undefined when too little is left to mean a name. */
export function nameKey(word: string): string | undefined {
  return keyOf(spellOut(word.toLowerCase()));
}

/** The keys of one word under every reading of its letters, the English one first. */
export function nameKeys(word: string): string[] {
  let spellings = [spellOut(word.toLowerCase())];
  // Cyrillic says which sound it means; only Latin letters are read several ways.
  for (const [pattern, reading] of CYRILLIC_LETTER.test(word) ? [] : READINGS) {
    const more = spellings.map((spelling) => spelling.replace(pattern, reading)).filter((s) => !spellings.includes(s));
    spellings = [...spellings, ...more].slice(0, MAX_READINGS);
  }
  const keys = spellings.map(keyOf).filter((key): key is string => key !== undefined);
  return [...new Set(keys)];
}

const WORDS = /[\p{L}\p{M}'’ʼʹ]+/gu;
const CAPITALISED = /^\p{Lu}/u;

/** Keys of the capitalised words of a text (names, as far as case tells), each once, in order of appearance. */
export function documentNameKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const word of text.match(WORDS) ?? []) {
    if (CAPITALISED.test(word)) for (const key of nameKeys(word)) keys.add(key);
  }
  return [...keys];
}

/**
 * Keys of the words of a query, whatever their case (editors type names in lower case): one list of
 * readings per word that has a key, the same word once.
 */
export function queryNameKeys(text: string): string[][] {
  const words = new Map<string, string[]>();
  for (const word of text.match(WORDS) ?? []) {
    const keys = nameKeys(word);
    if (keys.length > 0) words.set(keys.join(' '), keys);
  }
  return [...words.values()];
}
